package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads scenario files defensively: whatever the bytes, the result is a {@link Scenario} or a
 * {@link ScenarioFileException} with one line for people, never anything else.
 */
final class ScenarioReader {
    /** The start of the message for a failure nobody foresaw; the fuzz test looks for it. */
    static final String UNEXPECTED = "an unexpected problem stopped the reading";

    private static final ScenarioReader STANDARD = new ScenarioReader(SchemaVersion.CURRENT, List.of());

    private final SchemaVersion current;
    private final List<Migration> migrations;

    /** Tests pass their own versions and migrations to exercise the upgrade path. */
    ScenarioReader(SchemaVersion current, List<Migration> migrations) {
        this.current = requireNonNull(current, "current");
        List<Migration> sorted = new ArrayList<>(requireNonNull(migrations, "migrations"));
        sorted.sort(Comparator.comparing(Migration::to));
        this.migrations = List.copyOf(sorted);
    }

    static ScenarioReader standard() {
        return STANDARD;
    }

    Scenario read(Path file) {
        requireNonNull(file, "file");
        return parse(load(file), file);
    }

    /** Reads the content of a file without touching the disk; {@code file} names it in messages. */
    Scenario parse(byte[] content, Path file) {
        requireNonNull(content, "content");
        requireNonNull(file, "file");
        try {
            return parseChecked(content, file);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // A safety net so that the window and the command line never show a stack trace.
            throw new ScenarioFileException(file, UNEXPECTED + " (" + e + ")", e);
        }
    }

    private static byte[] load(Path file) {
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(file, "it is a folder, not a file");
        }
        if (!Files.exists(file)) {
            Path folder = file.toAbsolutePath().getParent();
            throw new ScenarioFileException(file, folder != null && !Files.isDirectory(folder)
                    ? "the folder " + folder + " does not exist"
                    : "there is no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(file, "it is not a regular file (a device or a pipe?)");
        }
        try {
            long size = Files.size(file);
            if (size > ScenarioFormat.MAX_BYTES) {
                throw tooBig(file, String.format(Locale.ROOT, "%,d", size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may grow between the size check and the read; never read past the cap.
                byte[] content = in.readNBytes(ScenarioFormat.MAX_BYTES + 1);
                if (content.length > ScenarioFormat.MAX_BYTES) {
                    throw tooBig(file, "more than " + String.format(Locale.ROOT, "%,d", ScenarioFormat.MAX_BYTES));
                }
                return content;
            }
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(file, "permission denied: this user may not read it", e);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, "there is no such file", e);
        } catch (IOException e) {
            throw new ScenarioFileException(file, "it could not be read: " + e.getMessage(), e);
        }
    }

    private Scenario parseChecked(byte[] content, Path file) {
        if (content.length == 0) {
            throw new ScenarioFileException(file, "the file is empty");
        }
        if (content.length > ScenarioFormat.MAX_BYTES) {
            throw tooBig(file, String.format(Locale.ROOT, "%,d", content.length));
        }
        if (JsonText.looksBinary(content)) {
            throw new ScenarioFileException(file, "it is not a scenario file: it holds binary data, not JSON text");
        }
        JsonNode tree = JsonText.parse(content, file);
        if (tree == null || tree.isMissingNode()) {
            throw new ScenarioFileException(file, "the file holds only white space");
        }
        if (!tree.isObject()) {
            throw new ScenarioFileException(file, "it is not a scenario file: it holds "
                    + Json.describe(tree) + " where a scenario starts with {");
        }
        ObjectNode document = (ObjectNode) tree;
        try {
            upgrade(document, version(document));
            return TreeReader.read(document);
        } catch (FieldError e) {
            Optional<JsonLocation> at = JsonText.locate(content, e.locatedAt().pointer());
            String path = e.where().path().isEmpty() ? null : e.where().path();
            throw new ScenarioFileException(file, at.map(JsonLocation::getLineNr).orElse(0),
                    at.map(JsonLocation::getColumnNr).orElse(0), path, e.getMessage(), null);
        }
    }

    private SchemaVersion version(ObjectNode document) {
        Where where = Where.ROOT.field(ScenarioFormat.SCHEMA_VERSION);
        JsonNode node = document.get(ScenarioFormat.SCHEMA_VERSION);
        if (node == null) {
            throw new FieldError(Where.ROOT, "it is not a scenario file: it has no schemaVersion");
        }
        Optional<SchemaVersion> version = node.isTextual() ? SchemaVersion.parse(node.textValue()) : Optional.empty();
        if (version.isEmpty()) {
            throw new FieldError(where, "schemaVersion must be text of the form major.minor, such as \""
                    + current + "\"; got " + Json.describe(node));
        }
        SchemaVersion found = version.get();
        if (found.major() > current.major()) {
            throw new FieldError(where, "it was written by a newer version of the planner (schemaVersion "
                    + found + "); this version reads schemaVersion " + current.major()
                    + ".x and older. Update the planner to open it.");
        }
        return found;
    }

    private void upgrade(ObjectNode document, SchemaVersion found) {
        SchemaVersion reached = found;
        for (Migration migration : migrations) {
            if (reached.compareTo(migration.to()) < 0) {
                try {
                    migration.apply(document);
                } catch (IllegalArgumentException e) {
                    throw new FieldError(Where.ROOT, "it could not be brought up from schemaVersion " + found
                            + " to " + migration.to() + ": " + e.getMessage());
                }
                reached = migration.to();
            }
        }
        if (reached.major() < current.major()) {
            throw new FieldError(Where.ROOT.field(ScenarioFormat.SCHEMA_VERSION), "schemaVersion " + found
                    + " is older than any this version reads (" + current.major() + ".0 and later)");
        }
    }

    private static ScenarioFileException tooBig(Path file, String size) {
        return new ScenarioFileException(file, "it is " + size + " bytes, and a scenario file is at most "
                + String.format(Locale.ROOT, "%,d", ScenarioFormat.MAX_BYTES) + " bytes (1 MB)");
    }
}
