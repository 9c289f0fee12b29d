package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

/**
 * Something the person must be told, such as a file that cannot be opened. The window shows it
 * in a dialog; the message names the file and what is wrong, on one line.
 *
 * @param title the dialog's title, e.g. "Cannot open pilot.crvsplan"
 * @param header the heading above the message; usually the title again
 * @param message what happened and, where it helps, what to do
 */
public record Notice(Kind kind, String title, String header, String message) {
    public enum Kind {
        ERROR, WARNING, INFORMATION
    }

    public Notice {
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(header, "header");
        requireNonNull(message, "message");
    }

    /** A notice whose heading is its title. */
    public Notice(Kind kind, String title, String message) {
        this(kind, title, title, message);
    }
}
