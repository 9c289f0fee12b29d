package org.crvsplanner.scenario;

import java.nio.file.Path;

/**
 * The recovery folder of a planner that is gone without a clean exit, found by
 * {@link RecoverySession#leftovers()}. While this object holds it, no other copy of the planner
 * offers it; {@link #discard()} deletes it once its snapshots are restored or refused, and
 * {@link #release()} leaves it for the next start.
 */
public final class LeftoverSession {
    private final Path folder;
    private final OwnerLock lock;
    private final RecoveryStore store;
    private boolean done;

    LeftoverSession(Path folder, OwnerLock lock) {
        this.folder = folder;
        this.lock = lock;
        this.store = new RecoveryStore(folder);
    }

    public Path folder() {
        return folder;
    }

    /** @throws FileProblem when the folder cannot be listed */
    public RecoveryStore.Listing listing() {
        return store.list();
    }

    /**
     * Deletes the snapshots and the folder.
     *
     * @throws FileProblem naming what could not be deleted; the lock is released regardless
     */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            store.discardAll();
        } catch (FileProblem e) {
            lock.release();
            throw e;
        }
        RecoverySession.deleteFolder(folder, lock);
    }

    void discardQuietly() {
        try {
            discard();
        } catch (FileProblem e) {
            // An empty leftover is no one's work; the next start tries again.
        }
    }

    /** Keeps the snapshots for another time and lets go of the folder. */
    public void release() {
        if (!done) {
            done = true;
            lock.release();
        }
    }
}
