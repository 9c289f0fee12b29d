package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One file of an import.
 *
 * @param lastUpdated the "Last Updated Date" of a World Bank file; null for a UN WPP file, which
 *        carries no date
 */
public record DataFile(Path path, LocalDate lastUpdated) {
    public DataFile {
        requireNonNull(path, "path");
    }

    /** The file's name without its folder, as scenarios record it. */
    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public Optional<LocalDate> updated() {
        return Optional.ofNullable(lastUpdated);
    }
}
