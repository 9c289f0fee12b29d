package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a scenario's population and rates came from: a publisher's file, a country and a year.
 * Each figure keeps the value the file gave, so an input still "comes from the file" only while
 * it holds that value; a planner who types another figure has made it their own.
 *
 * @param country the ISO 3166 alpha-3 code, such as {@code UGA}
 * @param countryName the country's name as the file writes it
 * @param year the calendar year the figures are for
 * @param figures one per input filled, in the order of {@link Inputs#ALL}
 */
public record CountrySource(Publisher publisher, String country, String countryName, int year,
        List<SourcedFigure> figures) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** Longer than any country's name in the publishers' files. */
    public static final int MAX_NAME_LENGTH = 200;

    public CountrySource {
        requireNonNull(publisher, "publisher");
        requireNonNull(country, "country");
        // A file's name, decoded by us or typed by a person, must never hold half a character: a
        // scenario file cannot hold it.
        countryName = PrintableText.wellFormed(requireNonNull(countryName, "countryName"));
        if (!ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("a country is named by its ISO3 code; got " + country);
        }
        if (countryName.isBlank() || countryName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a country's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (year < Projection.EARLIEST_YEAR || year > Projection.LATEST_YEAR) {
            throw new IllegalArgumentException("no country figures for the year " + year);
        }
        figures = List.copyOf(figures);
        Set<InputField> seen = EnumSet.noneOf(InputField.class);
        for (SourcedFigure figure : figures) {
            if (!seen.add(figure.field())) {
                throw new IllegalArgumentException(figure.field().key() + " has two sources");
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("a source gives at least one figure");
        }
    }

    public Optional<SourcedFigure> figure(InputField field) {
        return figures.stream().filter(f -> f.field() == field).findFirst();
    }

    /** Whether {@code input} still holds the figure the file gave it. */
    public boolean supplies(NumberInput input, SizingInputs in) {
        return figure(input.field()).filter(f -> Double.compare(f.value(), input.get(in)) == 0).isPresent();
    }

    /** The figures that {@code in} still holds as the file gave them. */
    public List<SourcedFigure> inUse(SizingInputs in) {
        List<SourcedFigure> used = new ArrayList<>();
        for (SourcedFigure figure : figures) {
            Inputs.of(figure.field()).filter(input -> supplies(input, in)).ifPresent(input -> used.add(figure));
        }
        return used;
    }

    /** The files the figures came from, each once, in the figures' order. */
    public List<String> files() {
        return figures.stream().map(SourcedFigure::file).distinct().toList();
    }

    /** The oldest "last updated" date of the files, or empty when none carries one. */
    public Optional<LocalDate> lastUpdated() {
        return figures.stream().map(SourcedFigure::lastUpdated).filter(d -> d != null).min(LocalDate::compareTo);
    }
}
