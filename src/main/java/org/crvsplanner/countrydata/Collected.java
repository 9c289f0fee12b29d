package org.crvsplanner.countrydata;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Publisher;

/**
 * What the readers of one import have found so far: for each country only the four figures the
 * planner uses, in the variants it uses, so memory stays bounded whatever the file's size.
 */
final class Collected {
    private Publisher publisher;
    private Path publisherFile;
    private final Map<Variant, Map<InputField, FigureSource>> sources = new EnumMap<>(Variant.class);
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Map<Variant, Map<InputField, YearSeries>>> series = new HashMap<>();
    /** From a World Bank country metadata file: whether a code is a country (true) or an aggregate. */
    private final Map<String, Boolean> isCountry = new HashMap<>();

    /** @throws CountryDataException when files of both publishers are imported together */
    void publisher(Publisher value, Path file) {
        if (publisher != null && publisher != value) {
            throw new CountryDataException(file, DataWords.of("mixed", publisherFile.getFileName()));
        }
        publisher = value;
        publisherFile = file;
    }

    /** @throws CountryDataException when another file already gave this figure */
    void source(InputField field, Variant variant, FigureSource source) {
        Map<InputField, FigureSource> byField = sources.computeIfAbsent(variant, v -> new EnumMap<>(InputField.class));
        FigureSource earlier = byField.get(field);
        if (earlier != null && !earlier.file().equals(source.file())) {
            throw new CountryDataException(source.file().path(), DataWords.of("twice", source.indicator(),
                    variant.label(), earlier.file().name()));
        }
        byField.put(field, source);
    }

    /** @return false when the country already had a figure for that year from this file */
    boolean put(String iso3, String name, InputField field, Variant variant, int year, double value) {
        names.putIfAbsent(iso3, name);
        return series.computeIfAbsent(iso3, c -> new EnumMap<>(Variant.class))
                .computeIfAbsent(variant, v -> new EnumMap<>(InputField.class))
                .computeIfAbsent(field, f -> new YearSeries())
                .put(year, value);
    }

    void countryOrAggregate(String iso3, boolean country) {
        isCountry.put(iso3, country);
    }

    CountryData build(java.util.List<DataFile> files, java.time.Clock clock) {
        return new CountryData(publisher, files, sources, names, series, isCountry, clock);
    }

    boolean isEmpty() {
        return series.isEmpty();
    }
}
