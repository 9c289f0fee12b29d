package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

/**
 * Something the person must be told, such as a file that cannot be opened. The window shows it
 * in a dialog; the message names the file and what is wrong, on one line.
 *
 * @param title a short heading, e.g. "Cannot open pilot.crvsplan"
 * @param message what happened and, where it helps, what to do
 */
public record Notice(Kind kind, String title, String message) {
    public enum Kind {
        ERROR, WARNING, INFORMATION
    }

    public Notice {
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(message, "message");
    }
}
