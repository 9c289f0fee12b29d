package org.crvsplanner.ui.base;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The folder the last workbook went to, kept between runs: the procurement workbook and the
 * comparison's both open their save dialog there, since a planner keeps a plan's papers together.
 */
public final class ExportFolder {
    private static final String KEY = "exportFolder";
    private final Preferences preferences;

    public ExportFolder(Preferences preferences) {
        this.preferences = requireNonNull(preferences, "preferences");
    }

    /** Where the last export went, or the home folder; null when what was kept is no path. */
    public Path last() {
        String kept = preferences.get(KEY, System.getProperty("user.home"));
        try {
            return kept.isBlank() ? null : Path.of(kept);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Keeps the folder of {@code file}, a workbook the person chose to write. */
    public void remember(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        preferences.put(KEY, folder == null ? "" : folder.toString());
    }
}
