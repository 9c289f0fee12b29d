package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crvs-planner scenario}: commands on scenario files. */
@Command(name = "scenario",
        mixinStandardHelpOptions = true,
        subcommands = {ScenarioCommand.Validate.class},
        description = "Works with scenario files (.crvsplan).")
final class ScenarioCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: validate");
    }

    /** {@code crvs-planner scenario validate FILE}. */
    @Command(name = "validate",
            mixinStandardHelpOptions = true,
            description = "Checks a scenario file and explains any problem. Exit status 0 when it is valid, "
                    + "2 when it is not.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The scenario file to check.")
        private Path file;

        @Override
        public Integer call() {
            Scenario scenario = ScenarioFiles.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(file + ": a valid scenario" + (scenario.name().isEmpty() ? "" : ", \"" + scenario.name() + "\"")
                    + ".");
            List<String> kept = scenario.unknownFields().keptPaths();
            if (!kept.isEmpty()) {
                out.println("It has fields this version does not use; saving keeps them: " + String.join(", ", kept)
                        + ".");
            }
            List<String> dropped = scenario.unknownFields().dropped();
            if (!dropped.isEmpty()) {
                out.println("Saving it again would drop these fields of a newer version: " + String.join(", ", dropped)
                        + ".");
            }
            out.flush();
            return 0;
        }
    }
}
