package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crvsplanner.countrydata.PublisherFiles;
import org.crvsplanner.countrydata.WorldBankImportTest;
import org.crvsplanner.countrydata.WppImportTest;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** size and export with --country-data, --country, --data-year and --follow-projection. */
class CountryDataCommandTest {
    @TempDir
    Path dir;

    private String population;
    private String birthRate;
    private String deathRate;
    private String growth;
    private String wpp;

    @BeforeEach
    void files() {
        population = PublisherFiles.write(dir, "API_SP.POP.TOTL_DS2_en_csv_v2_1.csv", WorldBankImportTest.population())
                .toString();
        birthRate = PublisherFiles.write(dir, "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv", WorldBankImportTest.birthRate())
                .toString();
        deathRate = PublisherFiles.write(dir, "API_SP.DYN.CDRT.IN_DS2_en_csv_v2_3.csv", WorldBankImportTest.deathRate())
                .toString();
        growth = PublisherFiles.write(dir, "API_SP.POP.GROW_DS2_en_csv_v2_4.zip", PublisherFiles.worldBankZip(
                "SP.POP.GROW", WorldBankImportTest.growth(), null, "x")).toString();
        wpp = PublisherFiles.write(dir, "WPP2024_Demographic_Indicators_Medium.csv.gz", PublisherFiles.gzip(
                PublisherFiles.utf8(PublisherFiles.wppCsv(WppImportTest.medium())))).toString();
    }

    @Test
    @DisplayName("World Bank files fill the four figures; JSON says where they came from")
    void worldBankJson() throws Exception {
        CommandRun run = CommandRun.run("size", "--country-data", population, birthRate, deathRate, growth,
                "--country", "UGA", "--years", "2", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.at("/years/0/population").asLong()).isEqualTo(48_582_334L);
        // Constant growth of 2.781% from 2023's figure.
        assertThat(json.at("/years/1/population").asDouble()).isEqualTo(48_582_334 * (1 + 2.781 / 100));
        assertThat(json.at("/years/0/births").asDouble()).isEqualTo(48_582_334 * 100d / 100 * 35.871 / 1000);
        JsonNode source = json.get("source");
        assertThat(source.get("publisher").asText()).isEqualTo("World Bank");
        assertThat(source.get("country").asText()).isEqualTo("UGA");
        assertThat(source.get("year").asInt()).isEqualTo(2023);
        assertThat(source.get("lastUpdated").asText()).isEqualTo("2025-06-30");
        assertThat(source.get("file").asText()).isEqualTo("API_SP.POP.TOTL_DS2_en_csv_v2_1.csv, "
                + "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv, API_SP.DYN.CDRT.IN_DS2_en_csv_v2_3.csv, "
                + "API_SP.POP.GROW_DS2_en_csv_v2_4.zip");
        assertThat(source.at("/figures/crudeDeathRate/value").asDouble()).isEqualTo(5.372);
        assertThat(source.get("followsProjection").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("a flag beside them overrides the file's figure, which then no longer counts as the file's")
    void flagsOverride() throws Exception {
        JsonNode json = CommandRun.run("size", "--country-data", population, birthRate, "--country", "UGA",
                "--data-year", "2022", "--birth-rate", "30", "--format", "json").json();

        assertThat(json.at("/years/0/population").asLong()).isEqualTo(47_249_585L);
        assertThat(json.at("/years/0/births").asDouble()).isEqualTo(47_249_585 * 100d / 100 * 30 / 1000);
        assertThat(json.at("/source/figures").fieldNames()).toIterable().containsExactly("population");
    }

    @Test
    @DisplayName("--follow-projection: each year's population is the projection's, in JSON and in the table")
    void followProjection() throws Exception {
        JsonNode json = CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--data-year", "2024",
                "--follow-projection", "--years", "3", "--format", "json").json();
        assertThat(json.at("/years/0/population").asDouble()).isEqualTo(1_740_000);
        assertThat(json.at("/years/2/population").asDouble()).isEqualTo(1_760_000);
        assertThat(json.at("/source/publisher").asText()).isEqualTo("UN WPP");
        assertThat(json.at("/source/lastUpdated").isNull()).isTrue();
        assertThat(json.at("/source/followsProjection").asBoolean()).isTrue();

        CommandRun table = CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--data-year", "2024",
                "--follow-projection", "--years", "3", "--lang", "fr");
        assertThat(table.out()).contains("Chiffres du pays\u00a0: Perspectives de la population mondiale (ONU), "
                + "Uganda (UGA), 2024, d’après WPP2024_Demographic_Indicators_Medium.csv.gz.")
                .contains("suivent la projection (variante moyenne) de 2024 à 2026.");
    }

    @Test
    @DisplayName("--save-scenario records the source, the projection and a line in the notes")
    void savesTheSource() throws Exception {
        Path saved = dir.resolve("uganda.crvsplan");
        CommandRun run = CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--data-year", "2024",
                "--follow-projection", "--years", "3", "--save-scenario", saved.toString());
        assertThat(run.status()).as(run.err()).isZero();

        Scenario scenario = ScenarioFiles.read(saved);
        assertThat(scenario.countrySource().orElseThrow().country()).isEqualTo("UGA");
        assertThat(scenario.inputs().projection().firstYear()).isEqualTo(2024);
        assertThat(scenario.notes()).isEqualTo("Country figures: UN World Population Prospects, Uganda (UGA), 2024, "
                + "from WPP2024_Demographic_Indicators_Medium.csv.gz.\nEach year's population and crude rates follow "
                + "the projection (Medium variant) from 2024 to 2026.");
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).contains("\"schemaVersion\": \"1.1\"");

        // The saved scenario plans the same, with its source, without the files.
        JsonNode again = CommandRun.run("size", "--scenario", saved.toString(), "--format", "json").json();
        assertThat(again.at("/years/2/population").asDouble()).isEqualTo(1_760_000);
        assertThat(again.at("/source/country").asText()).isEqualTo("UGA");
    }

    @Test
    @DisplayName("export takes the same flags; the workbook's Assumptions name the file")
    void export() throws Exception {
        Path out = dir.resolve("uganda.xlsx");
        CommandRun run = CommandRun.run("export", "--country-data", wpp, "--country", "UGA", "--data-year", "2024",
                "--follow-projection", "--years", "4", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out).exists();
    }

    @Test
    @DisplayName("bad combinations and bad files get one line and exit status 2")
    void badInput() throws Exception {
        CommandRun.run("size", "--country", "UGA").failedWithOneLine("--country needs --country-data FILE…");
        CommandRun.run("size", "--country-data", population).failedWithOneLine(
                "--country-data needs --country ISO3 to pick a country, such as --country ABW; the files hold 4 "
                        + "countries: Aruba (ABW), Korea, Rep. (KOR), Kosovo (XKX), Uganda (UGA)");
        CommandRun.run("size", "--country-data", population, "--country", "WLD").failedWithOneLine(
                "size: Cannot use API_SP.POP.TOTL_DS2_en_csv_v2_1.csv: WLD is a region or income group");
        CommandRun.run("size", "--country-data", population, "--country", "UGA", "--follow-projection")
                .failedWithOneLine("following the projection needs a UN WPP file");
        CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--follow-projection", "--growth", "2")
                .failedWithOneLine("--growth cannot be used with --follow-projection");
        CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--data-year", "2024",
                "--follow-projection", "--birth-rate", "30").failedWithOneLine("--birth-rate must be 30.75, the "
                        + "projection's figure for 2024, while each year's figures follow the projection; got 30");
        CommandRun.run("size", "--country-data", wpp, "--country", "UGA", "--data-year", "2095",
                "--follow-projection", "--years", "10").failedWithOneLine("--years must be at most 6 years while "
                        + "the figures follow the projection, which covers 2095 to 2100; got 10");
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        CommandRun.run("export", "--country-data", empty.toString(), "--country", "UGA", "--out",
                dir.resolve("x.xlsx").toString()).failedWithOneLine("export: Cannot import empty.csv: the file is empty");
        CommandRun.run("size", "--country-data", population, "--country", "UGA", "--data-year", "1900")
                .failedWithOneLine("it has no SP.POP.TOTL figure for Uganda (UGA) in 1900");
    }
}
