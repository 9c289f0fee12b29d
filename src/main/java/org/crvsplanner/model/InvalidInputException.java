package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

/**
 * An input outside the model's rules. The message names the field, the allowed range and the
 * value that was given, so it can be shown to a person as it is.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient InputField field;
    private final String problem;

    public InvalidInputException(InputField field, String problem) {
        super(requireNonNull(field, "field").key() + " " + requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    public InputField field() {
        return field;
    }

    /** The message without the field's name: "must be between 1 and 50 years; got 60". */
    public String problem() {
        return problem;
    }

    /** The message with the field called as the caller calls it, e.g. a command-line flag. */
    public String messageFor(String fieldName) {
        return fieldName + " " + problem;
    }
}
