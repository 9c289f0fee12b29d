package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ranges in scenario files, schema 1.1 (docs/scenario-format.md). */
class ScenarioRangesTest {
    static final InputRanges PILOT_RANGES = InputRanges.of(
            InputRange.of(Inputs.POPULATION, 11_000_000, 14_000_000),
            InputRange.of(Inputs.CRUDE_BIRTH_RATE, 30, 38.5),
            InputRange.of(Inputs.ATTACHMENTS_PER_RECORD, 3, 8),
            InputRange.of(Inputs.GROWTH_PERCENT, 2, 3));

    @Test
    @DisplayName("a scenario with ranges is written as the pinned 1.1 file, and read back equal")
    void pinnedFile() {
        Scenario withRanges = Samples.pilot().withRanges(PILOT_RANGES);
        byte[] expected = Samples.bytes("valid/pilot-ranges.crvsplan");
        assertThat(new String(ScenarioFiles.toBytes(withRanges), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(ScenarioFiles.read(Samples.path("valid/pilot-ranges.crvsplan"))).isEqualTo(withRanges);
    }

    @Test
    @DisplayName("a scenario without ranges is written as 1.1 like any other, with no ranges key")
    void withoutRangesHasNoRangesKey() {
        String text = new String(ScenarioFiles.toBytes(Samples.pilot()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.1\",").doesNotContain("ranges");
    }

    @Test
    @DisplayName("fields of a newer version inside a range are named as dropped, the range is kept")
    void unknownFieldInARange() {
        Scenario read = ScenarioFiles.parse(("{\"schemaVersion\":\"1.4\",\"ranges\":{\"population\":"
                + "{\"low\":28000000,\"high\":33000000,\"distribution\":\"pert\"}}}").getBytes(StandardCharsets.UTF_8),
                Path.of("p.crvsplan"));
        assertThat(read.ranges()).isEqualTo(InputRanges.of(InputRange.of(Inputs.POPULATION, 28e6, 33e6)));
        assertThat(read.unknownFields().dropped()).containsExactly("ranges.population.distribution");
    }

    @Test
    @DisplayName("a scenario never holds a range its inputs break; moving an input stretches its range")
    void rangesFitTheInputs() {
        Scenario scenario = Samples.pilot().withRanges(PILOT_RANGES);
        assertThatThrownBy(() -> Samples.pilot().withRanges(InputRanges.of(
                InputRange.of(Inputs.POPULATION, 13_000_000, 14_000_000)))).isInstanceOf(InvalidInputException.class);
        Scenario moved = scenario.withInputs(scenario.inputs().toBuilder().population(16_000_000).build());
        assertThat(moved.ranges().of(Inputs.POPULATION)).hasValue(InputRange.of(Inputs.POPULATION, 11e6, 16e6));
    }
}
