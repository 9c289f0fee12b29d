package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

/**
 * Something the person must be told, such as a file that cannot be opened. The window shows it
 * in a dialog; the message names the file and what is wrong, on one line.
 *
 * @param title the dialog's title, e.g. "Cannot open pilot.crvsplan"
 * @param header the heading above the message; usually the title again
 * @param message what happened and, where it helps, what to do
 * @param width the dialog's width in pixels, so a long file name wraps instead of widening the
 *        dialog off screen; 0 leaves it to the dialog
 */
public record Notice(Kind kind, String title, String header, String message, double width) {
    /** How wide a message is unless it says otherwise. */
    public static final double WIDTH = 520;

    public enum Kind {
        ERROR, WARNING, INFORMATION
    }

    public Notice {
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(header, "header");
        requireNonNull(message, "message");
    }

    public Notice(Kind kind, String title, String header, String message) {
        this(kind, title, header, message, WIDTH);
    }

    /** A notice whose heading is its title. */
    public Notice(Kind kind, String title, String message) {
        this(kind, title, title, message);
    }

    /** The same notice, {@code pixels} wide. */
    public Notice withWidth(double pixels) {
        return new Notice(kind, title, header, message, pixels);
    }
}
