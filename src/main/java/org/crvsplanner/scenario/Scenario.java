package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.SizingInputs;

/**
 * A what-if a planner keeps: a name, free-text notes, every model input and the ranges around
 * some of them, plus the fields of a newer version that it carries along unchanged.
 *
 * @param name a label such as "Pilot in 3 regions"; empty when the planner has not named it
 * @param notes free text, any length that fits in a scenario file
 * @param inputs the model inputs, already valid; each range's likely value is its input's
 * @param ranges the low and high estimates of some inputs, which fit {@code inputs}
 * @param unknownFields what a newer version wrote that this one keeps but does not use
 */
public record Scenario(String name, String notes, SizingInputs inputs, InputRanges ranges,
        UnknownFields unknownFields) {

    /**
     * @throws org.crvsplanner.model.InvalidInputException when a range does not fit the inputs,
     *         since such a scenario could not be opened again once saved
     */
    public Scenario {
        requireNonNull(name, "name");
        requireNonNull(notes, "notes");
        requireNonNull(inputs, "inputs");
        requireNonNull(ranges, "ranges").check(inputs);
        requireNonNull(unknownFields, "unknownFields");
    }

    /** A scenario without ranges. */
    public Scenario(String name, String notes, SizingInputs inputs, UnknownFields unknownFields) {
        this(name, notes, inputs, InputRanges.NONE, unknownFields);
    }

    public static Scenario of(String name, String notes, SizingInputs inputs) {
        return new Scenario(name, notes, inputs, UnknownFields.NONE);
    }

    /** An unnamed scenario without notes. */
    public static Scenario of(SizingInputs inputs) {
        return of("", "", inputs);
    }

    public Scenario withName(String value) {
        return new Scenario(value, notes, inputs, ranges, unknownFields);
    }

    public Scenario withNotes(String value) {
        return new Scenario(name, value, inputs, ranges, unknownFields);
    }

    /**
     * The same scenario with other inputs; fields of a newer version stay with it, and the ranges
     * are fitted to the new likely values ({@link InputRanges#fitTo}).
     */
    public Scenario withInputs(SizingInputs value) {
        return new Scenario(name, notes, value, ranges.fitTo(value), unknownFields);
    }

    /** @throws org.crvsplanner.model.InvalidInputException when a range does not fit the inputs */
    public Scenario withRanges(InputRanges value) {
        return new Scenario(name, notes, inputs, value, unknownFields);
    }

    public Scenario withUnknownFields(UnknownFields value) {
        return new Scenario(name, notes, inputs, ranges, value);
    }
}
