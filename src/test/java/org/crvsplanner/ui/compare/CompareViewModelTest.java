package org.crvsplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Language;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The comparison's table and chart, computed from the scenarios' own plans. */
class CompareViewModelTest {
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(null, new FakeDialogs());
    private final ScenarioViewModel national = workspace.newScenario();
    private final ScenarioViewModel pilot = workspace.newScenario();

    CompareViewModelTest() {
        national.nameProperty().set("National");
        pilot.nameProperty().set("Pilot");
        pilot.planner().number(Inputs.POPULATION).setValue(5_000_000);
        pilot.planner().choice(Inputs.STAGE).select(DeploymentStage.PILOT);
    }

    /** The comparison as the window makes it: each scenario's name and plan, followed. */
    private static CompareViewModel compare(ScenarioViewModel... scenarios) {
        return new CompareViewModel(List.of(scenarios).stream()
                .map(s -> new CompareViewModel.Compared(s.displayNameProperty(), s.planner().planProperty())).toList());
    }

    private static CompareRow row(CompareViewModel model, String figure) {
        return model.rows().stream().filter(r -> r.figure().equals(figure)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("figures that differ from the first scenario are marked and carry a signed difference")
    void differences() {
        CompareViewModel model = compare(national, pilot);
        assertThat(model.names()).containsExactly("National", "Pilot");

        CompareRow disk = row(model, "Disk in year 1");
        double first = national.getPlan().firstYear().applicationServerDiskGb();
        double second = pilot.getPlan().firstYear().applicationServerDiskGb();
        assertThat(disk.cells()).extracting(CompareCell::value).containsExactly(Formats.gb(first), "252.29 GB");
        assertThat(disk.cells().get(0).differs()).isFalse();
        assertThat(disk.cells().get(0).delta()).isEmpty();
        assertThat(disk.cells().get(1).differs()).isTrue();
        assertThat(disk.cells().get(1).delta()).isEqualTo("−" + Formats.gb(first - second));

        CompareRow horizon = row(model, "Planning horizon");
        assertThat(horizon.cells()).extracting(CompareCell::value).containsExactly("5 years", "5 years");
        assertThat(horizon.anyDiffers()).isFalse();
        assertThat(horizon.cells()).extracting(CompareCell::delta).containsExactly("", "");

        assertThat(row(model, "Deployment stage").cells()).extracting(CompareCell::value)
                .containsExactly("National", "Pilot");
        assertThat(row(model, "Production servers").cells()).extracting(CompareCell::delta)
                .containsExactly("", "−2");
    }

    @Test
    @DisplayName("the chart holds each scenario's required and provisioned disk, named by scenario, in one unit")
    void chart() {
        pilot.planner().number(Inputs.HORIZON_YEARS).setValue(8);
        CompareChartData data = compare(national, pilot).chartProperty().get();

        assertThat(data.unit()).isEqualTo("GB");
        assertThat(data.lastYear()).isEqualTo(8);
        assertThat(data.series()).extracting(CompareSeries::name).containsExactly(
                "National: required", "National: provisioned", "Pilot: required", "Pilot: provisioned");
        SizingPlan expected = SizingEngine.plan(pilot.planner().inputsProperty().get());
        CompareSeries pilotProvisioned = data.series().get(3);
        assertThat(pilotProvisioned.scenario()).isEqualTo(1);
        assertThat(pilotProvisioned.provisioned()).isTrue();
        assertThat(pilotProvisioned.years()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 0; i < 8; i++) {
            assertThat(pilotProvisioned.values()[i]).isCloseTo(expected.years().get(i).provisionedDiskGb(), within(1e-9));
        }
        assertThat(data.series().get(0).values()).hasSize(5);
    }

    @Test
    @DisplayName("a figure and its difference share a unit, in GB as the cards, however large (issue 13, point 9)")
    void oneUnit() {
        pilot.planner().choice(Inputs.STAGE).select(DeploymentStage.NATIONAL);
        pilot.planner().number(Inputs.POPULATION).setValue(70_000_000);
        CompareRow backup = row(compare(national, pilot), "Backup disk");
        assertThat(backup.cells().get(1).value()).endsWith(" GB").doesNotContain("TB");
        assertThat(backup.cells().get(1).delta()).startsWith("+").endsWith(" GB");
        assertThat(compare(national, pilot).chartProperty().get().unit()).isEqualTo("GB");
    }

    @Test
    @DisplayName("the comparison follows changes and renames; same names are told apart; 2 to 4 scenarios")
    void follows() {
        CompareViewModel model = compare(national, pilot);
        pilot.planner().number(Inputs.POPULATION).setValue(30_000_000);
        pilot.planner().choice(Inputs.STAGE).select(DeploymentStage.NATIONAL);
        assertThat(model.rows()).noneMatch(CompareRow::anyDiffers);

        pilot.planner().number(Inputs.POPULATION).setValue(70_000_000);
        assertThat(model.chartProperty().get().unit()).isEqualTo("GB");
        assertThat(model.chartProperty().get().series().get(2).values()[0])
                .isCloseTo(pilot.getPlan().firstYear().applicationServerDiskGb(), within(1e-6));

        pilot.nameProperty().set("National");
        assertThat(model.names()).containsExactly("National", "National (2)");
        assertThat(model.chartProperty().get().series().get(2).name()).isEqualTo("National (2): required");

        assertThatThrownBy(() -> compare(pilot)).isInstanceOf(IllegalArgumentException.class);
        List<ScenarioViewModel> five = List.of(national, pilot, workspace.newScenario(), workspace.newScenario(),
                workspace.newScenario());
        assertThatThrownBy(() -> compare(five.toArray(ScenarioViewModel[]::new))).hasMessageContaining("2 to 4");
    }

    @Test
    @DisplayName("a change of language rewords the open comparison: labels, figures, units and the chart's lines")
    void followsTheLanguage() {
        CompareViewModel model = compare(national, pilot);
        try {
            I18n.setLanguage(Language.FRENCH);
            String go = Wording.NO_BREAK_SPACE + "Go";
            assertThat(row(model, "Disque la 1re année").cells()).extracting(CompareCell::value)
                    .contains("252,29" + go);
            assertThat(row(model, "Horizon de planification").cells()).extracting(CompareCell::value)
                    .containsExactly("5" + Wording.NO_BREAK_SPACE + "ans", "5" + Wording.NO_BREAK_SPACE + "ans");
            assertThat(row(model, "Étape du déploiement").cells()).extracting(CompareCell::value)
                    .containsExactly(ModelWords.label(DeploymentStage.NATIONAL, Wording.FRENCH),
                            ModelWords.label(DeploymentStage.PILOT, Wording.FRENCH));
            assertThat(model.chartProperty().get().series().get(0).name())
                    .isEqualTo("National" + Wording.NO_BREAK_SPACE + ": nécessaire");
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
        assertThat(row(model, "Disk in year 1").cells()).extracting(CompareCell::value).contains("252.29 GB");
    }

    @Test
    @DisplayName("one scenario under v1.8 and v2.1: the RAM, the disk of each node and the backup that moving changes")
    void acrossVersions() {
        CompareViewModel model = new CompareViewModel(CompareViewModel.acrossVersions(national.displayNameProperty(),
                national.planner().planProperty(), 3));
        assertThat(model.names()).containsExactly("National, OpenCRVS v1.8", "National, OpenCRVS v2.1");
        assertThat(row(model, "OpenCRVS version").cells()).extracting(CompareCell::value)
                .containsExactly("OpenCRVS v1.8", "OpenCRVS v2.1");
        CompareRow ram = row(model, "RAM of a production server");
        assertThat(ram.cells()).extracting(CompareCell::value).containsExactly("16 GB", "32 GB");
        assertThat(ram.cells().get(1).delta()).isEqualTo("+16 GB");
        SizingPlan v21 = SizingEngine.plan(national.getPlan().inputs().withDocsVersion(DocsVersion.V2_1));
        assertThat(row(model, "Backup disk").cells().get(1).value())
                .isEqualTo(Formats.gb(v21.horizonYear().backupServerDiskGb()));
        // Every node holds the data under v1.8; under v2.1 the master does, the others keep the OS reserve.
        assertThat(row(model, "Disk of each other production server").cells()).extracting(CompareCell::value)
                .containsExactly(Formats.gb(national.getPlan().horizonYear().provisionedDiskGb()), "142.86 GB");
        // The comparison follows the scenario.
        national.planner().number(Inputs.POPULATION).setValue(70_000_000);
        assertThat(row(model, "Production servers").cells()).extracting(CompareCell::value).containsExactly("5", "5");
        assertThat(CompareViewModel.versionLabels()).hasSize(DocsVersion.values().length);
        assertThat(CompareViewModel.versionOf(national.getPlan())).isZero();
    }
}
