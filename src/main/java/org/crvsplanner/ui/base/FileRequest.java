package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What to show in the system's open or save dialog.
 *
 * @param folder where the dialog starts; null, or a folder that no longer exists, for the
 *        system's choice
 * @param fileName the name a save dialog offers; null for none
 */
public record FileRequest(String title, List<Filter> filters, Path folder, String fileName) {

    /** A choice of file types, e.g. "CRVS scenarios (*.crvsplan)" with {@code *.crvsplan}. */
    public record Filter(String description, List<String> patterns) {
        public Filter {
            requireNonNull(description, "description");
            patterns = List.copyOf(patterns);
        }

        public Filter(String description, String pattern) {
            this(description, List.of(pattern));
        }
    }

    public FileRequest {
        requireNonNull(title, "title");
        filters = List.copyOf(filters);
    }
}
