package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * An input outside the model's rules, as data: the field, the rule it breaks and the figures
 * involved. The {@code text} package words it for a person, in English or French, naming the
 * field as the reader calls it (a flag, a path in a file, a label).
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The rule an input breaks; each has its sentence under {@code invalid.<id>}. */
    public enum Problem {
        /** Arguments: the {@link InputField.Range} and the value given. */
        RANGE("range"),
        /** Arguments: the {@link InputField.Range} and the value given. */
        WHOLE("whole"),
        /** Argument: the year-1 coverage given. */
        COVERAGE_ONE_YEAR("coverageOneYear"),
        /** Arguments: the planning horizon and the year-1 coverage. */
        COVERAGE_RAMP("coverageRamp"),
        /** Arguments: the most event types allowed and how many were given. */
        EVENT_COUNT("eventCount"),
        /** Argument: the event type's name. */
        EVENT_BIRTH_OR_DEATH("eventBirthOrDeath"),
        /** Argument: the event type's name. */
        EVENT_TWICE("eventTwice"),
        /** Arguments: the longest name allowed and the name given. */
        EVENT_NAME_LENGTH("eventNameLength"),
        /** Argument: the event type's name, which holds a control character or a direction override. */
        EVENT_NAME_CHARACTERS("eventNameCharacters"),
        /** Argument: the text that is not in the NAME=RATE[:ATTACHMENTS] notation. */
        EVENT_NOTATION("eventNotation"),
        /** Arguments: the low, likely and high values of a range, in that order. */
        RANGE_ORDER("rangeOrder"),
        /** Arguments: the years the projection covers, its first and last calendar year (as text), the horizon. */
        PROJECTION_SHORT("projectionShort"),
        /** Arguments: the projection's figure for its first year, that year (as text), and the value given. */
        PROJECTION_START("projectionStart");

        private final String id;

        Problem(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final transient InputField field;
    private final Problem problem;
    private final transient Object[] args;

    private InvalidInputException(InputField field, Problem problem, Object[] args) {
        // For logs and stack traces only; people read the text package's sentence.
        super(field.key() + ": " + problem.id() + " " + Arrays.toString(args));
        this.field = field;
        this.problem = problem;
        this.args = args;
    }

    /**
     * @param args the figures the problem's sentence needs, in the order {@link Problem} gives:
     *        doubles stay doubles and counts stay integers, as the sentence writes them
     */
    public static InvalidInputException of(InputField field, Problem problem, Object... args) {
        return new InvalidInputException(requireNonNull(field, "field"), requireNonNull(problem, "problem"),
                Arrays.copyOf(args, args.length));
    }

    public InputField field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** The figures of the problem, in {@link Problem}'s order. */
    public List<Object> args() {
        return List.of(args);
    }
}
