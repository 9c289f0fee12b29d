package org.crvsplanner.countrydata;

/**
 * The bytes read across all the files of one import, reported to the listener, and the one place
 * that asks whether to stop: every read and every few rows pass through here.
 */
final class ImportProgress {
    private final ImportListener listener;
    private final long total;
    private long done;

    ImportProgress(ImportListener listener, long total) {
        this.listener = listener;
        this.total = Math.max(total, 1);
    }

    /** Moves on by {@code bytes} of the files as stored; stops the import if it was cancelled. */
    void advance(long bytes) {
        done = Math.min(total, done + Math.max(bytes, 0));
        listener.progress(done, total);
        checkCancelled();
    }

    /** Sets the bytes read to at least {@code value}, for readers that know their position. */
    void reach(long value) {
        advance(value - done);
    }

    long done() {
        return done;
    }

    void checkCancelled() {
        // The window cancels a background task by interrupting its thread.
        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new ImportCancelledException();
        }
    }
}
