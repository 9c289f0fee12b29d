package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * A message in the corner of the window that goes by itself, with links to what comes next, such
 * as "Exported plan.xlsx" with Open workbook and Open folder.
 */
public record Notification(String title, String text, Duration showFor, List<Link> links) {

    /** A button of the notification. */
    public record Link(String text, Runnable action) {
        public Link {
            requireNonNull(text, "text");
            requireNonNull(action, "action");
        }
    }

    public Notification {
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        requireNonNull(showFor, "showFor");
        links = List.copyOf(links);
    }
}
