package org.crvsplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crvsplanner.countrydata.Country;
import org.crvsplanner.countrydata.CountryData;
import org.crvsplanner.countrydata.CountryDataReader;
import org.crvsplanner.countrydata.CountryFigures;
import org.crvsplanner.countrydata.ImportListener;

import picocli.CommandLine.Option;

/**
 * A country's figures from World Bank or UN WPP files, for {@code size} and {@code export}: the
 * files, the country, the year, and whether to follow the projection. Read from disk only.
 */
final class CountryDataOptions {
    static final String FILES_FLAG = "--country-data";
    /** How many countries a message lists before "…". */
    private static final int SHOWN = 8;

    @Option(names = FILES_FLAG, arity = "1..*", paramLabel = "FILE",
            description = "World Bank indicator files (API_SP.POP.TOTL_…, API_SP.DYN.CBRT.IN_…, API_SP.DYN.CDRT.IN_…, "
                    + "API_SP.POP.GROW_…: .csv or the .zip as downloaded) or a UN WPP 2024 Demographic Indicators "
                    + "file (.csv or .csv.gz, with the file of its other variants if you like). They fill the "
                    + "population, birth and death rates and growth; the sizing flags still override them.")
    private List<Path> files;

    @Option(names = "--country", paramLabel = "ISO3", description = "The country to take from --country-data, by its "
            + "ISO3 code, such as UGA. Regions and income groups are not countries.")
    private String country;

    @Option(names = "--data-year", paramLabel = "YEAR", description = "The year of the figures. Default: the latest "
            + "year, not after this one, with every figure the files give.")
    private Integer year;

    @Option(names = "--follow-projection", description = "With a UN WPP file: each year of the horizon takes the "
            + "projected population and birth and death rates of that year instead of constant rates and growth.")
    private boolean follow;

    private CountryFigures figures;

    /** The figures picked, read once; empty when no files were given. */
    Optional<CountryFigures> figures() {
        if (files == null || files.isEmpty()) {
            String alone = country != null ? "--country" : year != null ? "--data-year"
                    : follow ? "--follow-projection" : null;
            if (alone != null) {
                throw new UserFacingException(alone + " needs " + FILES_FLAG + " FILE…, the World Bank or UN WPP "
                        + "files to take the figures from", PlannerCommand.BAD_INPUT);
            }
            return Optional.empty();
        }
        if (figures == null) {
            CountryData data = new CountryDataReader().read(files, ImportListener.NONE);
            if (country == null) {
                throw new UserFacingException(FILES_FLAG + " needs --country ISO3 to pick a country, such as "
                        + "--country " + data.countries().get(0).iso3() + "; the files hold " + list(data),
                        PlannerCommand.BAD_INPUT);
            }
            int picked = year != null ? year : data.defaultYear(country).orElse(0);
            figures = data.figures(country, picked);
        }
        return Optional.of(figures);
    }

    boolean follow() {
        return follow;
    }

    private static String list(CountryData data) {
        List<Country> countries = data.countries();
        String shown = countries.stream().limit(SHOWN).map(Country::toString).collect(Collectors.joining(", "));
        return countries.size() + " countries: " + shown + (countries.size() > SHOWN ? ", …" : "");
    }
}
