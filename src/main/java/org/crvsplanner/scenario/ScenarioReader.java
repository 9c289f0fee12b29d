package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.text.Wording;

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
            throw new ScenarioFileException(file, unexpected(e), e);
        }
    }

    private static byte[] load(Path file) {
        return FileReading.read(file, ScenarioFormat.MAX_BYTES);
    }

    private Scenario parseChecked(byte[] content, Path file) {
        if (content.length == 0) {
            throw new ScenarioFileException(file, FileWords.of("read.empty"));
        }
        if (content.length > ScenarioFormat.MAX_BYTES) {
            throw tooBig(file, (long) content.length);
        }
        if (JsonText.looksBinary(content)) {
            throw new ScenarioFileException(file, FileWords.of("read.binary"));
        }
        String text = FileEncoding.decode(content, file);
        JsonNode tree = JsonText.parse(text, file);
        if (tree == null || tree.isMissingNode()) {
            throw new ScenarioFileException(file, FileWords.of("read.whiteSpace"));
        }
        if (!tree.isObject()) {
            throw new ScenarioFileException(file, FileWords.of("read.notObject", Json.describe(tree)));
        }
        ObjectNode document = (ObjectNode) tree;
        try {
            JsonText.checkCharacters(document, Where.ROOT);
            upgrade(document, version(document));
            return TreeReader.read(document);
        } catch (FieldError e) {
            Optional<JsonLocation> at = JsonText.locate(text, e.locatedAt().pointer());
            String path = e.where().path().isEmpty() ? null : e.where().path();
            throw new ScenarioFileException(file, at.map(JsonLocation::getLineNr).orElse(0),
                    at.map(JsonLocation::getColumnNr).orElse(0), path, e.problem(), null);
        }
    }

    private SchemaVersion version(ObjectNode document) {
        Where where = Where.ROOT.field(ScenarioFormat.SCHEMA_VERSION);
        JsonNode node = document.get(ScenarioFormat.SCHEMA_VERSION);
        if (node == null) {
            throw new FieldError(Where.ROOT, FileWords.of("read.noSchemaVersion"));
        }
        Optional<SchemaVersion> version = node.isTextual() ? SchemaVersion.parse(node.textValue()) : Optional.empty();
        if (version.isEmpty()) {
            throw new FieldError(where, FileWords.of("read.badSchemaVersion", current, Json.describe(node)));
        }
        SchemaVersion found = version.get();
        if (found.major() > current.major()) {
            throw new FieldError(where, FileWords.of("read.newerMajor", found, String.valueOf(current.major())));
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
                    throw new FieldError(Where.ROOT, FileWords.of("read.migrationFailed", found, migration.to(),
                            String.valueOf(e.getMessage())));
                }
                reached = migration.to();
            }
        }
        if (reached.major() < current.major()) {
            throw new FieldError(Where.ROOT.field(ScenarioFormat.SCHEMA_VERSION),
                    FileWords.of("read.olderMajor", found, String.valueOf(current.major())));
        }
    }

    /** @param size the size in bytes (a number, grouped in the reader's style) or a phrase */
    private static ScenarioFileException tooBig(Path file, Object size) {
        return new ScenarioFileException(file, FileWords.of("read.tooBig", size, (long) ScenarioFormat.MAX_BYTES));
    }

    /** The English text starts with {@link #UNEXPECTED}; the failure itself is for programmers. */
    static Wording.Phrase unexpected(Exception e) {
        return FileWords.of("read.unexpected", String.valueOf(e));
    }
}
