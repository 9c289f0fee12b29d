package org.crvsplanner.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The class archives {@link FastStart}'s second JVM maps or writes, in the user's cache folder:
 * where they live, whether one can be mapped or written, keeping a written one and clearing out
 * old ones. A cache: when anything here fails, the next start is only slower.
 */
final class ClassArchives {
    static final String PREFIX = "crvs-planner-";
    static final String SUFFIX = ".jsa";
    /**
     * Archives kept for each {@link FastStart.Purpose}, the newest: another jar, JDK or options
     * may still use the one before. A new build of the jar gets a new archive, so older ones are
     * mostly of jars long replaced.
     */
    static final int KEPT = 2;
    /** Room one purpose's kept archives may take together; the newest is kept whatever its size. */
    static final long KEPT_BYTES = 128_000_000L;
    /** A half-written archive older than this belongs to a run that died. */
    static final Duration ABANDONED = Duration.ofHours(1);
    /** Crash reports of the second JVM are kept this long, to be read or sent with a bug report. */
    static final Duration REPORTS_KEPT = Duration.ofDays(30);
    private static final String CRASH = "crvs-planner-crash-";
    /** Room to leave for writing an archive, which is about 25 MB. */
    static final long SPACE_NEEDED = 100_000_000L;

    /** What an archive's file allows: map it, write it, or neither (no folder, no room). */
    enum State { MAP, WRITE, NONE }

    private ClassArchives() {
    }

    /**
     * Whether {@code archive} can be mapped, or written: its folder made, writable and with room.
     * A JVM told to write where it cannot fails as it exits, on every run.
     */
    static State state(Path archive) {
        try {
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return State.MAP;
            }
            Path folder = Files.createDirectories(archive.getParent());
            return Files.isWritable(folder) && Files.getFileStore(folder).getUsableSpace() >= SPACE_NEEDED
                    ? State.WRITE : State.NONE;
        } catch (IOException | SecurityException e) {
            return State.NONE;
        }
    }

    /** Where the second JVM whose process id is {@code pid} writes its crash report. */
    static Path crashReport(Path folder, String pid) {
        return folder.resolve(FastStart.join(CRASH, pid, ".log"));
    }

    /**
     * Moves a written archive into place, on disk before it is named, so that a power cut leaves
     * no half-written archive under the name the next start maps: a broken archive crashes the
     * JVM that maps it. One whose JVM never reached {@code main} or crashed is removed for the
     * same reason. Then clears out old ones.
     */
    static void keep(FastStart.Relaunch relaunch, SecondJvm.Ending ending) {
        try {
            if (relaunch.pending() != null && ending == SecondJvm.Ending.DONE && Files.size(relaunch.pending()) > 0) {
                try (FileChannel written = FileChannel.open(relaunch.pending(), StandardOpenOption.READ)) {
                    written.force(true);
                }
                Files.move(relaunch.pending(), relaunch.archive(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            if (relaunch.mapsArchive()
                    && (ending == SecondJvm.Ending.NOT_STARTED || ending == SecondJvm.Ending.CRASHED)) {
                Files.deleteIfExists(relaunch.archive());
            }
            if (relaunch.pending() != null) {
                Files.deleteIfExists(relaunch.pending());
            }
            if (Files.isDirectory(relaunch.archive().getParent())) {
                prune(relaunch.archive().getParent(), Instant.now());
            }
        } catch (IOException | UncheckedIOException e) {
            // A cache: without it the next start is slower, nothing else.
        }
    }

    /**
     * Keeps at most the {@value #KEPT} newest archives of each purpose within {@value #KEPT_BYTES}
     * bytes, no abandoned half-written ones, and crash reports for {@link #REPORTS_KEPT}.
     */
    static void prune(Path folder, Instant now) throws IOException {
        List<Path> archives;
        List<Path> old = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ours = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
            archives = ours.stream().filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ClassArchives::modified).reversed()).toList();
            ours.stream().filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> modified(f).plus(ABANDONED).isBefore(now)).forEach(old::add);
            ours.stream().filter(f -> f.getFileName().toString().startsWith(CRASH))
                    .filter(f -> modified(f).plus(REPORTS_KEPT).isBefore(now)).forEach(old::add);
        }
        for (FastStart.Purpose purpose : FastStart.Purpose.values()) {
            List<Path> its = archives.stream().filter(a -> purposeOf(a) == purpose).toList();
            long bytes = 0;
            for (int i = 0; i < its.size(); i++) {
                bytes += Files.size(its.get(i));
                if (i >= KEPT || i > 0 && bytes > KEPT_BYTES) {
                    old.add(its.get(i));
                }
            }
        }
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
    }

    /** The purpose whose name the archive carries: the longest that fits, since the window's is empty. */
    static FastStart.Purpose purposeOf(Path archive) {
        String name = archive.getFileName().toString();
        FastStart.Purpose found = FastStart.Purpose.WINDOW;
        for (FastStart.Purpose purpose : FastStart.Purpose.values()) {
            if (name.startsWith(PREFIX + purpose.archiveName())
                    && purpose.archiveName().length() > found.archiveName().length()) {
                found = purpose;
            }
        }
        return found;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** $XDG_CACHE_HOME/crvs-planner (~/.cache/crvs-planner), or ~/Library/Caches/CRVS Capacity Planner. */
    static Path folder(String os) {
        String override = System.getProperty(FastStart.CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(System.getProperty("user.home"));
        if (os.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("CRVS Capacity Planner");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("crvs-planner");
    }
}
