package org.crvsplanner.ui.app;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;

/**
 * With -Dcrvs.startupProbe=true, prints the JVM's uptime when the first frame is on screen, for
 * scripts/measure-startup.sh and the installers' check; with -Dcrvs.startupProbe.exit=true it
 * then ends the run. The other class of the window allowed to print, since those scripts read
 * the console.
 */
final class StartupProbe {
    /** Set to print the JVM's uptime at the first shown frame, for start-up measurements. */
    static final String PROPERTY = "crvs.startupProbe";

    private StartupProbe() {
    }

    static void reportFirstFrame() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println("first-frame-ms=" + uptime);
        if (Boolean.getBoolean(PROPERTY + ".exit")) {
            Platform.exit();
        }
    }
}
