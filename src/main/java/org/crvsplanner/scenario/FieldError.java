package org.crvsplanner.scenario;

import org.crvsplanner.text.Wording;

/** A field of a parsed document that is wrong; the reader adds the file, line and column. */
final class FieldError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Where where;
    private final transient Where locatedAt;
    private final transient Wording.Phrase problem;

    FieldError(Where where, Wording.Phrase problem) {
        this(where, where, problem);
    }

    /** For a missing field, which has no line of its own: the line is that of its parent. */
    FieldError(Where where, Where locatedAt, Wording.Phrase problem) {
        // Thrown for bad files, which are expected; a stack trace would only cost time.
        super(null, null, false, false);
        this.where = where;
        this.locatedAt = locatedAt;
        this.problem = problem;
    }

    Where where() {
        return where;
    }

    Where locatedAt() {
        return locatedAt;
    }

    /** What is wrong, in the language asked for. */
    Wording.Phrase problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem.in(Wording.ENGLISH);
    }
}
