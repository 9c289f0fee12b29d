package org.crvsplanner.scenario;

/** A field of a parsed document that is wrong; the reader adds the file, line and column. */
final class FieldError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Where where;
    private final transient Where locatedAt;

    FieldError(Where where, String message) {
        this(where, where, message);
    }

    /** For a missing field, which has no line of its own: the line is that of its parent. */
    FieldError(Where where, Where locatedAt, String message) {
        // Thrown for bad files, which are expected; a stack trace would only cost time.
        super(message, null, false, false);
        this.where = where;
        this.locatedAt = locatedAt;
    }

    Where where() {
        return where;
    }

    Where locatedAt() {
        return locatedAt;
    }
}
