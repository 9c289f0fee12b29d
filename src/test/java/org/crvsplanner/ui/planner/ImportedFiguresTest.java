package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Figures filled from a country figures file, as the planner keeps them: one undo step, the
 * "from file" marks, and a followed projection that a changed figure leaves, visibly, as one step.
 */
class ImportedFiguresTest {
    private final PlannerViewModel model = new PlannerViewModel();

    /** Uganda from a WPP file: 1,740,000 people in 2024 and 10,000 more each year. */
    static Projection projection() {
        List<ProjectedYear> years = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            years.add(new ProjectedYear(1_740_000 + 10_000L * i, 30.75 - 0.125 * i, 5.5));
        }
        return Projection.of(2024, years);
    }

    static CountrySource source(double population, double birthRate) {
        return new CountrySource(Publisher.UN_WPP, "UGA", "Uganda", 2024, List.of(
                figure(InputField.POPULATION, population, "TPopulation1July"),
                figure(InputField.CRUDE_BIRTH_RATE, birthRate, "CBR"),
                figure(InputField.CRUDE_DEATH_RATE, 5.5, "CDR"),
                figure(InputField.GROWTH_PERCENT, 2.9, "PopGrowthRate")));
    }

    private static SourcedFigure figure(InputField field, double value, String indicator) {
        return new SourcedFigure(field, value, indicator, "WPP2024_Demographic_Indicators_Medium.csv.gz",
                (LocalDate) null);
    }

    /** The scenario's inputs with Uganda's figures of 2024, following the projection or not. */
    static SizingInputs filled(SizingInputs base, boolean follow) {
        return base.toBuilder().population(1_740_000).crudeBirthRate(30.75).crudeDeathRate(5.5).growthPercent(2.9)
                .projection(follow ? projection() : Projection.NONE).build();
    }

    private SizingInputs inputs() {
        return model.inputsProperty().get();
    }

    private SourceMark mark(org.crvsplanner.model.NumberInput input) {
        return model.number(input).getMark();
    }

    @Test
    @DisplayName("an import is one undo step that brings back the inputs and the source they had")
    void importIsOneStep() {
        model.number(Inputs.HORIZON_YEARS).setValue(8);
        SizingInputs before = inputs();
        model.importFigures(filled(before, false), source(1_740_000, 30.75));

        assertThat(inputs().population()).isEqualTo(1_740_000);
        assertThat(model.countrySource()).hasValue(source(1_740_000, 30.75));
        assertThat(model.history().undoCount()).isEqualTo(2);

        model.history().undo();
        assertThat(inputs()).isEqualTo(before);
        assertThat(model.countrySource()).isEmpty();
        assertThat(mark(Inputs.POPULATION)).isEqualTo(SourceMark.NONE);

        model.history().redo();
        assertThat(inputs().crudeBirthRate()).isEqualTo(30.75);
        assertThat(mark(Inputs.POPULATION)).isEqualTo(SourceMark.FROM_FILE);
    }

    @Test
    @DisplayName("a figure is marked as the file's only while it holds the file's value")
    void marks() {
        model.importFigures(filled(inputs(), false), source(1_740_000, 30.75));
        for (var input : List.of(Inputs.POPULATION, Inputs.CRUDE_BIRTH_RATE, Inputs.CRUDE_DEATH_RATE,
                Inputs.GROWTH_PERCENT)) {
            assertThat(mark(input)).as(input.key()).isEqualTo(SourceMark.FROM_FILE);
        }
        assertThat(mark(Inputs.HORIZON_YEARS)).isEqualTo(SourceMark.NONE);
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).markDetailProperty().get())
                .isEqualTo("UN World Population Prospects, Uganda (UGA), 2024: CBR in "
                        + "WPP2024_Demographic_Indicators_Medium.csv.gz");

        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("31");
        assertThat(mark(Inputs.CRUDE_BIRTH_RATE)).isEqualTo(SourceMark.NONE);
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).markDetailProperty().get()).isNull();
        assertThat(mark(Inputs.POPULATION)).isEqualTo(SourceMark.FROM_FILE);
        assertThat(model.countrySource()).as("still the source of the other figures").isPresent();

        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("30.75");
        assertThat(mark(Inputs.CRUDE_BIRTH_RATE)).as("the file's value again").isEqualTo(SourceMark.FROM_FILE);
    }

    @Test
    @DisplayName("once no input holds a figure of the file, the scenario no longer names it")
    void sourceDropsOut() {
        model.importFigures(filled(inputs(), false), source(1_740_000, 30.75));
        model.number(Inputs.POPULATION).setValue(2_000_000);
        model.number(Inputs.CRUDE_BIRTH_RATE).setValue(31);
        model.number(Inputs.CRUDE_DEATH_RATE).setValue(6);
        assertThat(model.countrySource()).isPresent();
        model.number(Inputs.GROWTH_PERCENT).setValue(3);
        assertThat(model.countrySource()).isEmpty();
    }

    @Test
    @DisplayName("following the projection: growth is marked unused, and the note names the years")
    void following() {
        model.number(Inputs.HORIZON_YEARS).setValue(10);
        model.importFigures(filled(inputs(), true), source(1_740_000, 30.75));

        assertThat(inputs().followsProjection()).isTrue();
        assertThat(model.followingProperty().get()).isEqualTo(Following.YES);
        assertThat(model.projectionNoteProperty().get()).isEqualTo("Each year's population and crude rates follow "
                + "the projection (Medium variant) from 2024 to 2033.");
        assertThat(mark(Inputs.GROWTH_PERCENT)).isEqualTo(SourceMark.NOT_USED);
        assertThat(mark(Inputs.POPULATION)).isEqualTo(SourceMark.FROM_FILE);
        assertThat(model.getPlan().years().get(2).population()).isEqualTo(1_760_000);

        List<WorkingStep> projected = WorkingViewModel.steps(model.getPlan()).stream()
                .filter(step -> step.topic() == WorkingStep.Topic.PROJECTION).toList();
        assertThat(projected).as("one step a year of the horizon").hasSize(10);
        assertThat(projected.get(2)).isEqualTo(new WorkingStep("Births and deaths in 2026 (year 3), projected",
                "1,760,000 × (30.5 + 5.5) / 1,000", "63,360", WorkingStep.Topic.PROJECTION));
        model.stopFollowing();
        assertThat(WorkingViewModel.steps(model.getPlan())).extracting(WorkingStep::topic)
                .doesNotContain(WorkingStep.Topic.PROJECTION);
    }

    @Test
    @DisplayName("changing a figure the projection gives leaves it, visibly, as one undo step; undo follows again")
    void editingLeavesTheProjection() {
        model.importFigures(filled(inputs(), true), source(1_740_000, 30.75));
        int steps = model.history().undoCount();

        model.number(Inputs.POPULATION).textProperty().set("2000000");

        assertThat(model.validProperty().get()).as("the planner takes the person's figure").isTrue();
        assertThat(inputs().population()).isEqualTo(2_000_000);
        assertThat(inputs().followsProjection()).isFalse();
        assertThat(model.followingProperty().get()).isEqualTo(Following.STOPPED);
        assertThat(model.projectionNoteProperty().get())
                .isEqualTo("The figures no longer follow the projection: you changed “Population”.");
        assertThat(mark(Inputs.GROWTH_PERCENT)).as("growth counts again").isEqualTo(SourceMark.FROM_FILE);
        assertThat(model.history().undoCount()).isEqualTo(steps + 1);

        model.history().undo();
        assertThat(inputs().population()).isEqualTo(1_740_000);
        assertThat(inputs().followsProjection()).isTrue();
        assertThat(model.followingProperty().get()).isEqualTo(Following.YES);
    }

    @Test
    @DisplayName("a slider dragged over a figure the projection gives is one step, however many values pass")
    void dragIsOneStep() {
        model.importFigures(filled(inputs(), true), source(1_740_000, 30.75));
        int steps = model.history().undoCount();
        NumberInputViewModel deaths = model.number(Inputs.CRUDE_DEATH_RATE);
        deaths.setEditing(true);
        for (double rate = 5.6; rate < 7; rate += 0.1) {
            deaths.setValue(rate);
        }
        deaths.setEditing(false);
        assertThat(model.history().undoCount()).isEqualTo(steps + 1);
        model.history().undo();
        assertThat(inputs().followsProjection()).isTrue();
        assertThat(inputs().crudeDeathRate()).isEqualTo(5.5);
    }

    @Test
    @DisplayName("Stop following keeps year 1's figures; Follow again goes back to the projection's")
    void stopAndFollowAgain() {
        model.importFigures(filled(inputs(), true), source(1_740_000, 30.75));
        model.stopFollowing();
        assertThat(inputs().followsProjection()).isFalse();
        assertThat(inputs().population()).isEqualTo(1_740_000);
        assertThat(model.projectionNoteProperty().get()).isEqualTo("The figures no longer follow the projection.");

        model.number(Inputs.CRUDE_BIRTH_RATE).setValue(40);
        model.followAgain();
        assertThat(inputs().followsProjection()).isTrue();
        assertThat(inputs().crudeBirthRate()).isEqualTo(30.75);
        assertThat(model.followingProperty().get()).isEqualTo(Following.YES);

        model.history().undo();
        assertThat(inputs().crudeBirthRate()).as("Follow again was one step").isEqualTo(40);
    }

    @Test
    @DisplayName("loading other inputs forgets the projection left before")
    void loadForgets() {
        model.importFigures(filled(inputs(), true), source(1_740_000, 30.75));
        model.number(Inputs.POPULATION).setValue(3_000_000);
        assertThat(model.followingProperty().get()).isEqualTo(Following.STOPPED);
        model.resetAll();
        assertThat(model.followingProperty().get()).isEqualTo(Following.NO);
        assertThat(model.projectionNoteProperty().get()).isNull();
    }

    @Test
    @DisplayName("a planner made from a scenario file's inputs and source marks its figures at once")
    void fromAFile() {
        SizingInputs in = filled(SizingInputs.defaults(), true);
        PlannerViewModel opened = new PlannerViewModel(in, Optional.of(source(1_740_000, 30.75)));
        assertThat(opened.inputsProperty().get()).isEqualTo(in);
        assertThat(opened.number(Inputs.POPULATION).getMark()).isEqualTo(SourceMark.FROM_FILE);
        assertThat(opened.followingProperty().get()).isEqualTo(Following.YES);
        assertThat(opened.history().undoCount()).isZero();
    }
}
