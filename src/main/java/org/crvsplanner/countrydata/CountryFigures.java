package org.crvsplanner.countrydata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.text.ModelWords;

/**
 * One country's figures for one year, checked against the planner's ranges, ready to fill the
 * inputs and to say where they came from.
 */
public final class CountryFigures {
    private final CountryData data;
    private final Country country;
    private final int year;
    private final Map<InputField, Double> values;

    private CountryFigures(CountryData data, Country country, int year, Map<InputField, Double> values) {
        this.data = data;
        this.country = country;
        this.year = year;
        this.values = Collections.unmodifiableMap(values);
    }

    static CountryFigures of(CountryData data, Country country, int year) {
        Map<InputField, Double> values = new EnumMap<>(InputField.class);
        Map<InputField, YearSeries> medium = data.series(country.iso3(), Variant.MEDIUM);
        for (InputField field : data.fields()) {
            FigureSource source = data.source(field, Variant.MEDIUM);
            YearSeries series = medium.get(field);
            OptionalDouble value = series == null ? OptionalDouble.empty() : series.get(year);
            if (value.isEmpty()) {
                throw CountryDataException.picking(source.file().path(), DataWords.of("noFigure",
                        source.indicator(), country.toString(), Integer.toString(year), yearsOf(series)), null);
            }
            values.put(field, checked(source, country, year, field, value.getAsDouble()));
        }
        return new CountryFigures(data, country, year, values);
    }

    private static String yearsOf(YearSeries series) {
        int[] years = series == null ? new int[0] : series.years();
        return years.length == 0 ? "–" : years[0] + "–" + years[years.length - 1];
    }

    private static double checked(FigureSource source, Country country, int year, InputField field, double value) {
        try {
            return field.check(value);
        } catch (InvalidInputException e) {
            throw CountryDataException.picking(source.file().path(), DataWords.of("outOfRange", source.indicator(),
                    country.toString(), Integer.toString(year), value,
                    (org.crvsplanner.text.Wording.Phrase) wording -> ModelWords.range(field, wording)), e);
        }
    }

    public Country country() {
        return country;
    }

    public int year() {
        return year;
    }

    public Publisher publisher() {
        return data.publisher();
    }

    /** The figure for an input, exactly as the file gave it; empty when the files do not give it. */
    public OptionalDouble value(InputField field) {
        Double value = values.get(field);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Where the figures came from, as a scenario records it. */
    public CountrySource source() {
        List<SourcedFigure> figures = new ArrayList<>();
        for (var input : Inputs.ALL) {
            if (input instanceof org.crvsplanner.model.NumberInput number && values.containsKey(number.field())) {
                FigureSource source = data.source(number.field(), Variant.MEDIUM);
                figures.add(new SourcedFigure(number.field(), values.get(number.field()), source.indicator(),
                        source.file().name(), source.file().lastUpdated()));
            }
        }
        return new CountrySource(data.publisher(), country.iso3(), country.name(), year, figures);
    }

    /**
     * Fills the inputs the files give, through {@link Inputs}, and follows the projection or not:
     * without it any projection followed before is dropped, since its year 1 no longer matches.
     *
     * @throws CountryDataException when {@code follow} is asked of files without a projection
     */
    public void fill(SizingInputs.Builder builder, boolean follow) {
        values.forEach((field, value) -> Inputs.of(field).orElseThrow().set(builder, value));
        Inputs.PROJECTION.set(builder, follow ? projection().orElseThrow(this::noProjection) : Projection.NONE);
    }

    private CountryDataException noProjection() {
        return CountryDataException.picking(data.files().get(0).path(), DataWords.of("noProjection"), null);
    }

    /** The Medium variant from this year on, as long as the population and both rates continue. */
    public Optional<Projection> projection() {
        return projection(Variant.MEDIUM);
    }

    /**
     * A variant's projection from this year on, at most {@link Projection#MAX_YEARS} years; empty
     * for World Bank files, or when the files lack the variant or its first year.
     *
     * @throws CountryDataException when a projected figure lies outside the planner's range
     */
    public Optional<Projection> projection(Variant variant) {
        if (!data.hasProjection()) {
            return Optional.empty();
        }
        Map<InputField, YearSeries> series = data.series(country.iso3(), variant);
        YearSeries people = series.get(InputField.POPULATION);
        YearSeries births = series.get(InputField.CRUDE_BIRTH_RATE);
        YearSeries deaths = series.get(InputField.CRUDE_DEATH_RATE);
        if (people == null || births == null || deaths == null) {
            return Optional.empty();
        }
        List<ProjectedYear> years = new ArrayList<>();
        for (int y = year; years.size() < Projection.MAX_YEARS && people.has(y) && births.has(y) && deaths.has(y);
                y++) {
            long population = (long) checked(data.source(InputField.POPULATION, variant), country, y,
                    InputField.POPULATION, people.get(y).getAsDouble());
            double birth = checked(data.source(InputField.CRUDE_BIRTH_RATE, variant), country, y,
                    InputField.CRUDE_BIRTH_RATE, births.get(y).getAsDouble());
            double death = checked(data.source(InputField.CRUDE_DEATH_RATE, variant), country, y,
                    InputField.CRUDE_DEATH_RATE, deaths.get(y).getAsDouble());
            years.add(new ProjectedYear(population, birth, death));
        }
        return years.isEmpty() ? Optional.empty() : Optional.of(Projection.of(year, years));
    }
}
