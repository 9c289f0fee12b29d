package org.crvsplanner.countrydata;

/** Told how far an import has got, and asked whether to stop. Called on the importing thread. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /** @param done bytes of the files read so far, as stored on disk; never more than {@code total} */
    default void progress(long done, long total) {
    }

    /** Whether the person asked to stop; the import then ends with {@link ImportCancelledException}. */
    default boolean cancelled() {
        return false;
    }
}
