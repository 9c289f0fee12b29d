package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crvsplanner.countrydata.PublisherFiles.utf8;
import static org.crvsplanner.countrydata.PublisherFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets one line that names the file and what was expected. */
class BadCountryFilesTest {
    @TempDir
    Path dir;

    private static CountryData read(ImportLimits limits, Path... files) {
        return new CountryDataReader(limits, WorldBankImportTest.MID_2025).read(List.of(files), ImportListener.NONE);
    }

    private static void refused(Path file, String message) {
        refused(ImportLimits.STANDARD, file, message);
    }

    private static void refused(ImportLimits limits, Path file, String message) {
        assertThatThrownBy(() -> read(limits, file)).isInstanceOfSatisfying(CountryDataException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Cannot import " + file.getFileName() + ": " + message);
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(e.message(Wording.FRENCH)).startsWith("Impossible d’importer " + file.getFileName());
        });
    }

    @Test
    @DisplayName("a file of another indicator names the indicator it holds and those expected")
    void wrongIndicator() {
        Path gdp = write(dir, "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_9.csv", PublisherFiles.worldBankCsv("NY.GDP.MKTP.CD",
                "GDP (current US$)", "2025-07-01", WorldBankImportTest.rows(java.util.Map.of(2023, "4.9E10"),
                        java.util.Map.of(), true)));
        refused(gdp, "it holds the indicator NY.GDP.MKTP.CD (GDP (current US$)); expected one of SP.POP.TOTL, "
                + "SP.DYN.CBRT.IN, SP.DYN.CDRT.IN, SP.POP.GROW");
    }

    @Test
    @DisplayName("a missing column is named with the columns the layout needs")
    void missingColumn() {
        List<String> header = new java.util.ArrayList<>(PublisherFiles.WPP_HEADER);
        header.remove("CDR");
        refused(write(dir, "wpp.csv", PublisherFiles.wppCsv(header, WppImportTest.medium())),
                "the header has no \"CDR\" column; expected a UN WPP Demographic Indicators CSV, with the columns "
                        + "\"ISO3_code\", \"LocTypeName\", \"Location\", \"Variant\", \"Time\", \"TPopulation1July\", "
                        + "\"CBR\", \"CDR\" and \"PopGrowthRate\"");
        String population = WorldBankImportTest.population().replace("\"Indicator Code\",", "\"Code\",");
        refused(write(dir, "pop.csv", population), "the header has no \"Indicator Code\" column; expected a World Bank "
                + "indicator CSV, with the columns \"Country Name\", \"Country Code\", \"Indicator Name\", "
                + "\"Indicator Code\" and one per year");
    }

    @Test
    @DisplayName("a country without a figure for the year says which years it has, and nothing is filled")
    void noFigureForTheYear() {
        CountryData data = read(ImportLimits.STANDARD, write(dir, "pop.csv", WorldBankImportTest.population()),
                write(dir, "cbr.csv", WorldBankImportTest.birthRate()));
        SizingInputs.Builder builder = SizingInputs.builder();
        assertThatThrownBy(() -> data.figures("UGA", 2024).fill(builder, false))
                .isInstanceOf(CountryDataException.class)
                .hasMessage("Cannot use cbr.csv: it has no SP.DYN.CBRT.IN figure for Uganda (UGA) in 2024; it has "
                        + "figures for 2021–2023");
        assertThat(builder.build()).isEqualTo(SizingInputs.defaults());
        assertThatThrownBy(() -> data.figures("FRA", 2023)).hasMessage("Cannot use pop.csv: FRA is not a country of "
                + "this file; pick one of its countries by name or ISO3 code, such as UGA");
        assertThatThrownBy(() -> data.figures("WLD", 2023)).hasMessageContaining("WLD is a region or income group");
        assertThatThrownBy(() -> data.figures("UGA", 2023).fill(builder, true))
                .hasMessage("Cannot use pop.csv: following the projection needs a UN WPP file; World Bank files "
                        + "hold past years only");
    }

    @Test
    @DisplayName("a figure outside the planner's range is refused with the range")
    void outOfRange() {
        String csv = PublisherFiles.worldBankCsv("SP.POP.GROW", "Population growth (annual %)", "2025-07-01",
                List.of(new PublisherFiles.WbRow("Qatar", "QAT", java.util.Map.of(2007, "17.3"))));
        CountryData data = read(ImportLimits.STANDARD, write(dir, "grow.csv", csv));
        assertThatThrownBy(() -> data.figures("QAT", 2007)).hasMessage("Cannot use grow.csv: SP.POP.GROW for Qatar "
                + "(QAT) in 2007 is 17.3, outside the planner's range (between -10 and 10% per year)");
    }

    @Test
    @DisplayName("empty, binary, not UTF-8, unknown layout, no rows")
    void notAFile() throws IOException {
        refused(write(dir, "empty.csv", new byte[0]), "the file is empty; expected a World Bank indicator CSV "
                + "(API_SP.POP.TOTL_…, or its zip as downloaded) or a UN WPP Demographic Indicators CSV (.csv or .csv.gz)");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused(write(dir, "photo.csv", png), "it holds binary data, not CSV text; expected a World Bank indicator "
                + "CSV (API_SP.POP.TOTL_…, or its zip as downloaded) or a UN WPP Demographic Indicators CSV "
                + "(.csv or .csv.gz)");
        byte[] latin1 = "\"Country Name\",\"Country Code\",\"Indicator Code\",\"2023\",\n\"C\u00f4te d'Ivoire\",\"CIV\",\"SP.POP.TOTL\",\"1\",\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        refused(write(dir, "latin1.csv", latin1), "it is not UTF-8 text, as the World Bank's and the UN's CSV files are");
        refused(write(dir, "notes.csv", "name,value\nx,1\n"), "its first lines have no header of a known layout; "
                + "expected a World Bank indicator CSV (a header with \"Country Code\" and \"Indicator Code\") or a UN "
                + "WPP Demographic Indicators CSV (a header with \"ISO3_code\", \"Variant\" and \"Time\")");
        String headerOnly = WorldBankImportTest.population().lines().limit(5).reduce("", (a, b) -> a + b + "\n");
        refused(write(dir, "header.csv", headerOnly), "it has no country rows; expected a World Bank indicator CSV, "
                + "with the columns \"Country Name\", \"Country Code\", \"Indicator Name\", \"Indicator Code\" and one "
                + "per year");
        Files.createDirectory(dir.resolve("folder.csv"));
        assertThatThrownBy(() -> read(ImportLimits.STANDARD, dir.resolve("folder.csv")))
                .hasMessageStartingWith("Cannot import folder.csv: it is a folder; expected");
        assertThatThrownBy(() -> read(ImportLimits.STANDARD, dir.resolve("missing.csv")))
                .hasMessage("Cannot import missing.csv: there is no such file");
    }

    @Test
    @DisplayName("a file cut short: a gzip, a zip, and a CSV whose last line lost its fields")
    void truncated() {
        byte[] gz = PublisherFiles.gzip(utf8(PublisherFiles.wppCsv(WppImportTest.medium())));
        refused(write(dir, "WPP2024_Demographic_Indicators_Medium.csv.gz", Arrays.copyOf(gz, gz.length / 2)),
                "it is cut short or damaged; the download may be incomplete: download it again");
        byte[] zip = PublisherFiles.worldBankZip("SP.POP.TOTL", WorldBankImportTest.population(), null, "x");
        refused(write(dir, "API_SP.POP.TOTL.zip", Arrays.copyOf(zip, zip.length - 30)),
                "it is cut short or damaged; the download may be incomplete: download it again");
        String csv = WorldBankImportTest.population();
        refused(write(dir, "cut.csv", csv.substring(0, csv.length() - 200)),
                "line 12 has 7 fields where the header has 70; the file may be cut short or damaged");
    }

    @Test
    @DisplayName("a zip with no CSV inside, or too many entries")
    void zipWithoutCsv() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("readme.txt", utf8("Data from the World Bank"));
        entries.put("chart.png", new byte[] {1, 2, 3});
        refused(write(dir, "download.zip", PublisherFiles.zip(entries)),
                "the zip holds no .csv file; expected a World Bank download holding API_….csv");
        refused(write(dir, "notes.zip", PublisherFiles.zip(Map.of("notes.csv", utf8("title,text\nA,B\n")))),
                "it holds no country figures; expected a World Bank indicator CSV (API_SP.POP.TOTL_…, or its zip as "
                        + "downloaded) or a UN WPP Demographic Indicators CSV (.csv or .csv.gz)");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            many.put("part" + i + ".csv", utf8("a,b\n"));
        }
        refused(write(dir, "many.zip", PublisherFiles.zip(many)),
                "the zip holds 70 entries; a World Bank download holds 3 and the planner reads at most 64");
    }

    @Test
    @DisplayName("a 2 GB file is refused by its size before a byte is read")
    void twoGigabytes() throws IOException {
        Path big = dir.resolve("WPP2024_Demographic_Indicators_Medium.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            // Sparse: two gigabytes that take no room on the disk.
            file.setLength(2L << 30);
        }
        refused(big, "it is 2,147,483,648 bytes; a country figures file may be at most 1,073,741,824 bytes");
    }

    @Test
    @DisplayName("a zip bomb stops after 16 MB unpacked, at 100 times its packed size")
    void zipBomb() {
        // Zeros or one endless line are refused sooner (binary, record too long); a bomb that gets
        // this far is well-formed CSV: a WPP header, then one row of a variant the planner skips, over and over.
        StringBuilder csv = new StringBuilder(PublisherFiles.wppCsv(List.of()));
        String row = PublisherFiles.wppCsv(List.of(new PublisherFiles.WppRow("Uganda", "Country/Area", "UGA",
                "Zero migration", 2030, "1.0", "1.0", "1.0", "1.0")));
        row = row.substring(row.indexOf('\n') + 1);
        while (csv.length() < 40 << 20) {
            csv.append(row);
        }
        byte[] text = utf8(csv.toString());
        refused(write(dir, "bomb.zip", PublisherFiles.zip(Map.of("WPP2024_Demographic_Indicators.csv", text))),
                "it unpacks to more than 100 times its size, as a zip bomb does; expected a file downloaded from the "
                        + "World Bank or the UN");
        refused(write(dir, "bomb.csv.gz", PublisherFiles.gzip(text)),
                "it unpacks to more than 100 times its size, as a zip bomb does; expected a file downloaded from the "
                        + "World Bank or the UN");
    }

    @Test
    @DisplayName("the unpacked size, the record length and the row count are bounded")
    void limits() {
        ImportLimits small = new ImportLimits(1 << 20, 50_000, 1000, 1 << 20, 8, 2_000, 100, 100);
        String wpp = PublisherFiles.wppCsv(WppImportTest.medium());
        refused(small, write(dir, "wpp.csv.gz", PublisherFiles.gzip(utf8(wpp))),
                "unpacked, it holds more than 50,000 bytes, more than any country figures file");
        ImportLimits rows = new ImportLimits(1 << 30, 1 << 30, 100, 16 << 20, 8, 1 << 20, 2_000, 100);
        refused(rows, write(dir, "rows.csv", wpp), "it has more than 100 rows, more than any country figures file");
        String endless = "\"Country Name\",\"Country Code\",\"Indicator Code\",\"2023\",\n\"" + "x".repeat(3_000)
                + "\",\"UGA\",\"SP.POP.TOTL\",\"1\",\n";
        refused(small, write(dir, "endless.csv", endless), "it is not well-formed CSV: Field at index 0 in record "
                + "starting at line 2 exceeds the max field size of 2000 characters");
    }

    @Test
    @DisplayName("World Bank and UN files together, or one indicator from two files, are refused")
    void mixedOrTwice() {
        Path wb = write(dir, "pop.csv", WorldBankImportTest.population());
        Path wpp = write(dir, "wpp.csv", PublisherFiles.wppCsv(WppImportTest.medium()));
        assertThatThrownBy(() -> read(ImportLimits.STANDARD, wb, wpp)).hasMessage("Cannot import wpp.csv: World Bank "
                + "and UN WPP files cannot be imported together (pop.csv is from the other publisher); import one "
                + "publisher's files");
        Path again = write(dir, "pop-again.csv", WorldBankImportTest.population());
        assertThatThrownBy(() -> read(ImportLimits.STANDARD, wb, again)).hasMessage("Cannot import pop-again.csv: "
                + "SP.POP.TOTL (Medium) is also in pop.csv; import one of the two files");
    }
}
