package org.crvsplanner.countrydata;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Publisher;

/**
 * A UN World Population Prospects Demographic Indicators file (WPP2024_Demographic_Indicators_Medium
 * or the file of the other variants): one row per location, variant and year, 1950 to 2100.
 * Only the rows of countries (LocTypeName "Country/Area", with an ISO3 code) in the Medium, Low and
 * High variants are kept, and of each row only the four figures the planner uses.
 */
final class WppTable {
    static final String ISO3 = "ISO3_code";
    static final String LOCATION_TYPE = "LocTypeName";
    static final String LOCATION = "Location";
    static final String VARIANT = "Variant";
    static final String TIME = "Time";
    static final String COUNTRY_TYPE = "Country/Area";

    /** The columns the planner reads and the inputs they fill; TPopulation1July is in thousands. */
    static final Map<InputField, String> COLUMNS = new EnumMap<>(Map.of(
            InputField.POPULATION, "TPopulation1July",
            InputField.CRUDE_BIRTH_RATE, "CBR",
            InputField.CRUDE_DEATH_RATE, "CDR",
            InputField.GROWTH_PERCENT, "PopGrowthRate"));
    private static final int THOUSANDS = 3;
    private static final Pattern ISO3_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private WppTable() {
    }

    /** The header of a WPP file: locations by ISO3 code, variants, years. */
    static boolean isWpp(List<String> header) {
        long known = List.of(ISO3, VARIANT, TIME, LOCATION, "LocID").stream().filter(header::contains).count();
        return known >= 2 && !WorldBankTable.isData(header);
    }

    static void read(CsvTable table, DataFile file, Collected collected) {
        collected.publisher(Publisher.UN_WPP, file.path());
        var layout = DataWords.of("layout.wpp");
        int iso3 = table.column(ISO3, layout);
        int type = table.column(LOCATION_TYPE, layout);
        int location = table.column(LOCATION, layout);
        int variant = table.column(VARIANT, layout);
        int time = table.column(TIME, layout);
        Map<InputField, Integer> columns = new EnumMap<>(InputField.class);
        COLUMNS.forEach((field, name) -> columns.put(field, table.column(name, layout)));
        Set<Variant> sourced = EnumSet.noneOf(Variant.class);
        boolean anyCountry = false;
        for (List<String> row = table.next(); row != null; row = table.next()) {
            String code = row.get(iso3).strip();
            if (!COUNTRY_TYPE.equals(row.get(type).strip()) || !ISO3_CODE.matcher(code).matches()) {
                continue;
            }
            Optional<Variant> kept = Variant.ofLabel(row.get(variant));
            if (kept.isEmpty()) {
                continue;
            }
            String yearText = row.get(time).strip();
            if (!YEAR.matcher(yearText).matches() || !YearSeries.holds(Integer.parseInt(yearText))) {
                throw table.problem(DataWords.of("badYear", Long.toString(table.line()), yearText, TIME));
            }
            int year = Integer.parseInt(yearText);
            if (sourced.add(kept.get())) {
                COLUMNS.forEach((field, name) -> collected.source(field, kept.get(), new FigureSource(file, name)));
            }
            anyCountry = true;
            // The file says it is a country; its code need not be one the JDK knows.
            collected.countryOrAggregate(code, true);
            String name = row.get(location).strip();
            for (Map.Entry<InputField, Integer> column : columns.entrySet()) {
                String text = row.get(column.getValue()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String header = COLUMNS.get(column.getKey());
                double value = column.getKey() == InputField.POPULATION
                        ? Figures.people(text, THOUSANDS, () -> notNumber(table, text, name, header))
                        : Figures.parse(text, () -> notNumber(table, text, name, header));
                if (!collected.put(code, name, column.getKey(), kept.get(), year, value)) {
                    throw table.problem(DataWords.of("rowTwice", Long.toString(table.line()), name,
                            kept.get().label() + " " + year));
                }
            }
        }
        if (!anyCountry) {
            throw table.problem(DataWords.of("noRows", layout));
        }
    }

    private static CountryDataException notNumber(CsvTable table, String text, String country, String column) {
        return table.problem(DataWords.of("notNumber", Long.toString(table.line()), text, country, column));
    }
}
