package org.crvsplanner.cli;

import java.nio.file.Path;

import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.ShownText;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where a command's inputs come from: the defaults or a scenario file, with the sizing flags on
 * top. Shared by {@code size} and {@code export} so both read files and blame values alike.
 */
final class ScenarioSource {

    @Option(names = "--scenario", paramLabel = "FILE", converter = Converters.FilePath.class,
            description = "Start from the inputs of a .crvsplan scenario file instead of the defaults; the "
                    + "other flags override them (--event replaces the file's event list).")
    private Path scenarioFile;

    private Scenario scenario;

    /** The scenario file read, or null when none was given. Read once. */
    Scenario scenario() {
        if (scenario == null && scenarioFile != null) {
            scenario = ScenarioFiles.read(scenarioFile);
        }
        return scenario;
    }

    /**
     * The inputs to plan.
     *
     * @throws InvalidInputException when a flag breaks a rule; a value from the file is reported
     *         as such, with the flag that changes it
     */
    SizingInputs inputs(CommandSpec spec) {
        Scenario base = scenario();
        try {
            return SizingOptions.applyTo(base == null ? SizingInputs.defaults() : base.inputs(),
                    spec.commandLine().getParseResult());
        } catch (InvalidInputException e) {
            String flag = SizingOptions.flagFor(e.field());
            if (base == null || spec.commandLine().getParseResult().hasMatchedOption(flag)) {
                throw e;
            }
            throw new UserFacingException(ModelWords.message(e, e.field().key() + " from "
                    + ShownText.visible(scenarioFile.toString()))
                    + " (set " + flag + " to change it)", PlannerCommand.BAD_INPUT);
        }
    }

    Path file() {
        return scenarioFile;
    }
}
