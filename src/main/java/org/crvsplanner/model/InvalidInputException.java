package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * An input outside the model's rules. The message names the field, the allowed range and the
 * value that was given, so it can be shown to a person as it is, in English or French.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient InputField field;
    private final String key;
    private final transient Object[] args;

    private InvalidInputException(InputField field, String key, Object[] args) {
        super(field.key() + " " + Wording.ENGLISH.text(key, args));
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /**
     * @param key the problem's text in the model's bundle, e.g. {@code invalid.range}
     * @param args its placeholders; numbers are written in the reader's language
     */
    static InvalidInputException of(InputField field, String key, Object... args) {
        return new InvalidInputException(requireNonNull(field, "field"), requireNonNull(key, "key"),
                Arrays.copyOf(args, args.length));
    }

    public InputField field() {
        return field;
    }

    /** The message without the field's name: "must be between 1 and 50 years; got 60". */
    public String problem() {
        return problem(Wording.ENGLISH);
    }

    /** The message without the field's name, in {@code wording}'s language. */
    public String problem(Wording wording) {
        return wording.text(key, args);
    }

    /** The message with the field called as the caller calls it, e.g. a command-line flag. */
    public String messageFor(String fieldName) {
        return messageFor(fieldName, Wording.ENGLISH);
    }

    public String messageFor(String fieldName, Wording wording) {
        return fieldName + " " + problem(wording);
    }
}
