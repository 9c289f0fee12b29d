package org.crvsplanner.countrydata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Publisher;

/**
 * A World Bank indicator download (API_CODE_DS2_en_csv_v2_N.csv): a preamble with the "Last
 * Updated Date", the header "Country Name","Country Code","Indicator Name","Indicator Code","1960",…
 * and one row per country or aggregate, one column per year. And the country metadata file that
 * comes with it in the zip, whose empty Region marks the aggregates.
 */
final class WorldBankTable {
    static final String COUNTRY_NAME = "Country Name";
    static final String COUNTRY_CODE = "Country Code";
    static final String INDICATOR_NAME = "Indicator Name";
    static final String INDICATOR_CODE = "Indicator Code";
    static final String REGION = "Region";
    static final String LAST_UPDATED = "Last Updated Date";

    /** The indicators the planner reads and the inputs they fill. */
    static final Map<String, InputField> INDICATORS = Map.of(
            "SP.POP.TOTL", InputField.POPULATION,
            "SP.DYN.CBRT.IN", InputField.CRUDE_BIRTH_RATE,
            "SP.DYN.CDRT.IN", InputField.CRUDE_DEATH_RATE,
            "SP.POP.GROW", InputField.GROWTH_PERCENT);
    static final String INDICATOR_LIST = "SP.POP.TOTL, SP.DYN.CBRT.IN, SP.DYN.CDRT.IN, SP.POP.GROW";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private WorldBankTable() {
    }

    /** A data file's header names the country code and the indicator. */
    static boolean isData(List<String> header) {
        return header.contains(COUNTRY_CODE) && (header.contains(INDICATOR_CODE) || header.contains(INDICATOR_NAME));
    }

    /** The Metadata_Country file: codes with their region and income group. */
    static boolean isCountryMetadata(List<String> header) {
        return header.contains(COUNTRY_CODE) && header.contains(REGION) && !isData(header);
    }

    /** The Metadata_Indicator file: the indicator's long notes, which the planner does not need. */
    static boolean isIndicatorMetadata(List<String> header) {
        return header.contains("INDICATOR_CODE");
    }

    /** The date of a preamble line "Last Updated Date","2025-07-01", or null. */
    static LocalDate lastUpdated(List<String> preambleLine, LocalDate found) {
        if (preambleLine.size() >= 2 && preambleLine.get(0).strip().equals(LAST_UPDATED)) {
            try {
                return LocalDate.parse(preambleLine.get(1).strip());
            } catch (DateTimeParseException e) {
                return found;
            }
        }
        return found;
    }

    static void readData(CsvTable table, DataFile file, Collected collected) {
        collected.publisher(Publisher.WORLD_BANK, file.path());
        var layout = DataWords.of("layout.worldBank");
        int name = table.column(COUNTRY_NAME, layout);
        int code = table.column(COUNTRY_CODE, layout);
        int indicatorCode = table.column(INDICATOR_CODE, layout);
        int indicatorName = table.has(INDICATOR_NAME) ? table.column(INDICATOR_NAME, layout) : indicatorCode;
        List<String> header = table.header();
        int[] yearColumns = header.stream().mapToInt(h -> YEAR.matcher(h.strip()).matches() ? 1 : 0).toArray();
        boolean anyYear = false;
        for (int c = 0; c < yearColumns.length; c++) {
            if (yearColumns[c] == 1) {
                int year = Integer.parseInt(header.get(c).strip());
                yearColumns[c] = YearSeries.holds(year) ? year : 0;
                anyYear = true;
            }
        }
        if (!anyYear) {
            throw table.problem(DataWords.of("noYearColumns", layout));
        }
        boolean anyRow = false;
        for (List<String> row = table.next(); row != null; row = table.next()) {
            String indicator = row.get(indicatorCode).strip();
            InputField field = INDICATORS.get(indicator);
            if (field == null) {
                throw table.problem(DataWords.of("wrongIndicator", indicator, row.get(indicatorName).strip(),
                        INDICATOR_LIST));
            }
            collected.source(field, Variant.MEDIUM, new FigureSource(file, indicator));
            String iso3 = row.get(code).strip();
            String country = row.get(name).strip();
            if (iso3.isEmpty()) {
                continue;
            }
            anyRow = true;
            for (int c = 0; c < yearColumns.length; c++) {
                String text = row.get(c).strip();
                if (yearColumns[c] == 0 || text.isEmpty()) {
                    continue;
                }
                String column = header.get(c).strip();
                double value = field == InputField.POPULATION
                        ? Figures.people(text, 0, () -> notNumber(table, text, country, column))
                        : Figures.parse(text, () -> notNumber(table, text, country, column));
                if (!collected.put(iso3, country, field, Variant.MEDIUM, yearColumns[c], value)) {
                    throw table.problem(DataWords.of("rowTwice", Long.toString(table.line()), country, indicator));
                }
            }
        }
        if (!anyRow) {
            throw table.problem(DataWords.of("noRows", layout));
        }
    }

    private static CountryDataException notNumber(CsvTable table, String text, String country, String column) {
        return table.problem(DataWords.of("notNumber", Long.toString(table.line()), text, country, column));
    }

    static void readCountryMetadata(CsvTable table, Collected collected) {
        var layout = DataWords.of("layout.worldBankMetadata");
        int code = table.column(COUNTRY_CODE, layout);
        int region = table.column(REGION, layout);
        for (List<String> row = table.next(); row != null; row = table.next()) {
            collected.countryOrAggregate(row.get(code).strip(), !row.get(region).isBlank());
        }
    }
}
