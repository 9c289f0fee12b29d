package org.crvsplanner.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.scenario.RecentFiles;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.FakeDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario whose figures came from a country figures file, opened, edited and saved in the window. */
class CountryDataScenarioTest {
    @TempDir
    Path dir;
    private WorkspaceViewModel workspace;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceViewModel(new RecentFiles(dir.resolve("app-data")), dialogs);
    }

    private static Scenario uganda() {
        List<ProjectedYear> years = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            years.add(new ProjectedYear(1_740_000 + 10_000L * i, 30.75 - 0.125 * i, 5.5));
        }
        SizingInputs inputs = SizingInputs.defaults().toBuilder().population(1_740_000).crudeBirthRate(30.75)
                .crudeDeathRate(5.5).growthPercent(2.9).horizonYears(10).projection(Projection.of(2024, years))
                .build();
        String file = "WPP2024_Demographic_Indicators_Medium.csv.gz";
        CountrySource source = new CountrySource(Publisher.UN_WPP, "UGA", "Uganda", 2024, List.of(
                new SourcedFigure(InputField.POPULATION, 1_740_000, "TPopulation1July", file, (LocalDate) null),
                new SourcedFigure(InputField.CRUDE_BIRTH_RATE, 30.75, "CBR", file, null),
                new SourcedFigure(InputField.CRUDE_DEATH_RATE, 5.5, "CDR", file, null),
                new SourcedFigure(InputField.GROWTH_PERCENT, 2.9, "PopGrowthRate", file, null)));
        // The notes as an import writes them, which the window keeps in step with the source.
        String notes = SourceWords.notes("From the UN.", source, inputs.projection(), inputs.horizonYears(),
                Wording.ENGLISH);
        return Scenario.of("Uganda", notes, inputs).withCountrySource(Optional.of(source));
    }

    @Test
    @DisplayName("opened and saved again, a scenario keeps its countryData and its projection")
    void saveKeepsTheSource() {
        Path file = dir.resolve("uganda.crvsplan");
        ScenarioFiles.write(file, uganda());
        assertThat(workspace.open(file)).isTrue();
        ScenarioViewModel opened = workspace.getSelected();
        assertThat(opened.isUnsaved()).as("as the file holds it").isFalse();
        assertThat(opened.toScenario()).isEqualTo(uganda());

        opened.planner().number(Inputs.ATTACHMENTS_PER_RECORD).setValue(3);
        Path copy = dir.resolve("uganda-copy.crvsplan");
        assertThat(workspace.saveTo(opened, copy)).isTrue();

        Scenario saved = ScenarioFiles.read(copy);
        assertThat(saved.countrySource()).isEqualTo(uganda().countrySource());
        assertThat(saved.inputs().projection()).isEqualTo(uganda().inputs().projection());
        assertThat(saved.inputs().attachmentsPerRecord()).isEqualTo(3);

        assertThat(workspace.open(copy)).isTrue();
        assertThat(workspace.getSelected().toScenario()).isEqualTo(saved);
        assertThat(workspace.getSelected().planner().getPlan().years().get(9).population()).isEqualTo(1_830_000);
    }

    @Test
    @DisplayName("a changed population leaves the projection; the file then keeps the source of the other figures")
    void editedFigure() {
        Path file = dir.resolve("uganda.crvsplan");
        ScenarioFiles.write(file, uganda());
        workspace.open(file);
        ScenarioViewModel opened = workspace.getSelected();

        opened.planner().number(Inputs.POPULATION).setValue(2_000_000);
        assertThat(opened.planner().validProperty().get()).isTrue();
        assertThat(workspace.save(opened)).isTrue();

        Scenario saved = ScenarioFiles.read(file);
        assertThat(saved.inputs().population()).isEqualTo(2_000_000);
        assertThat(saved.inputs().followsProjection()).isFalse();
        assertThat(saved.countrySource().orElseThrow().inUse(saved.inputs())).extracting(SourcedFigure::field)
                .containsExactly(InputField.CRUDE_BIRTH_RATE, InputField.CRUDE_DEATH_RATE, InputField.GROWTH_PERCENT);

        assertThat(saved.notes()).as("the notes no longer say the projection is followed")
                .startsWith("From the UN.\n\nCountry figures: UN World Population Prospects, Uganda (UGA), 2024")
                .doesNotContain("follow the projection");

        workspace.undo();
        assertThat(opened.toScenario()).as("undo follows the projection again").isEqualTo(uganda());
    }
}
