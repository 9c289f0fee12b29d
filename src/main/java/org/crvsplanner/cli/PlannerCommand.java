package org.crvsplanner.cli;

import java.io.PrintWriter;

import org.crvsplanner.text.AppInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crvs-planner}: the command line over the sizing model. */
@Command(name = "crvs-planner",
        mixinStandardHelpOptions = true,
        versionProvider = PlannerCommand.Version.class,
        subcommands = {SizeCommand.class, ScenarioCommand.class, ExportCommand.class},
        description = "Sizes the servers of an OpenCRVS deployment, by the rules of the OpenCRVS "
                + "documentation page \"Set-up a server-hosted environment\".")
public final class PlannerCommand implements Runnable {
    /** Picocli's status for bad flags or values; also ours for invalid files. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given streams, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new PlannerCommand());
        commandLine.setParameterExceptionHandler(new BadInputHandler());
        commandLine.setExecutionExceptionHandler(new BadInputHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Converters.registerNumbers(commandLine);
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.name() + " " + AppInfo.version(), "Rules: " + AppInfo.rulesSource()};
        }
    }
}
