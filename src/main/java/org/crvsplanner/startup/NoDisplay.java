package org.crvsplanner.startup;

import java.util.Locale;
import java.util.Optional;

import org.crvsplanner.text.Wording;

/**
 * What {@code java -jar crvs-planner.jar} says when the window cannot open for want of a display,
 * as on a server over SSH: one line naming what is missing and the commands that need none,
 * instead of JavaFX's stack trace, and its own exit status.
 */
final class NoDisplay {
    /**
     * The exit status: sysexits.h's EX_UNAVAILABLE, neither a crash (1) nor bad input (2).
     * {@link FastStart} takes it from the second JVM as final, however fast it came, instead of
     * trying the window again in the first.
     */
    static final int STATUS = 69;
    /** What GTK's JavaFX says when it finds no X display. */
    private static final String GTK_MESSAGE = "Unable to open DISPLAY";

    private NoDisplay() {
    }

    /** The line to print when {@code failure} means there is no display, else empty. */
    static Optional<String> explain(Throwable failure, String display, Locale locale) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(GTK_MESSAGE)) {
                Wording wording = Wording.of(locale);
                String missing = display == null || display.isBlank() ? wording.text("startup.noDisplay.unset")
                        : wording.text("startup.noDisplay.unreachable", display);
                return Optional.of(wording.text("startup.noDisplay", missing));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
