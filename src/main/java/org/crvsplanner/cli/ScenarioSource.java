package org.crvsplanner.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.crvsplanner.countrydata.CountryFigures;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.ShownText;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where a command's inputs come from: the defaults or a scenario file, then a country's figures
 * from publishers' files, with the sizing flags on top. Shared by {@code size} and {@code export}
 * so both read files and blame values alike.
 */
final class ScenarioSource {

    @Option(names = "--scenario", paramLabel = "FILE", converter = Converters.FilePath.class,
            description = "Start from the inputs of a .crvsplan scenario file instead of the defaults; the "
                    + "other flags override them (--event replaces the file's event list).")
    private Path scenarioFile;

    @Mixin
    private CountryDataOptions country;

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
        SizingInputs.Builder builder = (base == null ? SizingInputs.defaults() : base.inputs()).toBuilder();
        Optional<CountryFigures> figures = country.figures();
        if (figures.isPresent()) {
            String growth = SizingOptions.flag(Inputs.GROWTH_PERCENT);
            if (country.follow() && spec.commandLine().getParseResult().hasMatchedOption(growth)) {
                throw new UserFacingException(growth + " cannot be used with "
                        + "--follow-projection: the projection gives each year's population; leave one of them out",
                        PlannerCommand.BAD_INPUT);
            }
            figures.get().fill(builder, country.follow());
        }
        try {
            return SizingOptions.applyTo(builder, spec.commandLine().getParseResult());
        } catch (InvalidInputException e) {
            String flag = SizingOptions.flagFor(e.field());
            if (base == null || figures.isPresent() || spec.commandLine().getParseResult().hasMatchedOption(flag)) {
                throw e;
            }
            throw new UserFacingException(ModelWords.message(e, e.field().key() + " from "
                    + ShownText.visible(scenarioFile.toString()))
                    + " (set " + flag + " to change it)", PlannerCommand.BAD_INPUT);
        }
    }

    /**
     * Where the figures of {@code inputs} came from: the files of --country-data, or else those the
     * scenario file recorded; empty when none of the figures is still the file's.
     */
    Optional<CountrySource> source(SizingInputs inputs) {
        Optional<CountrySource> source = country.figures().map(CountryFigures::source);
        if (source.isEmpty() && scenario() != null) {
            source = scenario().countrySource();
        }
        return source.filter(s -> !s.inUse(inputs).isEmpty() || inputs.followsProjection());
    }

    /** Whether the figures come from --country-data rather than a scenario file or the flags. */
    boolean importsCountryData() {
        return country.figures().isPresent();
    }

    Path file() {
        return scenarioFile;
    }
}
