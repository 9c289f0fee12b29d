package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.ShownText;

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

        @Parameters(paramLabel = "FILE", description = "The scenario file to check.",
                converter = Converters.FilePath.class)
        private Path file;

        @Override
        public Integer call() {
            Scenario scenario = ScenarioFiles.read(file);
            PrintWriter out = spec.commandLine().getOut();
            List<String> args = spec.commandLine().getParseResult().originalArgs();
            out.println(ConsoleText.line(file + ": a valid scenario" + (scenario.name().isEmpty() ? ""
                    : ", \"" + ShownText.excerpt(scenario.name()) + "\"") + ".", args));
            List<String> kept = scenario.unknownFields().keptPaths();
            if (!kept.isEmpty()) {
                out.println(ConsoleText.line("It has fields this version does not use; saving keeps them: "
                        + String.join(", ", kept) + ".", args));
            }
            List<String> dropped = scenario.unknownFields().dropped();
            if (!dropped.isEmpty()) {
                out.println(ConsoleText.line("Saving it again would drop these fields of a newer version: "
                        + String.join(", ", dropped) + ".", args));
            }
            out.flush();
            return 0;
        }
    }
}
