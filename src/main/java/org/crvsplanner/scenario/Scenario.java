package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ShownText;

/**
 * A what-if a planner keeps: a name, free-text notes, every model input and the ranges around
 * some of them, where its country's figures came from, plus the fields of a newer version that it
 * carries along unchanged.
 *
 * @param name a label such as "Pilot in 3 regions"; empty when the planner has not named it
 * @param notes free text, any length that fits in a scenario file
 * @param inputs the model inputs, already valid; each range's likely value is its input's
 * @param ranges the low and high estimates of some inputs, which fit {@code inputs}
 * @param unknownFields what a newer version wrote that this one keeps but does not use
 * @param countrySource the file, country and year the population and rates were imported from;
 *        empty when the planner typed them
 */
public record Scenario(String name, String notes, SizingInputs inputs, InputRanges ranges,
        UnknownFields unknownFields, Optional<CountrySource> countrySource) {

    /**
     * Half of a surrogate pair without its other half, in the name or the notes, becomes U+FFFD:
     * it is no character, a scenario file cannot hold it, and a workbook's XML cannot either.
     *
     * @throws org.crvsplanner.model.InvalidInputException when a range does not fit the inputs,
     *         since such a scenario could not be opened again once saved
     */
    public Scenario {
        name = ShownText.wellFormed(requireNonNull(name, "name"));
        notes = ShownText.wellFormed(requireNonNull(notes, "notes"));
        requireNonNull(inputs, "inputs");
        requireNonNull(ranges, "ranges").check(inputs);
        requireNonNull(unknownFields, "unknownFields");
        requireNonNull(countrySource, "countrySource");
    }

    /** A scenario whose figures were typed, not imported, without ranges. */
    public Scenario(String name, String notes, SizingInputs inputs, UnknownFields unknownFields) {
        this(name, notes, inputs, InputRanges.NONE, unknownFields, Optional.empty());
    }

    /** A scenario whose figures were typed, not imported. */
    public Scenario(String name, String notes, SizingInputs inputs, InputRanges ranges, UnknownFields unknownFields) {
        this(name, notes, inputs, ranges, unknownFields, Optional.empty());
    }

    public static Scenario of(String name, String notes, SizingInputs inputs) {
        return new Scenario(name, notes, inputs, UnknownFields.NONE);
    }

    /** An unnamed scenario without notes. */
    public static Scenario of(SizingInputs inputs) {
        return of("", "", inputs);
    }

    public Scenario withName(String value) {
        return new Scenario(value, notes, inputs, ranges, unknownFields, countrySource);
    }

    public Scenario withNotes(String value) {
        return new Scenario(name, value, inputs, ranges, unknownFields, countrySource);
    }

    /**
     * The same scenario with other inputs; fields of a newer version stay with it, and the ranges
     * are fitted to the new likely values ({@link InputRanges#fitTo}).
     */
    public Scenario withInputs(SizingInputs value) {
        return new Scenario(name, notes, value, ranges.fitTo(value), unknownFields, countrySource);
    }

    /** @throws org.crvsplanner.model.InvalidInputException when a range does not fit the inputs */
    public Scenario withRanges(InputRanges value) {
        return new Scenario(name, notes, inputs, value, unknownFields, countrySource);
    }

    public Scenario withUnknownFields(UnknownFields value) {
        return new Scenario(name, notes, inputs, ranges, value, countrySource);
    }

    /** The same scenario with its figures' source; empty when the planner typed them. */
    public Scenario withCountrySource(Optional<CountrySource> value) {
        return new Scenario(name, notes, inputs, ranges, unknownFields, value);
    }
}
