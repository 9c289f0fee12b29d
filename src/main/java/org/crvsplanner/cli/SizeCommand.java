package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crvs-planner size}: plans one set of inputs and prints it. */
@Command(name = "size",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.crvsplanner.cli.HelpTexts",
        sortOptions = false,
        description = "Plans the servers for the given inputs. With no flags it plans the documentation's "
                + "example: 30 million people over a 5-year horizon, disks filled to at most 70%%.")
final class SizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SizingOptions sizing;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (readable) or json (plain, unrounded numbers). Default: table.")
    private OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        SizingPlan plan = SizingEngine.plan(sizing.applyTo(SizingInputs.defaults()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? PlanJson.write(plan) : PlanTable.write(plan));
        out.flush();
        return 0;
    }
}
