package org.crvsplanner.countrydata;

/** The import stopped because it was cancelled; nothing was imported. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportCancelledException() {
        super("the import was cancelled");
    }
}
