package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text that is not a valid value never silently becomes the plan: the plan is marked stale with
 * the input and its range named, and undo takes the change back (issue 13, point 1).
 */
class StalePlanTest {
    private final PlannerViewModel model = new PlannerViewModel();

    @AfterEach
    void backToEnglish() {
        I18n.setLanguage(Language.ENGLISH);
    }

    /** Types {@code text} into an input key by key, as a person does. */
    private static void type(NumberInputViewModel input, String text) {
        input.setEditing(true);
        for (int i = 1; i <= text.length(); i++) {
            input.textProperty().set(text.substring(0, i));
        }
    }

    @Test
    @DisplayName("in French, a half-typed 1,500,000 leaves the plan of 1 person marked stale, naming Population and its range")
    void halfTypedPrefixIsStale() {
        I18n.setLanguage(Language.FRENCH);
        NumberInputViewModel population = model.number(Inputs.POPULATION);
        population.textProperty().set("");

        type(population, "1,500,000");

        // "1" was valid, and was planned at once; what followed is not a valid value.
        assertThat(model.getPlan().inputs().population()).isEqualTo(1);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Population").contains("nombre entier entre 1 et 2")
                .endsWith("habitants.");
    }

    @Test
    @DisplayName("two invalid inputs: the first is named with its range, the other counted")
    void twoInvalidInputs() {
        model.number(Inputs.POPULATION).textProperty().set("99999999999");
        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("abc");

        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Population")
                .contains("between 1 and 2,000,000,000 people").contains("One more input is not valid either.");
        assertThat(model.getPlan().inputs().population()).isEqualTo(30_000_000);
    }

    @Test
    @DisplayName("an invalid list of other event types makes the plan stale too, naming the list")
    void invalidEventsAreStale() {
        model.events().textProperty().set("marriage=abc");

        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Other event types");

        model.events().textProperty().set("marriage=4.5");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.getPlan().inputs().otherEvents()).hasSize(1);
    }

    @Test
    @DisplayName("undo takes back invalid text, and only that, when it changed no value")
    void undoTakesBackInvalidText() {
        model.number(Inputs.HORIZON_YEARS).setValue(8);
        NumberInputViewModel birthRate = model.number(Inputs.CRUDE_BIRTH_RATE);
        type(birthRate, "abc");
        birthRate.setEditing(false);
        assertThat(model.history().canUndoProperty().get()).isTrue();

        model.history().undo();

        assertThat(birthRate.textProperty().get()).isEqualTo("17.299");
        assertThat(birthRate.getError()).isNull();
        assertThat(model.validProperty().get()).isTrue();
        // The horizon set before the typing is still there: one undo, one change.
        assertThat(model.getPlan().inputs().horizonYears()).isEqualTo(8);
    }

    @Test
    @DisplayName("undo takes back a typed change that ended invalid, with the valid prefix typed on the way")
    void undoTakesBackTheWholeTyping() {
        I18n.setLanguage(Language.FRENCH);
        NumberInputViewModel population = model.number(Inputs.POPULATION);
        type(population, "");
        type(population, "1,5");
        population.setEditing(false);

        model.history().undo();

        assertThat(model.getPlan().inputs().population()).isEqualTo(30_000_000);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(population.getError()).isNull();
    }

    @Test
    @DisplayName("Esc after a half-typed 1,500,000 puts back the value from before the edit, not the prefix 1")
    void cancelEditSkipsTheValidPrefix() {
        I18n.setLanguage(Language.FRENCH);
        NumberInputViewModel population = model.number(Inputs.POPULATION);
        type(population, "");
        type(population, "1,500,000");
        population.setEditing(false);
        // Coming back to the field and pressing Esc there.
        population.setEditing(true);

        population.cancelEdit();

        assertThat(population.textProperty().get()).isEqualTo("30\u202F000\u202F000");
        assertThat(model.getPlan().inputs().population()).isEqualTo(30_000_000);
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    @DisplayName("reverting an input puts its last valid value back and the plan is up to date")
    void revert() {
        NumberInputViewModel population = model.number(Inputs.POPULATION);
        population.textProperty().set("12x");
        assertThat(model.validProperty().get()).isFalse();

        population.revert();

        assertThat(population.textProperty().get()).isEqualTo("30,000,000");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isNull();
    }
}
