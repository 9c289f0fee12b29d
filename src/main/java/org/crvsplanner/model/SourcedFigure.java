package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One input's figure as a country figures file gave it.
 *
 * @param field the input it filled: population, a crude rate or growth
 * @param value the figure exactly as the file gave it, in the input's unit
 * @param indicator the file's name for it, such as {@code SP.DYN.CBRT.IN} or {@code CBR}
 * @param file the file's name, without its folder (a scenario travels between computers)
 * @param lastUpdated the file's own "last updated" date, or null when the file carries none
 */
public record SourcedFigure(InputField field, double value, String indicator, String file, LocalDate lastUpdated) {
    /** The inputs a country's figures fill. */
    public static final Set<InputField> FIELDS = Set.of(InputField.POPULATION, InputField.CRUDE_BIRTH_RATE,
            InputField.CRUDE_DEATH_RATE, InputField.GROWTH_PERCENT);

    public SourcedFigure {
        requireNonNull(field, "field");
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("country figures do not fill " + field.key());
        }
        field.check(value);
        indicator = PrintableText.wellFormed(requireNonNull(indicator, "indicator"));
        file = PrintableText.wellFormed(requireNonNull(file, "file"));
        if (indicator.isBlank() || file.isBlank()) {
            throw new IllegalArgumentException("a figure names its indicator and its file");
        }
    }

    public Optional<LocalDate> updated() {
        return Optional.ofNullable(lastUpdated);
    }
}
