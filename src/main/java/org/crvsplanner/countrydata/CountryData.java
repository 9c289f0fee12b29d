package org.crvsplanner.countrydata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Publisher;

/**
 * The figures of one import: the countries the files cover (regions and income groups left out),
 * the years each has figures for, and, once a country and a year are picked, those figures
 * ({@link #figures(String, int)}). Immutable; safe to hand from the importing thread to the window.
 */
public final class CountryData {
    /** Countries with World Bank codes that are not ISO 3166 codes: Kosovo and the Channel Islands. */
    private static final Set<String> WORLD_BANK_COUNTRIES = Set.of("XKX", "CHI");
    private static final Set<String> ISO_COUNTRIES = Set.copyOf(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final Publisher publisher;
    private final List<DataFile> files;
    private final Map<Variant, Map<InputField, FigureSource>> sources;
    private final Map<String, Map<Variant, Map<InputField, YearSeries>>> series;
    private final List<Country> countries;
    private final Map<String, Country> byCode = new HashMap<>();
    private final Set<String> aggregates = new HashSet<>();
    private final Clock clock;

    CountryData(Publisher publisher, List<DataFile> files, Map<Variant, Map<InputField, FigureSource>> sources,
            Map<String, String> names, Map<String, Map<Variant, Map<InputField, YearSeries>>> series,
            Map<String, Boolean> isCountry, Clock clock) {
        this.publisher = publisher;
        this.files = List.copyOf(files);
        Map<Variant, Map<InputField, FigureSource>> copy = new EnumMap<>(Variant.class);
        sources.forEach((variant, byField) -> copy.put(variant, Collections.unmodifiableMap(new EnumMap<>(byField))));
        this.sources = Collections.unmodifiableMap(copy);
        this.series = series;
        this.clock = clock;
        List<Country> list = new ArrayList<>();
        names.forEach((code, name) -> {
            boolean country = isCountry.getOrDefault(code,
                    ISO_COUNTRIES.contains(code) || WORLD_BANK_COUNTRIES.contains(code));
            if (!country) {
                aggregates.add(code);
            } else if (!medium(code).isEmpty()) {
                Country c = new Country(code, name);
                list.add(c);
                byCode.put(code, c);
            }
        });
        list.sort(Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Country::iso3));
        this.countries = List.copyOf(list);
    }

    public Publisher publisher() {
        return publisher;
    }

    public List<DataFile> files() {
        return files;
    }

    /** The countries with at least one figure, by name. */
    public List<Country> countries() {
        return countries;
    }

    /** The country with this ISO3 code, in any case. */
    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(byCode.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /** The inputs the files give figures for. */
    public Set<InputField> fields() {
        Map<InputField, FigureSource> medium = sources.getOrDefault(Variant.MEDIUM, Map.of());
        return medium.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(medium.keySet()));
    }

    /** Whether the files hold projections to follow: UN WPP files do, World Bank files hold past years only. */
    public boolean hasProjection() {
        return publisher == Publisher.UN_WPP;
    }

    /** Whether the files hold the Low and High variants as well. */
    public boolean hasVariants() {
        return sources.containsKey(Variant.LOW) && sources.containsKey(Variant.HIGH);
    }

    /** The years with any figure for the country, oldest first. */
    public List<Integer> years(String iso3) {
        Set<Integer> years = new java.util.TreeSet<>();
        for (YearSeries s : medium(code(iso3)).values()) {
            for (int year : s.years()) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    /**
     * The latest year, not after this one, that has every figure the files give; failing that the
     * latest with any figure. A projection runs to 2100, and planning starts now, not then.
     */
    public OptionalInt defaultYear(String iso3) {
        int now = Year.now(clock).getValue();
        Map<InputField, YearSeries> medium = medium(code(iso3));
        List<Integer> years = years(iso3);
        OptionalInt any = OptionalInt.empty();
        for (int i = years.size() - 1; i >= 0; i--) {
            int year = years.get(i);
            if (year > now) {
                continue;
            }
            if (any.isEmpty()) {
                any = OptionalInt.of(year);
            }
            int y = year;
            if (fields().stream().allMatch(f -> medium.containsKey(f) && medium.get(f).has(y))) {
                return OptionalInt.of(year);
            }
        }
        return any.isPresent() || years.isEmpty() ? any : OptionalInt.of(years.get(0));
    }

    /**
     * The country's figures for the year, each checked against the planner's range.
     *
     * @throws CountryDataException naming the file when the country is not in the files, is a
     *         region or income group, lacks a figure for the year, or has one the planner cannot use
     */
    public CountryFigures figures(String iso3, int year) {
        String code = code(iso3);
        Country country = byCode.get(code);
        Path first = files.get(0).path();
        if (country == null) {
            throw CountryDataException.picking(first, aggregates.contains(code) ? DataWords.of("aggregate", code)
                    : DataWords.of("noCountry", iso3.strip()), null);
        }
        return CountryFigures.of(this, country, year);
    }

    FigureSource source(InputField field, Variant variant) {
        return sources.getOrDefault(variant, Map.of()).get(field);
    }

    Map<InputField, YearSeries> series(String iso3, Variant variant) {
        return series.getOrDefault(iso3, Map.of()).getOrDefault(variant, Map.of());
    }

    private Map<InputField, YearSeries> medium(String iso3) {
        return series(iso3, Variant.MEDIUM);
    }

    private static String code(String iso3) {
        return iso3.strip().toUpperCase(Locale.ROOT);
    }
}
