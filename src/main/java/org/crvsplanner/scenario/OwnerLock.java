package org.crvsplanner.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, held by this process until {@link #release()} or until the
 * process ends, however it ends: the operating system drops the lock with the process.
 *
 * <p>File locks belong to the whole JVM, and on POSIX systems closing <em>any</em> channel on a
 * locked file drops the JVM's lock on it. So this JVM never opens a file it already holds: the
 * files it holds are remembered in {@link #HELD} and reported as taken without touching them.
 */
final class OwnerLock {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the lock file and locks it, writing {@code owner} into it for people who look.
     *
     * @return empty when another process took the new file first
     * @throws IOException when the file exists already or cannot be created
     */
    static Optional<OwnerLock> create(Path file, String owner) throws IOException {
        Path key = key(file);
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    AppDataFolder.ownerOnlyFile(key));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return Optional.empty();
            }
            // For people who look; the lock is what counts, so no need to wait for the disk.
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new OwnerLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(key);
            throw e;
        }
    }

    /**
     * Takes the lock of an existing lock file, when no running process holds it.
     *
     * @return empty when the file is missing or a running process, this one included, holds it
     */
    static Optional<OwnerLock> take(Path file) {
        Path key = key(file);
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new OwnerLock(key, channel, lock));
            }
        } catch (NoSuchFileException | OverlappingFileLockException e) {
            // No owner file yet (a copy that is just starting), or held: not ours to take.
        } catch (IOException e) {
            // Unreadable or locked in a way we cannot tell: leave it to whoever owns it.
        }
        closeQuietly(channel);
        HELD.remove(key);
        return Optional.empty();
    }

    Path file() {
        return file;
    }

    /** Lets go of the lock; the file stays. */
    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through it that matters; the lock goes with the process anyway.
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
