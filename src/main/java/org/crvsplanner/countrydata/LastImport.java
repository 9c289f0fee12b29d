package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The files of the last successful import, kept in the user's preferences, so that a workshop
 * room without internet imports again from the files downloaded beforehand. Files that have
 * since gone are left out.
 */
public final class LastImport {
    static final String COUNT = "countryData.count";
    static final String FILE = "countryData.file.";
    /** More than the five files an import of the World Bank's four indicators and a WPP pair needs. */
    static final int MAX_FILES = 16;

    private final Preferences preferences;

    public LastImport(Preferences preferences) {
        this.preferences = requireNonNull(preferences, "preferences");
    }

    public void remember(List<Path> files) {
        List<String> kept = new ArrayList<>();
        for (Path file : files) {
            String text = file.toAbsolutePath().toString();
            // A path longer than a preference holds is not worth remembering half of.
            if (text.length() <= Preferences.MAX_VALUE_LENGTH && kept.size() < MAX_FILES) {
                kept.add(text);
            }
        }
        int count = kept.size();
        for (int i = 0; i < count; i++) {
            preferences.put(FILE + i, kept.get(i));
        }
        for (int i = count; i < MAX_FILES; i++) {
            preferences.remove(FILE + i);
        }
        preferences.putInt(COUNT, count);
    }

    /** The files remembered that still exist, in the order they were imported. */
    public List<Path> files() {
        int count = Math.max(0, Math.min(preferences.getInt(COUNT, 0), MAX_FILES));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = preferences.get(FILE + i, null);
            if (text == null) {
                continue;
            }
            try {
                Path file = Path.of(text);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException e) {
                // A preference written on another system; nothing to reuse.
            }
        }
        return List.copyOf(files);
    }
}
