package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Undo and redo as the ViewModel sees them: steps, gestures, and restores that record nothing. */
class InputHistoryTest {
    private final PlannerViewModel model = new PlannerViewModel();
    private final InputHistory history = model.history();

    private long population() {
        return model.inputsProperty().get().population();
    }

    @Test
    @DisplayName("a fresh scenario has nothing to undo or redo; undo and redo then do nothing")
    void empty() {
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        history.undo();
        history.redo();
        assertThat(model.inputsProperty().get()).isEqualTo(SizingInputs.defaults());
    }

    @Test
    @DisplayName("each change outside a gesture is one step; undo and redo walk them without adding any")
    void discreteSteps() {
        model.number(Inputs.POPULATION).setValue(12_000_000);
        model.choice(Inputs.STAGE).select(DeploymentStage.PILOT);
        model.number(Inputs.HORIZON_YEARS).setValue(9);
        assertThat(history.undoCount()).isEqualTo(3);

        history.undo();
        assertThat(model.inputsProperty().get().horizonYears()).isEqualTo(5);
        assertThat(model.number(Inputs.HORIZON_YEARS).textProperty().get()).isEqualTo("5");
        history.undo();
        assertThat(model.inputsProperty().get().stage()).isEqualTo(DeploymentStage.NATIONAL);
        assertThat(model.choice(Inputs.STAGE).selectedIndexProperty().get()).isEqualTo(2);
        assertThat(history.undoCount()).as("restoring recorded no new step").isEqualTo(1);
        assertThat(history.canRedoProperty().get()).isTrue();

        history.redo();
        assertThat(model.inputsProperty().get().stage()).isEqualTo(DeploymentStage.PILOT);
        assertThat(history.undoCount()).isEqualTo(2);
        history.undo();
        history.undo();
        assertThat(model.inputsProperty().get()).isEqualTo(SizingInputs.defaults());
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    @DisplayName("a new change after undo drops what could have been redone")
    void newChangeClearsRedo() {
        model.number(Inputs.POPULATION).setValue(12_000_000);
        history.undo();
        model.number(Inputs.CRUDE_DEATH_RATE).setValue(9);
        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(population()).isEqualTo(30_000_000);
        assertThat(model.inputsProperty().get().crudeDeathRate()).isEqualTo(9);
    }

    @Test
    @DisplayName("one slider drag, through hundreds of values, is one step; undo restores where it started")
    void dragIsOneStep() {
        model.number(Inputs.POPULATION).setValue(20_000_000);
        NumberInputViewModel population = model.number(Inputs.POPULATION);

        population.setEditing(true);
        for (int i = 1; i <= 300; i++) {
            population.setValue(20_000_000 + i * 100_000.0);
        }
        assertThat(history.canUndoProperty().get()).as("a drag in progress can be undone").isTrue();
        population.setEditing(false);

        assertThat(population()).isEqualTo(50_000_000);
        assertThat(history.undoCount()).isEqualTo(2);
        history.undo();
        assertThat(population()).isEqualTo(20_000_000);
        history.undo();
        assertThat(population()).isEqualTo(30_000_000);
    }

    @Test
    @DisplayName("typing a value is one step per committed value (Enter or leaving the field), not per key")
    void typingIsOneStepPerValue() {
        NumberInputViewModel population = model.number(Inputs.POPULATION);
        population.setEditing(true);
        for (String typed : new String[] {"7", "75", "750", "7500", "75000", "750000", "7500000", "75000000"}) {
            population.textProperty().set(typed);
        }
        population.commit();
        population.textProperty().set("8");
        population.textProperty().set("80000000");
        population.setEditing(false);

        assertThat(history.undoCount()).isEqualTo(2);
        history.undo();
        assertThat(population()).isEqualTo(75_000_000);
        assertThat(population.textProperty().get()).isEqualTo("75,000,000");
        history.undo();
        assertThat(population()).isEqualTo(30_000_000);
    }

    @Test
    @DisplayName("undo while still typing takes back the typing so far and clears an invalid value")
    void undoWhileTyping() {
        NumberInputViewModel birthRate = model.number(Inputs.CRUDE_BIRTH_RATE);
        birthRate.setEditing(true);
        birthRate.textProperty().set("3");
        birthRate.textProperty().set("30");
        birthRate.textProperty().set("30x");
        assertThat(model.validProperty().get()).isFalse();

        history.undo();
        assertThat(model.inputsProperty().get().crudeBirthRate()).isEqualTo(17.299);
        assertThat(birthRate.getError()).isNull();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(history.canRedoProperty().get()).isTrue();
        birthRate.setEditing(false);
        assertThat(history.canRedoProperty().get()).as("ending the gesture changed nothing").isTrue();
    }

    @Test
    @DisplayName("loading inputs (docs example, reset all) is a step of its own, even in the middle of typing")
    void loadIsOwnStep() {
        model.number(Inputs.POPULATION).setEditing(true);
        model.number(Inputs.POPULATION).textProperty().set("5000000");
        model.showDocsExample();
        model.number(Inputs.POPULATION).textProperty().set("6000000");
        model.number(Inputs.POPULATION).setEditing(false);

        assertThat(history.undoCount()).isEqualTo(3);
        history.undo();
        assertThat(model.inputsProperty().get()).isEqualTo(SizingInputs.docsExample());
        history.undo();
        assertThat(population()).isEqualTo(5_000_000);
    }

    @Test
    @DisplayName("the other event types typed as a list are one step")
    void eventsAsOneStep() {
        model.events().setEditing(true);
        model.events().textProperty().set("m");
        model.events().textProperty().set("marriage=4");
        model.events().textProperty().set("marriage=4.5");
        model.events().setEditing(false);
        assertThat(history.undoCount()).isEqualTo(1);
        history.undo();
        assertThat(model.inputsProperty().get().otherEvents()).isEmpty();
        assertThat(model.events().textProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("a scenario opened with its own inputs starts with nothing to undo; at most 500 steps are kept")
    void initialAndLimit() {
        PlannerViewModel opened = new PlannerViewModel(SizingInputs.builder().population(8_000_000).build());
        assertThat(opened.history().canUndoProperty().get()).isFalse();
        assertThat(opened.inputsProperty().get().population()).isEqualTo(8_000_000);

        for (int i = 1; i <= InputHistory.LIMIT + 20; i++) {
            opened.number(Inputs.POPULATION).setValue(8_000_000 + i);
        }
        assertThat(opened.history().undoCount()).isEqualTo(InputHistory.LIMIT);
    }
}
