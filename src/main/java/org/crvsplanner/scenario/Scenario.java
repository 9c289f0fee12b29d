package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ShownText;

/**
 * A what-if a planner keeps: a name, free-text notes and every model input, where its country's
 * figures came from, plus the fields of a newer version that it carries along unchanged.
 *
 * @param name a label such as "Pilot in 3 regions"; empty when the planner has not named it
 * @param notes free text, any length that fits in a scenario file
 * @param inputs the model inputs, already valid
 * @param unknownFields what a newer version wrote that this one keeps but does not use
 * @param countrySource the file, country and year the population and rates were imported from;
 *        empty when the planner typed them
 */
public record Scenario(String name, String notes, SizingInputs inputs, UnknownFields unknownFields,
        Optional<CountrySource> countrySource) {

    /**
     * Half of a surrogate pair without its other half, in the name or the notes, becomes U+FFFD:
     * it is no character, a scenario file cannot hold it, and a workbook's XML cannot either.
     */
    public Scenario {
        name = ShownText.wellFormed(requireNonNull(name, "name"));
        notes = ShownText.wellFormed(requireNonNull(notes, "notes"));
        requireNonNull(inputs, "inputs");
        requireNonNull(unknownFields, "unknownFields");
        requireNonNull(countrySource, "countrySource");
    }

    /** A scenario whose figures were typed, not imported. */
    public Scenario(String name, String notes, SizingInputs inputs, UnknownFields unknownFields) {
        this(name, notes, inputs, unknownFields, Optional.empty());
    }

    public static Scenario of(String name, String notes, SizingInputs inputs) {
        return new Scenario(name, notes, inputs, UnknownFields.NONE);
    }

    /** An unnamed scenario without notes. */
    public static Scenario of(SizingInputs inputs) {
        return of("", "", inputs);
    }

    public Scenario withName(String value) {
        return new Scenario(value, notes, inputs, unknownFields, countrySource);
    }

    public Scenario withNotes(String value) {
        return new Scenario(name, value, inputs, unknownFields, countrySource);
    }

    /** The same scenario with other inputs; fields of a newer version stay with it. */
    public Scenario withInputs(SizingInputs value) {
        return new Scenario(name, notes, value, unknownFields, countrySource);
    }

    public Scenario withUnknownFields(UnknownFields value) {
        return new Scenario(name, notes, inputs, value, countrySource);
    }

    /** The same scenario with its figures' source; empty when the planner typed them. */
    public Scenario withCountrySource(Optional<CountrySource> value) {
        return new Scenario(name, notes, inputs, unknownFields, value);
    }
}
