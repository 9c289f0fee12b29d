package org.crvsplanner.scenario;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code schemaVersion} of a scenario file, "MAJOR.MINOR". A new minor version only adds
 * optional fields, so older readers still open the file; a new major version changes the meaning
 * of existing fields, and older readers refuse it.
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {
    /**
     * The version this build writes: 1.1 added docsVersion, monitoring, monitoringDays and
     * diskEncryption to the inputs, and the optional countryData and inputs.projection.
     */
    public static final SchemaVersion CURRENT = new SchemaVersion(1, 1);
    /** The first version: every field but those that 1.1 added. */
    public static final SchemaVersion FIRST = new SchemaVersion(1, 0);

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");

    public SchemaVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("a schema version has no negative parts: " + major + "." + minor);
        }
    }

    public static SchemaVersion of(int major, int minor) {
        return new SchemaVersion(major, minor);
    }

    /** "1.0" → 1.0; anything else, such as "1", "v1.0" or "1.0.0", is empty. */
    public static Optional<SchemaVersion> parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SchemaVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }


    @Override
    public int compareTo(SchemaVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
