package org.crvsplanner;

import java.util.logging.Logger;

import org.crvsplanner.cli.PlannerCommand;
import org.crvsplanner.ui.PlannerApp;

import javafx.application.Application;

/**
 * The entry point of {@code java -jar crvs-planner.jar}: with no arguments it opens the window,
 * with a command it runs the command line. It is not itself a JavaFX {@code Application}, so
 * JavaFX can load from the class path of the runnable jar.
 */
public final class Launcher {
    /** Held so the filter below is not lost when the logger would otherwise be collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--snapshot")) {
            // Running JavaFX from the class path is our deliberate choice (docs/decisions/0001);
            // JavaFX warns about it on every start, which would only worry users.
            JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                    || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
            Application.launch(PlannerApp.class, args);
            return;
        }
        System.exit(PlannerCommand.run(args));
    }
}
