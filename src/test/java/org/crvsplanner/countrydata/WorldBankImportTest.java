package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crvsplanner.countrydata.PublisherFiles.worldBankCsv;
import static org.crvsplanner.countrydata.PublisherFiles.write;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.crvsplanner.countrydata.PublisherFiles.WbRow;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** World Bank indicator downloads, as CSV and as the zip the download button gives. */
public class WorldBankImportTest {
    public static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Uganda and Korea as given; the others' figures are people, or rates of 30 and 7 per 1,000. */
    public static List<WbRow> rows(Map<Integer, String> uganda, Map<Integer, String> korea, boolean people) {
        return List.of(
                new WbRow("Aruba", "ABW", Map.of(2022, people ? "106445" : "30", 2023, people ? "107359" : "30")),
                new WbRow("Africa Eastern and Southern", "AFE", Map.of(2023, people ? "750503764" : "30")),
                new WbRow("Korea, Rep.", "KOR", korea),
                new WbRow("Kosovo", "XKX", Map.of(2023, people ? "1756374" : "7")),
                new WbRow("Low income", "LIC", Map.of(2023, people ? "737604889" : "7")),
                new WbRow("Uganda", "UGA", uganda),
                new WbRow("World", "WLD", Map.of(2023, people ? "8061876001" : "7")));
    }

    public static String population() {
        return worldBankCsv("SP.POP.TOTL", "Population, total", "2025-07-01",
                rows(Map.of(2021, "45853778", 2022, "47249585", 2023, "48582334", 2024, "50015092"),
                        Map.of(2023, "51712619", 2024, "51717590"), true));
    }

    public static String birthRate() {
        return worldBankCsv("SP.DYN.CBRT.IN", "Birth rate, crude (per 1,000 people)", "2025-06-30",
                rows(Map.of(2021, "37.347", 2022, "36.698", 2023, "35.871"), Map.of(2023, "4.5"), false));
    }

    public static String deathRate() {
        return worldBankCsv("SP.DYN.CDRT.IN", "Death rate, crude (per 1,000 people)", "2025-06-30",
                rows(Map.of(2021, "5.928", 2022, "5.529", 2023, "5.372"), Map.of(2023, "7.2"), false));
    }

    public static String growth() {
        return worldBankCsv("SP.POP.GROW", "Population growth (annual %)", "2025-07-01",
                rows(Map.of(2021, "3.015", 2022, "2.999", 2023, "2.781", 2024, "2.906"),
                        Map.of(2023, "0.0956", 2024, "-0.0123"), false));
    }

    private CountryData read(Path... files) {
        return new CountryDataReader(ImportLimits.STANDARD, MID_2025).read(List.of(files), ImportListener.NONE);
    }

    @Test
    @DisplayName("four indicator CSVs at once fill population, both rates and growth, each from its file")
    void fourFiles() {
        CountryData data = read(write(dir, "API_SP.POP.TOTL_DS2_en_csv_v2_1.csv", population()),
                write(dir, "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv", birthRate()),
                write(dir, "API_SP.DYN.CDRT.IN_DS2_en_csv_v2_3.csv", deathRate()),
                write(dir, "API_SP.POP.GROW_DS2_en_csv_v2_4.csv", growth()));

        assertThat(data.publisher()).isEqualTo(Publisher.WORLD_BANK);
        assertThat(data.fields()).containsExactlyInAnyOrderElementsOf(SourcedFigure.FIELDS);
        // 2024 has population and growth but no rates: the latest year with every figure is 2023.
        assertThat(data.defaultYear("UGA")).hasValue(2023);
        assertThat(data.years("uga")).containsExactly(2021, 2022, 2023, 2024);

        CountryFigures figures = data.figures("UGA", 2023);
        SizingInputs.Builder builder = SizingInputs.builder();
        figures.fill(builder, false);
        SizingInputs in = builder.build();
        assertThat(in.population()).isEqualTo(48_582_334L);
        assertThat(in.crudeBirthRate()).isEqualTo(35.871);
        assertThat(in.crudeDeathRate()).isEqualTo(5.372);
        assertThat(in.growthPercent()).isEqualTo(2.781);
        assertThat(in.projection()).isEqualTo(Projection.NONE);
        assertThat(figures.source().country()).isEqualTo("UGA");
        assertThat(figures.source().year()).isEqualTo(2023);
        assertThat(figures.source().figure(InputField.CRUDE_BIRTH_RATE).orElseThrow())
                .isEqualTo(new SourcedFigure(InputField.CRUDE_BIRTH_RATE, 35.871, "SP.DYN.CBRT.IN",
                        "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv", LocalDate.of(2025, 6, 30)));
        assertThat(figures.source().inUse(in)).hasSize(4);
        assertThat(figures.source().supplies(Inputs.POPULATION, in)).isTrue();
    }

    @Test
    @DisplayName("without the metadata file, regions and income groups are told from countries by their codes")
    void aggregatesWithoutMetadata() {
        CountryData data = read(write(dir, "API_SP.POP.TOTL_DS2_en_csv_v2_1.csv", population()));

        assertThat(data.countries()).extracting(Country::iso3).containsExactly("ABW", "KOR", "XKX", "UGA");
        assertThat(data.countries()).extracting(Country::name).contains("Korea, Rep.");
        assertThat(data.fields()).containsExactly(InputField.POPULATION);
        assertThat(data.defaultYear("KOR")).hasValue(2024);
    }

    @Test
    @DisplayName("the zip as downloaded: the data file among the metadata files, whose empty Region marks aggregates")
    void zipAsDownloaded() {
        String metadata = PublisherFiles.worldBankCountryMetadata(Map.of("ABW", "Latin America & Caribbean",
                "AFE", "", "KOR", "East Asia & Pacific", "XKX", "Europe & Central Asia", "LIC", "",
                "UGA", "Sub-Saharan Africa", "WLD", ""));
        Path zip = write(dir, "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.zip", PublisherFiles.worldBankZip("SP.DYN.CBRT.IN",
                birthRate(), metadata, PublisherFiles.worldBankIndicatorMetadata("SP.DYN.CBRT.IN",
                        "Birth rate, crude (per 1,000 people)")));

        CountryData data = read(zip);

        assertThat(data.countries()).extracting(Country::iso3).containsExactly("ABW", "KOR", "XKX", "UGA");
        assertThatThrownBy(() -> data.figures("AFE", 2023)).isInstanceOf(CountryDataException.class)
                .hasMessage("Cannot use API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.zip: AFE is a region or income group, "
                        + "not a country; pick a country");
        assertThat(data.figures("UGA", 2021).value(InputField.CRUDE_BIRTH_RATE)).hasValue(37.347);
        assertThat(data.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.zip");
            assertThat(file.lastUpdated()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }

    @Test
    @DisplayName("any other year can be picked, and a negative growth rate reads as it is written")
    void otherYear() {
        CountryData data = read(write(dir, "growth.csv", growth()));

        assertThat(data.figures("KOR", 2024).value(InputField.GROWTH_PERCENT)).hasValue(-0.0123);
        assertThat(data.figures("UGA", 2021).value(InputField.GROWTH_PERCENT)).hasValue(3.015);
    }
}
