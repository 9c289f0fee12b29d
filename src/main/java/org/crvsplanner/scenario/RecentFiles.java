package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The last {@value #LIMIT} scenario files opened or saved, most recent first, for File › Open
 * Recent. Files that no longer exist are pruned. The list lives in {@code recent-files.json} in
 * the folder given, written atomically; a broken list is not the planner's work, so it is simply
 * started afresh.
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    static final String FILE_NAME = "recent-files.json";
    private static final String KEY = "recentFiles";
    private static final int MAX_BYTES = 64 * 1024;

    private final Path folder;
    private final Path store;

    public RecentFiles(Path folder) {
        this.folder = requireNonNull(folder, "folder");
        this.store = folder.resolve(FILE_NAME);
    }

    /** The files that still exist, most recent first; missing ones are dropped from the list. */
    public synchronized List<Path> list() {
        List<Path> stored = load();
        List<Path> existing = stored.stream().filter(Files::isRegularFile).toList();
        if (existing.size() != stored.size()) {
            try {
                save(existing);
            } catch (FileProblem e) {
                // Pruning is tidying up; the list shown is right either way.
            }
        }
        return existing;
    }

    /**
     * Puts a file that was just opened or saved first.
     *
     * @return the new list
     * @throws FileProblem when the list cannot be stored
     */
    public synchronized List<Path> add(Path file) {
        Path added = normalised(requireNonNull(file, "file"));
        List<Path> files = new ArrayList<>();
        files.add(added);
        for (Path path : load()) {
            if (files.size() < LIMIT && !path.equals(added) && Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        save(files);
        return List.copyOf(files);
    }

    /** @throws FileProblem when the list cannot be stored */
    public synchronized void remove(Path file) {
        Path removed = normalised(requireNonNull(file, "file"));
        List<Path> files = new ArrayList<>(load());
        if (files.remove(removed)) {
            save(files);
        }
    }

    /** @throws FileProblem when the list cannot be stored */
    public synchronized void clear() {
        save(List.of());
    }

    private List<Path> load() {
        try {
            if (!Files.isRegularFile(store) || Files.size(store) > MAX_BYTES) {
                return List.of();
            }
            JsonNode files = ScenarioFormat.MAPPER.readTree(Files.readAllBytes(store)).path(KEY);
            List<Path> paths = new ArrayList<>();
            for (JsonNode entry : files) {
                if (entry.isTextual() && paths.size() < LIMIT) {
                    Path path = Path.of(entry.textValue());
                    if (path.isAbsolute() && !paths.contains(path)) {
                        paths.add(path);
                    }
                }
            }
            return paths;
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
    }

    private void save(List<Path> files) {
        ObjectNode root = ScenarioFormat.NODES.objectNode();
        ArrayNode list = root.putArray(KEY);
        files.forEach(path -> list.add(path.toString()));
        AppDataFolder.createPrivateFolder(folder);
        AtomicFile.writePrivate(store, out -> out.write(ScenarioFormat.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(root)));
    }

    private static Path normalised(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
