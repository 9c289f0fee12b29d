package org.crvsplanner.ui.countrydata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crvsplanner.countrydata.PublisherFiles;
import org.crvsplanner.countrydata.PublisherFiles.WppRow;
import org.crvsplanner.countrydata.WorldBankImportTest;
import org.crvsplanner.countrydata.WppImportTest;

/** The publishers' files the window imports in tests, written by the country figures tests' helpers. */
public final class CountryFiles {
    public static final String POPULATION = "API_SP.POP.TOTL_DS2_en_csv_v2_1.csv";
    public static final String WPP = "WPP2024_Demographic_Indicators_Medium.csv.gz";

    private CountryFiles() {
    }

    /** The World Bank's four indicators: three CSVs and the growth as the zip the download button gives. */
    public static List<Path> worldBank(Path dir) {
        return List.of(PublisherFiles.write(dir, POPULATION, WorldBankImportTest.population()),
                PublisherFiles.write(dir, "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv", WorldBankImportTest.birthRate()),
                PublisherFiles.write(dir, "API_SP.DYN.CDRT.IN_DS2_en_csv_v2_3.csv", WorldBankImportTest.deathRate()),
                PublisherFiles.write(dir, "API_SP.POP.GROW_DS2_en_csv_v2_4.zip", PublisherFiles.worldBankZip(
                        "SP.POP.GROW", WorldBankImportTest.growth(), null, "x")));
    }

    /** UN WPP's Medium variant, gzipped as published: Uganda, Hong Kong, a region and the world, 1950–2100. */
    public static Path wpp(Path dir) {
        return PublisherFiles.write(dir, WPP, PublisherFiles.gzip(PublisherFiles.utf8(
                PublisherFiles.wppCsv(WppImportTest.medium()))));
    }

    /**
     * A WPP file as big as the real one, some tens of MB: {@code countries} made-up countries of
     * 151 years each, for progress and Cancel.
     */
    public static Path bigWpp(Path dir, int countries) {
        List<WppRow> rows = new ArrayList<>(WppImportTest.medium());
        for (int c = 0; c < countries; c++) {
            String code = String.format(Locale.ROOT, "Q%c%c", 'A' + c / 26 % 26, 'A' + c % 26);
            for (int year = 1950; year <= 2100; year++) {
                rows.add(new WppRow("Country " + c, "Country/Area", code, "Medium", year,
                        String.format(Locale.ROOT, "%.3f", 500 + c + 0.5 * (year - 1950)), "25.5", "7.25", "1.5"));
            }
        }
        return PublisherFiles.write(dir, "WPP2024_Demographic_Indicators_Medium.csv", PublisherFiles.wppCsv(rows));
    }

    /** A file that is not what the import expects. */
    public static Path empty(Path dir) {
        return PublisherFiles.write(dir, "empty.csv", new byte[0]);
    }
}
