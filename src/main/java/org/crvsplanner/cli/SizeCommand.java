package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.PlainNumber;
import org.crvsplanner.text.SourceWords;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crvs-planner size}: plans one set of inputs and prints it. */
@Command(name = "size",
        mixinStandardHelpOptions = true,
        modelTransformer = SizingOptions.class,
        sortOptions = false,
        description = "Plans the servers for the given inputs. With no flags it plans the documentation's "
                + "example: 30 million people over a 5-year horizon, disks filled to at most 70%%.",
        footer = {"", PlainNumber.RULE})
final class SizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ScenarioSource source;

    @Mixin
    private LanguageOption language;

    @Mixin
    private UncertaintyOptions uncertainty;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (readable) or json (plain, unrounded numbers, always in English). Default: table.")
    private OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--save-scenario", paramLabel = "FILE", converter = Converters.FilePath.class,
            description = "Also save the inputs used as a scenario file, atomically. An existing file is "
                    + "only replaced with --force.")
    private Path saveTo;

    @Option(names = "--force", description = "Let --save-scenario replace an existing file.")
    private boolean force;

    @Override
    public Integer call() {
        Scenario base = source.scenario();
        SizingInputs inputs = uncertainty.likely(source.inputs(spec), spec);
        Optional<CountrySource> figures = source.source(inputs);
        InputRanges ranges = uncertainty.ranges(base, inputs);
        SizingPlan plan = SizingEngine.plan(inputs);
        Outlook outlook = uncertainty.outlook(plan, ranges);
        if (saveTo != null) {
            save(base, inputs, figures, ranges);
        }
        PrintWriter out = spec.commandLine().getOut();
        // JSON is for scripts: the same bytes whatever the language.
        out.print(ConsoleText.lines(format == OutputFormat.JSON ? PlanJson.write(plan, outlook, figures)
                : ConsoleText.fit(PlanTable.write(plan, figures, language.wording())
                        + OutlookTable.write(outlook, inputs, language.wording()))));
        out.flush();
        return 0;
    }

    private void save(Scenario base, SizingInputs inputs, Optional<CountrySource> figures, InputRanges ranges) {
        Optional<String> hidden = OutputNames.check("--save-scenario", saveTo, ScenarioFiles.EXTENSION);
        // What no --force could make writable (a folder, a device, a link to nothing) is said first.
        AtomicFile.checkTarget(saveTo);
        if (!force && Files.exists(saveTo)) {
            throw new UserFacingException("Cannot use " + saveTo + ": it already exists; add --force to "
                    + "replace it", PlannerCommand.BAD_INPUT);
        }
        Scenario start = (base != null ? base.withInputs(inputs) : Scenario.of(nameOf(saveTo), "", inputs))
                .withRanges(ranges);
        Scenario scenario = start;
        if (source.importsCountryData()) {
            // The notes say where the figures came from, as the window's import does.
            scenario = start.withCountrySource(figures).withNotes(figures.map(f -> SourceWords.notes(start.notes(), f,
                    inputs.projection(), inputs.horizonYears(), language.wording())).orElse(start.notes()));
        }
        ScenarioFiles.write(saveTo, scenario);
        hidden.ifPresent(this::note);
        if (!scenario.unknownFields().dropped().isEmpty()) {
            note("note: " + saveTo + " does not keep " + String.join(", ", scenario.unknownFields().dropped())
                    + " from " + source.file() + " (fields of a newer version inside an event)");
        }
    }

    private void note(String text) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(ConsoleText.line(BadInputHandler.prefix(spec.commandLine()) + text, spec.commandLine().getParseResult().originalArgs()));
        err.flush();
    }

    private static String nameOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return ScenarioFiles.hasExtension(file) ? name.substring(0, name.length() - ScenarioFiles.EXTENSION.length())
                : name;
    }
}
