package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recovery snapshots of one running copy of the planner.
 *
 * <p>Each copy keeps its snapshots in a folder of its own, {@code session-<id>} under the
 * recovery folder, and locks {@code owner.lock} in it while it runs. The operating system drops
 * that lock when the process ends, however it ends. So a session folder whose lock is free was
 * left by a copy that is gone (a crash, a kill, a power cut) and its snapshots are work to offer
 * back; a folder whose lock is held belongs to a copy that is still running, and is neither
 * offered nor deleted. That is what lets two copies run side by side without taking each other's
 * snapshots for crash leftovers.
 */
public final class RecoverySession {
    static final String PREFIX = "session-";
    static final String LOCK_FILE = "owner.lock";
    private static final Pattern FOLDER = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9-]{1,64}");
    private static final int ATTEMPTS = 5;

    private final Path root;
    private final Path folder;
    private final OwnerLock lock;
    private final RecoveryStore store;
    private boolean closed;

    private RecoverySession(Path root, Path folder, OwnerLock lock) {
        this.root = root;
        this.folder = folder;
        this.lock = lock;
        this.store = new RecoveryStore(folder);
    }

    /**
     * Starts this process's session: a new folder under {@code recoveryFolder}, locked.
     *
     * @throws FileProblem when the folder or its lock cannot be created
     */
    public static RecoverySession start(Path recoveryFolder) {
        Path root = requireNonNull(recoveryFolder, "recoveryFolder").toAbsolutePath().normalize();
        AppDataFolder.createPrivateFolder(root.getParent() != null ? root.getParent() : root);
        AppDataFolder.createPrivateFolder(root);
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path folder = root.resolve(PREFIX + sessionId(attempt));
            try {
                Files.createDirectory(folder, AppDataFolder.ownerOnly(folder));
                Optional<OwnerLock> lock = OwnerLock.create(folder.resolve(LOCK_FILE), ownerText());
                if (lock.isPresent()) {
                    return new RecoverySession(root, folder, lock.get());
                }
                // Another copy, looking for leftovers, locked the brand-new file first; it will
                // find the folder empty and delete it. Start again under another name.
            } catch (IOException e) {
                last = e;
            }
        }
        throw new FileProblem(root, last != null
                ? FileWords.of("recovery.cannotUseBecause", String.valueOf(last.getMessage()))
                : FileWords.of("recovery.cannotUse"), last);
    }

    /**
     * Unique among running copies by the process id, and among copies over time by the clock; a
     * folder that exists all the same makes {@link #start} try the next attempt. Cheaper at start
     * than a random UUID, whose secure random source takes a moment to set up.
     */
    private static String sessionId(int attempt) {
        return ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + attempt;
    }

    private static String ownerText() {
        return "Held by the CRVS Capacity Planner process " + ProcessHandle.current().pid() + ", started "
                + Instant.now() + ".\nWhile it runs, its recovery snapshots are not offered to others.\n";
    }

    /** Where this session's snapshots go. */
    public RecoveryStore store() {
        return store;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The sessions of copies that are gone and left snapshots, each now locked by this session
     * until it is {@linkplain LeftoverSession#discard() discarded} or
     * {@linkplain LeftoverSession#release() released}. Leftovers without snapshots are deleted on
     * the way.
     *
     * @throws FileProblem when the recovery folder cannot be listed
     */
    public List<LeftoverSession> leftovers() {
        List<LeftoverSession> found = new ArrayList<>();
        for (Path other : sessionFolders()) {
            if (other.equals(folder)) {
                continue;
            }
            Optional<OwnerLock> taken = OwnerLock.take(other.resolve(LOCK_FILE));
            if (taken.isEmpty()) {
                continue;
            }
            LeftoverSession leftover = new LeftoverSession(other, taken.get());
            RecoveryStore.Listing listing;
            try {
                listing = leftover.listing();
            } catch (FileProblem e) {
                leftover.release();
                continue;
            }
            if (listing.snapshots().isEmpty() && listing.unreadable().isEmpty()) {
                leftover.discardQuietly();
            } else {
                found.add(leftover);
            }
        }
        return found;
    }

    private List<Path> sessionFolders() {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            for (Path path : stream) {
                if (FOLDER.matcher(path.getFileName().toString()).matches() && Files.isDirectory(path)) {
                    folders.add(path);
                }
            }
        } catch (IOException e) {
            throw new FileProblem(root, FileWords.of("recovery.cannotList", String.valueOf(e.getMessage())), e);
        }
        folders.sort(null);
        return folders;
    }

    /**
     * The clean exit: deletes this session's snapshots and folder and lets go of the lock.
     *
     * @throws FileProblem naming what could not be deleted; the lock is released regardless
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            store.discardAll();
        } catch (FileProblem e) {
            lock.release();
            throw e;
        }
        deleteFolder(folder, lock);
    }

    /**
     * Releases the lock, then deletes the session folder with what is left in it: the lock file
     * and any temporary file of a save that a crash interrupted. The folder is the session's own.
     */
    static void deleteFolder(Path folder, OwnerLock lock) {
        // Windows cannot delete a file that is open, so the lock goes first.
        lock.release();
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        } catch (NoSuchFileException e) {
            // Someone else tidied it up first.
        } catch (IOException e) {
            throw new FileProblem(folder, FileWords.of("recovery.cannotDeleteFolder", String.valueOf(e.getMessage())), e);
        }
    }
}
