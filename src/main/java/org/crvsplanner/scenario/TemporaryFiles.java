package org.crvsplanner.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link AtomicFile}: {@code .<name>.<random>.crvs-tmp} beside the target,
 * hidden, with the start of the target's name so that a person who sees one knows what it was
 * for. The name stays within every system's 255-byte limit, whatever the target's length.
 *
 * <p>A kill during a save leaves its temporary file behind. The next save in the same folder
 * removes those that are stale: of this pattern, older than {@link #STALE}, not being written by
 * this program, and not locked by another process (each save locks its temporary file while it
 * writes, and the system drops that lock when a process dies).
 */
final class TemporaryFiles {
    static final String SUFFIX = ".crvs-tmp";
    /** Older than any save takes; a save's file is written, and so touched, until it is moved. */
    static final Duration STALE = Duration.ofMinutes(1);
    /** Room for the dot, the random part and the suffix within 255 bytes, with plenty to spare. */
    private static final int MAX_NAME_BYTES = 100;
    private static final Pattern NAME = Pattern.compile("\\..+\\.[0-9a-z]{1,13}" + Pattern.quote(SUFFIX), Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The temporary files this program is writing, which no clean-up of its own may touch. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    /** Each folder's permissions for a new file; a folder's default rarely changes while the program runs. */
    private static final Map<Path, Set<PosixFilePermission>> NEW_FILE_PERMISSIONS = new ConcurrentHashMap<>();

    private TemporaryFiles() {
    }

    /**
     * Creates a new, empty temporary file for a target named {@code targetName} in {@code folder},
     * with {@code permissions} from the start where the system has POSIX permissions; null gives
     * it those of any new file there.
     */
    static Path create(Path folder, String targetName, Set<PosixFilePermission> permissions) throws IOException {
        FileAttribute<?>[] attributes = permissions != null && posix(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
        while (true) {
            Path temporary = folder.resolve(name(targetName));
            WRITING.add(temporary);
            try {
                return Files.createFile(temporary, attributes);
            } catch (FileAlreadyExistsException e) {
                WRITING.remove(temporary);
            } catch (IOException | RuntimeException e) {
                WRITING.remove(temporary);
                throw e;
            }
        }
    }

    /** Opens a temporary file for writing and locks it, where the file system allows, until it is closed. */
    static FileChannel open(Path temporary) throws IOException {
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            channel.tryLock();
        } catch (IOException e) {
            // A file system without locks: the age of the file alone protects it.
        }
        return channel;
    }

    /** After a save: forgets the temporary file, deleting it unless it became the target (null). */
    static void done(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The save already failed with a clearer message; the next save removes it.
        } finally {
            WRITING.remove(temporary);
        }
    }

    /** The name of a temporary file for the target {@code targetName}. */
    static String name(String targetName) {
        return "." + startOf(targetName) + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX;
    }

    static boolean isTemporaryName(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * The permissions a new file gets in {@code folder}: what the user's umask and the folder's
     * default leave of rw-rw-rw-. Learnt once per folder from an empty file created and deleted
     * at once, named as a temporary file so that a kill in between leaves nothing unexplained.
     */
    static Set<PosixFilePermission> newFilePermissions(Path folder, String targetName) throws IOException {
        Set<PosixFilePermission> known = NEW_FILE_PERMISSIONS.get(folder);
        if (known != null) {
            return known;
        }
        Path probe = create(folder, targetName, null);
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(probe);
            NEW_FILE_PERMISSIONS.put(folder, permissions);
            return permissions;
        } finally {
            done(probe);
        }
    }

    /** Removes the stale temporary files of earlier saves in {@code folder}; never fails a save. */
    static void removeStale(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (isTemporaryName(entry.getFileName().toString()) && !WRITING.contains(entry)) {
                    removeIfStale(entry, before);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy; the save itself goes on.
        }
    }

    private static void removeIfStale(Path entry, Instant before) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.lastModifiedTime().toInstant().isAfter(before)) {
            return;
        }
        boolean free;
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            try (FileLock lock = channel.tryLock()) {
                free = lock != null;
            }
        }
        if (free) {
            Files.deleteIfExists(entry);
        }
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The target's name cut, at a whole character, to {@link #MAX_NAME_BYTES} bytes of UTF-8. */
    private static String startOf(String targetName) {
        int bytes = 0;
        int end = 0;
        while (end < targetName.length()) {
            int codePoint = targetName.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_NAME_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return targetName.substring(0, end);
    }
}
