package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.plan.KeyFigures;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.plan.ServerRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlannerViewModelTest {
    private final PlannerViewModel model = new PlannerViewModel();

    @Test
    @DisplayName("starts with the plan of the documentation's example over 5 years")
    void startsWithDefaults() {
        assertThat(model.getPlan()).isEqualTo(SizingEngine.plan(SizingInputs.defaults()));
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    @DisplayName("typing a population with thousands separators replans at once")
    void typedPopulation() {
        model.number(Inputs.POPULATION).textProperty().set("12,500,000");
        assertThat(model.getPlan().inputs().population()).isEqualTo(12_500_000);
        assertThat(model.getPlan().productionServers()).isEqualTo(2);
        assertThat(model.number(Inputs.POPULATION).getError()).isNull();
    }

    @Test
    @DisplayName("letters, empty text and out-of-range values name the input and its range, and keep the plan")
    void invalidTyping() {
        SizingPlan before = model.getPlan();
        model.number(Inputs.POPULATION).textProperty().set("thirty million");
        assertThat(model.number(Inputs.POPULATION).getError())
                .isEqualTo("Population: enter a whole number between 1 and 2,000,000,000 people.");
        assertThat(model.getPlan()).isSameAs(before);
        assertThat(model.validProperty().get()).isFalse();

        model.number(Inputs.POPULATION).textProperty().set("");
        assertThat(model.number(Inputs.POPULATION).getError()).startsWith("Population: enter a whole number between 1 and");

        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("95");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError())
                .isEqualTo("Crude birth rate must be between 0 and 80 per 1,000 people; got 95.");
        assertThat(model.getPlan()).isSameAs(before);
    }

    @Test
    @DisplayName("correcting an invalid value, even back to the same number, makes the plan valid again")
    void recovery() {
        model.number(Inputs.POPULATION).textProperty().set("30000000x");
        assertThat(model.validProperty().get()).isFalse();
        model.number(Inputs.POPULATION).textProperty().set("30000000");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.number(Inputs.POPULATION).getError()).isNull();
    }

    @Test
    @DisplayName("reset restores one input's default")
    void reset() {
        model.number(Inputs.CRUDE_DEATH_RATE).setValue(12.5);
        assertThat(model.getPlan().inputs().crudeDeathRate()).isEqualTo(12.5);
        model.number(Inputs.CRUDE_DEATH_RATE).reset();
        assertThat(model.getPlan().inputs().crudeDeathRate()).isEqualTo(7.7);
        assertThat(model.number(Inputs.CRUDE_DEATH_RATE).textProperty().get()).isEqualTo("7.7");
    }

    @Test
    @DisplayName("the docs example shows the documentation's figures, corrected")
    void docsExample() {
        model.number(Inputs.POPULATION).setValue(5_000_000);
        model.showDocsExample();
        KeyFigures figures = new PlanViewModel(model.planProperty()).keyFiguresProperty().get();
        assertThat(figures.firstYearDisk()).isEqualTo("1,013.71 GB");
        assertThat(figures.backup()).isEqualTo("2,027.42 GB");
        assertThat(figures.recordsPerYear()).isEqualTo("749,970");
        assertThat(model.number(Inputs.HORIZON_YEARS).textProperty().get()).isEqualTo("1");
    }

    @Test
    @DisplayName("a rule across inputs marks the input it concerns, and clears when fixed")
    void crossInputRule() {
        model.number(Inputs.COVERAGE_START_PERCENT).setValue(50);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.number(Inputs.COVERAGE_FULL_YEAR).getError()).contains("Full coverage in year", "between 2 and 5");
        model.number(Inputs.COVERAGE_FULL_YEAR).setValue(3);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.number(Inputs.COVERAGE_FULL_YEAR).getError()).isNull();
        assertThat(model.getPlan().years().get(1).coveragePercent()).isCloseTo(75, within(1e-9));

        model.number(Inputs.HORIZON_YEARS).setValue(2);
        assertThat(model.number(Inputs.COVERAGE_FULL_YEAR).getError()).contains("between 1 and 2; got 3");
    }

    @Test
    @DisplayName("other event types typed as a list reach the plan; a bad list is marked")
    void events() {
        model.events().textProperty().set("marriage=5:2, divorce=1");
        assertThat(model.getPlan().inputs().otherEvents()).hasSize(2);
        assertThat(model.getPlan().firstYear().otherEvents()).isCloseTo(30e6 * 6 / 1000, within(1e-6));
        model.events().textProperty().set("marriage=500");
        assertThat(model.events().errorProperty().get()).contains("between 0 and 100");
        assertThat(model.getPlan().inputs().otherEvents()).hasSize(2);
    }

    @Test
    @DisplayName("the stage choice changes the server list")
    void stage() {
        model.choice(Inputs.STAGE).select(DeploymentStage.POC);
        PlanViewModel plan = new PlanViewModel(model.planProperty());
        assertThat(plan.serverRows()).extracting(r -> r.environment().get()).containsExactly("qa", "Total");
        assertThat(model.choice(Inputs.STAGE).selectedIndexProperty().get()).isZero();
        model.choice(Inputs.STAGE).selectedIndexProperty().set(2);
        assertThat(model.getPlan().inputs().stage()).isEqualTo(DeploymentStage.NATIONAL);
    }

    @Test
    @DisplayName("loading inputs replans once with all of them")
    void load() {
        SizingInputs inputs = SizingInputs.builder().population(70_000_000).growthPercent(1.5).horizonYears(12)
                .coverageStartPercent(40).coverageFullYear(4).build();
        model.load(inputs);
        assertThat(model.getPlan()).isEqualTo(SizingEngine.plan(inputs));
        assertThat(model.number(Inputs.POPULATION).textProperty().get()).isEqualTo("70,000,000");
    }
}
