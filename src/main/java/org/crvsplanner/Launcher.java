package org.crvsplanner;

import org.crvsplanner.cli.PlannerCommand;

/**
 * The entry point of {@code java -jar crvs-planner.jar}. With a command it runs the command line;
 * it is not a JavaFX {@code Application} so that JavaFX can load from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(PlannerCommand.run(args));
    }
}
