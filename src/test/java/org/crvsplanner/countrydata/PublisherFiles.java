package org.crvsplanner.countrydata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files in the layouts the publishers distribute (shared/notes "Country figures"), with
 * their quirks: a byte order mark, preamble lines, a trailing comma on every World Bank line,
 * quoted names with commas, notes that run over several lines, and gzip and zip wrappers.
 */
public final class PublisherFiles {
    public static final String BOM = "\uFEFF";
    public static final int FIRST_WB_YEAR = 1960;
    public static final int LAST_WB_YEAR = 2024;

    private PublisherFiles() {
    }

    /** A World Bank row: name, code, and the figure of each year as the file writes it. */
    public record WbRow(String name, String code, Map<Integer, String> figures) {
    }

    /** API_CODE_DS2_en_csv_v2_N.csv: every field quoted, a comma after the last. */
    public static String worldBankCsv(String code, String indicatorName, String lastUpdated, List<WbRow> rows) {
        StringBuilder out = new StringBuilder(BOM);
        out.append("\"Data Source\",\"World Development Indicators\",\r\n\r\n");
        out.append("\"Last Updated Date\",\"").append(lastUpdated).append("\",\r\n\r\n");
        List<String> header = new ArrayList<>(List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code"));
        for (int y = FIRST_WB_YEAR; y <= LAST_WB_YEAR; y++) {
            header.add(Integer.toString(y));
        }
        line(out, header);
        for (WbRow row : rows) {
            List<String> fields = new ArrayList<>(List.of(row.name(), row.code(), indicatorName, code));
            for (int y = FIRST_WB_YEAR; y <= LAST_WB_YEAR; y++) {
                fields.add(row.figures().getOrDefault(y, ""));
            }
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (String field : fields) {
            out.append('"').append(field.replace("\"", "\"\"")).append("\",");
        }
        out.append("\r\n");
    }

    /** The Metadata_Country file: a BOM, Region empty for aggregates, notes over several lines. */
    public static String worldBankCountryMetadata(Map<String, String> regionByCode) {
        StringBuilder out = new StringBuilder(BOM);
        out.append("\"Country Code\",\"Region\",\"IncomeGroup\",\"SpecialNotes\",\"TableName\",\r\n");
        regionByCode.forEach((code, region) -> out.append('"').append(code).append("\",\"").append(region)
                .append("\",\"").append(region.isEmpty() ? "" : "Low income").append("\",\"")
                .append("Fiscal year end: June 30; reporting period for national accounts data: FY.\n"
                        + "A second line, with \"\"quotes\"\", commas, and more.")
                .append("\",\"").append(code).append("\",\r\n"));
        return out.toString();
    }

    /** The Metadata_Indicator file: its source note runs over several lines. */
    public static String worldBankIndicatorMetadata(String code, String name) {
        return BOM + "\"INDICATOR_CODE\",\"INDICATOR_NAME\",\"SOURCE_NOTE\",\"SOURCE_ORGANIZATION\",\r\n\""
                + code + "\",\"" + name + "\",\"Crude birth rate indicates the number of live births occurring\n"
                + "during the year, per 1,000 population estimated at midyear.\n\nSubtracting the crude death rate "
                + "gives the \"\"rate of natural increase\"\".\",\"(1) United Nations Population Division, WPP.\",\r\n";
    }

    /** The zip as the World Bank's download button gives it: the data file and its two metadata files. */
    public static byte[] worldBankZip(String code, String dataCsv, String countryMetadata, String indicatorMetadata) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Metadata_Indicator_API_" + code + "_DS2_en_csv_v2_2.csv", utf8(indicatorMetadata));
        entries.put("API_" + code + "_DS2_en_csv_v2_2.csv", utf8(dataCsv));
        if (countryMetadata != null) {
            entries.put("Metadata_Country_API_" + code + "_DS2_en_csv_v2_2.csv", utf8(countryMetadata));
        }
        return zip(entries);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A WPP row: the location, its type and code, the variant and year, and the four figures as written. */
    public record WppRow(String location, String type, String iso3, String variant, int year, String populationThousands,
            String cbr, String cdr, String growth) {
    }

    /** The WPP header as published: the columns the planner reads sit among many it does not. */
    public static final List<String> WPP_HEADER = List.of("SortOrder", "LocID", "Notes", "ISO3_code", "ISO2_code",
            "SDMX_code", "LocTypeID", "LocTypeName", "ParentID", "Location", "VarID", "Variant", "Time",
            "TPopulation1Jan", "TPopulation1July", "TPopulationMale1July", "TPopulationFemale1July", "PopDensity",
            "PopSexRatio", "MedianAgePop", "NatChange", "NatChangeRT", "PopChange", "PopGrowthRate", "DoublingTime",
            "Births", "Births1519", "CBR", "TFR", "NRR", "MAC", "SRB", "Deaths", "DeathsMale", "DeathsFemale", "CDR",
            "LEx", "LExMale", "LExFemale", "IMR", "NetMigrations", "CNMR");

    public static String wppCsv(List<WppRow> rows) {
        return wppCsv(WPP_HEADER, rows);
    }

    /** With a header of one's own, to leave a column out or move one. */
    public static String wppCsv(List<String> header, List<WppRow> rows) {
        StringBuilder out = new StringBuilder(BOM).append(String.join(",", header)).append("\r\n");
        int order = 1;
        for (WppRow row : rows) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("SortOrder", Integer.toString(order++));
            fields.put("LocID", Integer.toString(800 + order % 7));
            fields.put("Notes", row.type().equals("Country/Area") ? "" : "\"Including Sudan, South Sudan and more\"");
            fields.put("ISO3_code", row.iso3());
            fields.put("ISO2_code", row.iso3().isEmpty() ? "" : row.iso3().substring(0, 2));
            fields.put("SDMX_code", "800");
            fields.put("LocTypeID", row.type().equals("Country/Area") ? "4" : "2");
            fields.put("LocTypeName", row.type());
            fields.put("ParentID", "910");
            fields.put("Location", row.location().contains(",") ? "\"" + row.location() + "\"" : row.location());
            fields.put("VarID", row.variant().equals("Medium") ? "2" : "3");
            fields.put("Variant", row.variant());
            fields.put("Time", Integer.toString(row.year()));
            fields.put("TPopulation1July", row.populationThousands());
            fields.put("PopGrowthRate", row.growth());
            fields.put("CBR", row.cbr());
            fields.put("CDR", row.cdr());
            List<String> line = new ArrayList<>();
            for (String column : header) {
                line.add(fields.getOrDefault(column, "1.5"));
            }
            out.append(String.join(",", line)).append("\r\n");
        }
        return out.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String content) {
        return write(dir, name, utf8(content));
    }
}
