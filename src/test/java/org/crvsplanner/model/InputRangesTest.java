package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InputRangesTest {

    @Test
    @DisplayName("ranges keep the table's order, one per input")
    void order() {
        InputRanges ranges = InputRanges.of(InputRange.of(Inputs.GROWTH_PERCENT, 1, 3),
                InputRange.of(Inputs.POPULATION, 27e6, 34e6));
        assertThat(ranges.ranges()).extracting(InputRange::input).containsExactly(Inputs.POPULATION,
                Inputs.GROWTH_PERCENT);
        assertThat(ranges.with(InputRange.of(Inputs.POPULATION, 28e6, 33e6)).of(Inputs.POPULATION))
                .hasValue(InputRange.of(Inputs.POPULATION, 28e6, 33e6));
        assertThat(ranges.without(Inputs.POPULATION).ranges()).hasSize(1);
        assertThatThrownBy(() -> InputRanges.of(InputRange.of(Inputs.POPULATION, 1, 2),
                InputRange.of(Inputs.POPULATION, 1, 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("only the inputs of the table's WITH_RANGES take a range, each within its own range")
    void whichInputs() {
        assertThatThrownBy(() -> InputRange.of(Inputs.KB_PER_RECORD, 10, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kbPerRecord");
        assertThatThrownBy(() -> InputRange.of(Inputs.CRUDE_BIRTH_RATE, -1, 20))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(InputField.CRUDE_BIRTH_RATE);
                    assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.RANGE);
                });
        assertThatThrownBy(() -> InputRange.of(Inputs.POPULATION, 27_500_000.5, 30e6))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.WHOLE));
        assertThat(Inputs.withRangeKey("crudeBirthRate")).hasValue(Inputs.CRUDE_BIRTH_RATE);
        assertThat(Inputs.withRangeKey("kbPerRecord")).isEmpty();
    }

    @Test
    @DisplayName("low ≤ likely ≤ high, with the likely value the input's")
    void likelyInside() {
        InputRanges ranges = InputRanges.of(InputRange.of(Inputs.POPULATION, 31e6, 34e6));
        assertThatThrownBy(() -> ranges.check(SizingInputs.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(InputField.POPULATION);
                    assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.RANGE_ORDER);
                    assertThat(e.args()).containsExactly(31e6, 30e6, 34e6);
                });
        assertThat(InputRanges.of(InputRange.of(Inputs.POPULATION, 27e6, 34e6)).check(SizingInputs.defaults()))
                .isEqualTo(SizingInputs.defaults());
    }

    @Test
    @DisplayName("each end must keep the inputs valid together: a year-1 coverage below 100% needs a ramp")
    void endsValidTogether() {
        InputRanges coverage = InputRanges.of(InputRange.of(Inputs.COVERAGE_START_PERCENT, 60, 100));
        assertThatThrownBy(() -> coverage.check(SizingInputs.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.COVERAGE_RAMP));
        SizingInputs ramp = SizingInputs.builder().coverageFullYear(3).build();
        assertThat(coverage.check(ramp)).isEqualTo(ramp);
    }

    @Test
    @DisplayName("moving an input past an end stretches its range; a range that no longer fits is dropped")
    void fitTo() {
        InputRanges ranges = InputRanges.of(InputRange.of(Inputs.POPULATION, 27e6, 34e6),
                InputRange.of(Inputs.COVERAGE_START_PERCENT, 60, 100));
        SizingInputs ramp = SizingInputs.builder().coverageFullYear(3).build();
        assertThat(ranges.fitTo(ramp)).isSameAs(ranges);
        InputRanges moved = ranges.fitTo(ramp.toBuilder().population(40_000_000).build());
        assertThat(moved.of(Inputs.POPULATION)).hasValue(InputRange.of(Inputs.POPULATION, 27e6, 40e6));
        InputRanges noRamp = ranges.fitTo(SizingInputs.defaults());
        assertThat(noRamp.ranges()).containsExactly(InputRange.of(Inputs.POPULATION, 27e6, 34e6));
    }
}
