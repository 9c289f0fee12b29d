package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;

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
                + "example: 30 million people over a 5-year horizon, disks filled to at most 70%%.")
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

    @Option(names = "--save-scenario", paramLabel = "FILE",
            description = "Also save the inputs used as a scenario file, atomically. An existing file is "
                    + "only replaced with --force.")
    private Path saveTo;

    @Option(names = "--force", description = "Let --save-scenario replace an existing file.")
    private boolean force;

    @Override
    public Integer call() {
        Scenario base = source.scenario();
        SizingInputs inputs = uncertainty.likely(source.inputs(spec), spec);
        InputRanges ranges = uncertainty.ranges(base, inputs);
        SizingPlan plan = SizingEngine.plan(inputs);
        Outlook outlook = uncertainty.outlook(plan, ranges);
        if (saveTo != null) {
            save(base, inputs, ranges);
        }
        PrintWriter out = spec.commandLine().getOut();
        // JSON is for scripts: the same bytes whatever the language.
        out.print(format == OutputFormat.JSON ? PlanJson.write(plan, outlook)
                : ConsoleText.fit(PlanTable.write(plan, language.wording())
                        + OutlookTable.write(outlook, inputs, language.wording())));
        out.flush();
        return 0;
    }

    private void save(Scenario base, SizingInputs inputs, InputRanges ranges) {
        if (!force && Files.exists(saveTo) && !Files.isDirectory(saveTo)) {
            throw new UserFacingException("Cannot use " + saveTo + ": it already exists; add --force to "
                    + "replace it", PlannerCommand.BAD_INPUT);
        }
        Scenario scenario = (base != null ? base.withInputs(inputs) : Scenario.of(nameOf(saveTo), "", inputs))
                .withRanges(ranges);
        ScenarioFiles.write(saveTo, scenario);
        if (!scenario.unknownFields().dropped().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("size: note: " + saveTo + " does not keep " + String.join(", ",
                    scenario.unknownFields().dropped()) + " from " + source.file()
                    + " (fields of a newer version inside an event)");
            err.flush();
        }
    }

    private static String nameOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return ScenarioFiles.hasExtension(file) ? name.substring(0, name.length() - ScenarioFiles.EXTENSION.length())
                : name;
    }
}
