package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which file a path named at one moment, as far as the system tells: its key (device and inode
 * where there are such), when it was last written and its length. Another file at the same path,
 * or the same file written since, has another identity.
 *
 * @param key the system's file key, or "" where it has none (Windows)
 * @param modified the last-modified time, in ISO-8601 with all the precision the system gives
 */
record FileIdentity(String key, String modified, long size) {
    private static final String KEY = "key";
    private static final String MODIFIED = "modified";
    private static final String SIZE = "size";

    FileIdentity {
        requireNonNull(key, "key");
        requireNonNull(modified, "modified");
    }

    /** The identity of the regular file at {@code file}, following links; empty for anything else. */
    static Optional<FileIdentity> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            Object key = attributes.fileKey();
            return Optional.of(new FileIdentity(key == null ? "" : key.toString(),
                    attributes.lastModifiedTime().toInstant().toString(), attributes.size()));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    ObjectNode toJson() {
        ObjectNode node = ScenarioFormat.NODES.objectNode();
        node.put(KEY, key);
        node.put(MODIFIED, modified);
        node.put(SIZE, size);
        return node;
    }

    /** The identity written by {@link #toJson()}, or empty when the node is not one. */
    static Optional<FileIdentity> fromJson(JsonNode node) {
        if (node == null || !node.path(KEY).isTextual() || !node.path(MODIFIED).isTextual()
                || !node.path(SIZE).canConvertToLong()) {
            return Optional.empty();
        }
        return Optional.of(new FileIdentity(node.path(KEY).textValue(), node.path(MODIFIED).textValue(),
                node.path(SIZE).longValue()));
    }
}
