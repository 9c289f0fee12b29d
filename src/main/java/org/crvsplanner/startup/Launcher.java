package org.crvsplanner.startup;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

import org.crvsplanner.cli.PlannerCommand;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.app.PlannerApp;

import javafx.application.Application;

/**
 * The entry point of {@code java -jar crvs-planner.jar}: with no arguments, or only scenario files
 * ({@code java -jar crvs-planner.jar pilot.crvsplan national.crvsplan}), it opens the window with
 * them; with a command it runs the command line. It is not itself a JavaFX {@code Application}, so
 * JavaFX can load from the class path of the runnable jar.
 */
public final class Launcher {
    /**
     * Held so the filter below is not lost when the logger would otherwise be collected. Set only
     * once the window starts in this JVM: a JVM that only relaunches has no use for logging.
     */
    private static Logger javafxLog;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            // A picture of the window for the documentation is made once; it gains nothing.
            OptionalInt relaunched = isSnapshot(args) ? OptionalInt.empty() : FastStart.relaunch(FastStart.Purpose.WINDOW);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            // Running JavaFX from the class path is our deliberate choice (docs/decisions/0001);
            // JavaFX warns about it on every start, which would only worry users.
            javafxLog = Logger.getLogger("javafx");
            javafxLog.setFilter(r -> r.getMessage() == null
                    || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
            try {
                Application.launch(PlannerApp.class, args);
            } catch (RuntimeException e) {
                Optional<String> noDisplay = NoDisplay.explain(e, System.getenv("DISPLAY"), Locale.getDefault());
                if (noDisplay.isEmpty()) {
                    throw e;
                }
                System.err.println(noDisplay.get());
                System.exit(NoDisplay.STATUS);
            }
            return;
        }
        if (exportsWorkbook(args)) {
            OptionalInt relaunched = FastStart.relaunch(FastStart.Purpose.EXPORT);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
        }
        System.exit(PlannerCommand.run(args));
    }

    /**
     * The {@code export} command, which writes a workbook: not its help, whose run would leave an
     * archive without the workbook's classes for every later export.
     */
    static boolean exportsWorkbook(String[] args) {
        if (args.length == 0 || !args[0].equals("export")) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return false;
            }
        }
        return true;
    }

    /**
     * No arguments, the hidden {@code --snapshot}, or only scenario files: what a double-click on
     * a .crvsplan file or "Open with" passes. Files that do not exist still open the window,
     * which says so; anything else is a command.
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0 || isSnapshot(args)) {
            return true;
        }
        // A loop rather than a stream: a JVM that only relaunches the window is slowed by the first lambda.
        for (String arg : args) {
            if (arg.startsWith("-") || !arg.toLowerCase(Locale.ROOT).endsWith(ScenarioFiles.EXTENSION)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSnapshot(String[] args) {
        return args.length > 0 && args[0].equals("--snapshot");
    }
}
