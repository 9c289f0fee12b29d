package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Autosaved snapshots of unsaved scenarios, so that a crash loses nothing. Each open scenario has
 * an id and one snapshot, {@code <id>.crvsplan} in the folder given, written atomically. A
 * snapshot is an ordinary scenario file with one more top-level field that says which file it
 * belongs to and when it was taken. A clean exit discards them all; after a crash, {@link #list()}
 * finds them.
 */
public final class RecoveryStore {
    static final String MARK = "recoverySnapshot";
    private static final String FILE = "file";
    private static final String FILE_IDENTITY = "fileIdentity";
    private static final String SAVED_AT = "savedAt";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path folder;
    private final Clock clock;

    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    RecoveryStore(Path folder, Clock clock) {
        this.folder = requireNonNull(folder, "folder");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * A snapshot found after a crash.
     *
     * @param file the file the scenario belongs to, only when that is certain: the very file the
     *        snapshot names is still there, unchanged since the snapshot was taken, and still a
     *        scenario file. Empty otherwise, so that saving it asks where (Save As) instead of
     *        overwriting whatever is at that path now.
     * @param claimedFile the file the snapshot says it belongs to, to name it in the dialog;
     *        empty for a scenario never saved
     */
    public record Snapshot(String id, Scenario scenario, Optional<Path> file, Instant savedAt,
            Optional<Path> claimedFile) {
        public Snapshot {
            requireNonNull(id, "id");
            requireNonNull(scenario, "scenario");
            requireNonNull(file, "file");
            requireNonNull(savedAt, "savedAt");
            requireNonNull(claimedFile, "claimedFile");
        }
    }

    /** What {@link #list()} found: snapshots newest first, and snapshot files it could not read. */
    public record Listing(List<Snapshot> snapshots, List<FileProblem> unreadable) {
        public Listing {
            snapshots = List.copyOf(snapshots);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** A fresh id for a scenario the window opens. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Replaces the snapshot of one open scenario.
     *
     * @param file the file the scenario was opened from or saved to; null for an untitled one
     * @throws FileProblem when the snapshot cannot be written
     */
    public void save(String id, Scenario scenario, Path file) {
        requireNonNull(scenario, "scenario");
        ObjectNode mark = ScenarioFormat.NODES.objectNode();
        if (file != null) {
            Path absolute = file.toAbsolutePath().normalize();
            mark.put(FILE, absolute.toString());
            // What the file is now; a restore ties the scenario to the file again only if it still is.
            FileIdentity.of(absolute).ifPresent(identity -> mark.set(FILE_IDENTITY, identity.toJson()));
        }
        mark.put(SAVED_AT, clock.instant().toString());
        AppDataFolder.createPrivateFolder(folder);
        ScenarioFiles.writeWithRecoveryMark(fileFor(id), scenario.withUnknownFields(
                scenario.unknownFields().withTopLevel(MARK, Json.compact(mark))));
    }

    /** @throws FileProblem when the folder cannot be listed */
    public Listing list() {
        List<Snapshot> snapshots = new ArrayList<>();
        List<FileProblem> unreadable = new ArrayList<>();
        for (Path path : snapshotFiles()) {
            try {
                snapshots.add(snapshot(path));
            } catch (FileProblem e) {
                unreadable.add(e);
            }
        }
        snapshots.sort(Comparator.comparing(Snapshot::savedAt).reversed().thenComparing(Snapshot::id));
        return new Listing(snapshots, unreadable);
    }

    /** Drops the snapshot of one scenario, once it is saved or closed. @throws FileProblem */
    public void discard(String id) {
        delete(fileFor(id));
    }

    /** Drops every snapshot, on a clean exit. @throws FileProblem naming the first that stayed */
    public void discardAll() {
        FileProblem first = null;
        for (Path path : snapshotFiles()) {
            try {
                delete(path);
            } catch (FileProblem e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private Snapshot snapshot(Path path) {
        Scenario stored = ScenarioReader.standard().read(path);
        String id = idOf(path);
        String mark = stored.unknownFields().topLevel().get(MARK);
        Scenario scenario = ScenarioFiles.withoutRecoveryMark(stored);
        Optional<Path> file = Optional.empty();
        Optional<FileIdentity> identity = Optional.empty();
        Instant savedAt = null;
        if (mark != null) {
            try {
                JsonNode node = ScenarioFormat.MAPPER.readTree(mark);
                if (node.path(FILE).isTextual()) {
                    file = Optional.of(Path.of(node.path(FILE).textValue()));
                }
                identity = FileIdentity.fromJson(node.get(FILE_IDENTITY));
                savedAt = node.path(SAVED_AT).isTextual() ? Instant.parse(node.path(SAVED_AT).textValue()) : null;
            } catch (JsonProcessingException | InvalidPathException | DateTimeException e) {
                // The scenario itself is what matters; fall back to the file's own time below.
            }
        }
        if (savedAt == null) {
            try {
                savedAt = Files.getLastModifiedTime(path).toInstant();
            } catch (IOException e) {
                savedAt = Instant.EPOCH;
            }
        }
        Optional<FileIdentity> claimedIdentity = identity;
        return new Snapshot(id, scenario, file.filter(claimed -> stillTheSame(claimed, claimedIdentity)), savedAt,
                file);
    }

    /**
     * Whether the file a snapshot names is the one it named when the snapshot was taken: the same
     * identity, and still a scenario file. A snapshot from elsewhere, or a file replaced or
     * written since, fails, and the restored scenario is then saved only where the person says.
     */
    private static boolean stillTheSame(Path claimed, Optional<FileIdentity> identity) {
        if (identity.isEmpty() || !claimed.isAbsolute() || !identity.equals(FileIdentity.of(claimed))) {
            return false;
        }
        try {
            ScenarioFiles.read(claimed);
            return true;
        } catch (FileProblem e) {
            return false;
        }
    }

    private List<Path> snapshotFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + ScenarioFiles.EXTENSION)) {
            for (Path path : stream) {
                if (ID.matcher(idOf(path)).matches()) {
                    files.add(path);
                }
            }
        } catch (IOException e) {
            throw new FileProblem(folder, FileWords.of("recovery.cannotList", String.valueOf(e.getMessage())), e);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private Path fileFor(String id) {
        requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a recovery id has 1 to 64 letters, digits and dashes; got " + id);
        }
        return folder.resolve(id + ScenarioFiles.EXTENSION);
    }

    private static String idOf(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ScenarioFiles.EXTENSION.length());
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new FileProblem(path, FileWords.of("recovery.cannotDeleteSnapshot", String.valueOf(e.getMessage())), e);
        }
    }
}
