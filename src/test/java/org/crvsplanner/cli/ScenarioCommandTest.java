package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class ScenarioCommandTest {
    private static final Path PILOT = resource("valid/pilot.crvsplan");
    private static final Path NEWER = resource("valid/newer-minor.crvsplan");

    @TempDir
    Path dir;

    @Test
    @DisplayName("size --scenario plans the file's inputs")
    void sizeFromScenario() throws Exception {
        CommandRun run = run("size", "--scenario", PILOT.toString(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode plan = run.json();
        assertThat(plan.get("years")).hasSize(10);
        assertThat(plan.get("stage").asText()).isEqualTo("pilot");
        assertThat(plan.get("backupRule").asText()).isEqualTo("retention");
        assertThat(plan.get("years").get(0).get("legacyRecords").asDouble()).isEqualTo(1_500_000);
    }

    @Test
    @DisplayName("flags given with --scenario override the file, and --event replaces its events")
    void flagsOverride() throws Exception {
        JsonNode plan = run("size", "--scenario", PILOT.toString(), "--format", "json", "--years", "12",
                "--stage", "national", "--event", "adoption=0.5").json();
        assertThat(plan.get("years")).hasSize(12);
        assertThat(plan.get("stage").asText()).isEqualTo("national");
        assertThat(plan.get("topology").asText()).isEqualTo("data-node");
        // 12 million people, coverage 25% in year 1: adoption alone at 0.5 per 1,000.
        assertThat(plan.get("years").get(0).get("otherEvents").asDouble())
                .isCloseTo(12_000_000 * 0.25 * 0.5 / 1000, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    @DisplayName("a value from the file that a flag makes invalid is blamed on the file, with the flag to fix it")
    void fileValueBrokenByFlag() {
        run("size", "--scenario", PILOT.toString(), "--years", "3").failedWithOneLine(
                "size: coverageFullYear from " + PILOT + " must be between 1 and 3; got 4 (set --coverage-full-year");
        run("size", "--scenario", PILOT.toString(), "--years", "3", "--coverage-full-year", "5")
                .failedWithOneLine("crvs-planner size: --coverage-full-year must be between 1 and 3; got 5");
    }

    @Test
    @DisplayName("a broken, missing or folder --scenario exits 2 with one line naming it")
    void brokenScenario() {
        Path broken = resource("broken/out-of-range-population.crvsplan");
        run("size", "--scenario", broken.toString()).failedWithOneLine(
                "size: Cannot open " + broken + ": line 6, column 19: inputs.population must be between 1 and");
        run("size", "--scenario", dir.resolve("none.crvsplan").toString())
                .failedWithOneLine("Cannot open " + dir.resolve("none.crvsplan") + ": there is no such file");
        run("size", "--scenario", dir.toString()).failedWithOneLine("Cannot open " + dir + ": it is a folder");
    }

    @Test
    @DisplayName("--save-scenario writes the inputs used, named after the file, and opens again equal")
    void saveScenario() throws Exception {
        Path saved = dir.resolve("national 12M.crvsplan");
        CommandRun run = run("size", "--population", "12000000", "--growth", "2.5", "--event", "marriage=4.5:2",
                "--save-scenario", saved.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Production servers");
        Scenario scenario = ScenarioFiles.read(saved);
        assertThat(scenario.name()).isEqualTo("national 12M");
        assertThat(scenario.inputs()).isEqualTo(SizingInputs.builder().population(12_000_000).growthPercent(2.5)
                .otherEvents(List.of(EventType.of("marriage", 4.5, 2))).build());
    }

    @Test
    @DisplayName("saving over the opened file keeps its name, notes and newer fields")
    void resaveKeepsTheRest() throws Exception {
        Path copy = Files.copy(NEWER, dir.resolve("copy.crvsplan"));
        CommandRun run = run("size", "--scenario", copy.toString(), "--years", "8", "--save-scenario", copy.toString(),
                "--force");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("does not keep inputs.otherEvents[0].colour");
        Scenario scenario = ScenarioFiles.read(copy);
        assertThat(scenario.name()).isEqualTo("National, written by a newer planner");
        assertThat(scenario.inputs().horizonYears()).isEqualTo(8);
        assertThat(scenario.unknownFields().keptPaths()).contains("savedBy", "inputs.pilotRegions");
    }

    @Test
    @DisplayName("an existing file is not replaced without --force")
    void refusesToOverwrite() throws Exception {
        Path existing = Files.copy(PILOT, dir.resolve("pilot.crvsplan"));
        byte[] before = Files.readAllBytes(existing);
        run("size", "--years", "2", "--save-scenario", existing.toString())
                .failedWithOneLine("size: Cannot use " + existing + ": it already exists; add --force");
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
        assertThat(run("size", "--years", "2", "--save-scenario", existing.toString(), "--force").status()).isZero();
        assertThat(ScenarioFiles.read(existing).inputs().horizonYears()).isEqualTo(2);
    }

    @Test
    @DisplayName("a save that cannot happen exits 2 with one line, and prints no plan")
    void failedSave() {
        run("size", "--save-scenario", dir.toString()).failedWithOneLine("Cannot use " + dir + ": it is a folder");
        Path inMissing = dir.resolve("missing").resolve("p.crvsplan");
        run("size", "--save-scenario", inMissing.toString())
                .failedWithOneLine("Cannot use " + inMissing + ": the folder " + dir.resolve("missing") + " does not exist");
    }

    @Test
    @DisplayName("scenario validate: 0 and a summary for a valid file, including fields kept and dropped")
    void validateValid() {
        CommandRun run = run("scenario", "validate", NEWER.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(NEWER + ": a valid scenario, \"National, written by a newer planner\".",
                "saving keeps them: savedBy, chart, inputs.pilotRegions, inputs.networkMbps",
                "would drop these fields of a newer version: inputs.otherEvents[0].colour");
        assertThat(run("scenario", "validate", PILOT.toString()).out().strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("scenario validate: 2 and one line for every broken file of the corpus")
    void validateBroken() throws Exception {
        try (Stream<Path> files = Files.list(resource("broken"))) {
            for (Path file : files.toList()) {
                run("scenario", "validate", file.toString()).failedWithOneLine("validate: Cannot open " + file + ": ");
            }
        }
        run("scenario", "validate", dir.toString()).failedWithOneLine("it is a folder, not a file");
    }

    @Test
    @DisplayName("scenario without a subcommand or file is bad input")
    void missingArguments() {
        run("scenario").failedWithOneLine("Missing subcommand: validate");
        run("scenario", "validate").failedWithOneLine("Missing required parameter: 'FILE'");
        assertThat(run("scenario", "validate", "--help").out().replaceAll("\\s+", " "))
                .contains("Exit status 0 when it is valid, 2 when it is not.");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScenarioCommandTest.class.getResource("/org/crvsplanner/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
