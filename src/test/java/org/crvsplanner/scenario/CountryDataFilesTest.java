package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Schema 1.1: a scenario records where its figures came from and the projection it follows. */
class CountryDataFilesTest {
    private static final Path FILE = Path.of("uganda.crvsplan");

    static final CountrySource WORLD_BANK = new CountrySource(Publisher.WORLD_BANK, "UGA", "Uganda", 2023, List.of(
            new SourcedFigure(InputField.POPULATION, 48_582_334, "SP.POP.TOTL", "API_SP.POP.TOTL_DS2_en_csv_v2_1.zip",
                    LocalDate.of(2025, 7, 1)),
            new SourcedFigure(InputField.CRUDE_BIRTH_RATE, 35.871, "SP.DYN.CBRT.IN",
                    "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv", LocalDate.of(2025, 6, 30))));

    static final Projection TWO_YEARS = Projection.of(2024, List.of(new ProjectedYear(50_015_092, 36.383, 5.86),
            new ProjectedYear(51_384_894, 35.9, 5.8)));

    private static Scenario following() {
        SizingInputs in = SizingInputs.builder().population(50_015_092).crudeBirthRate(36.383).crudeDeathRate(5.86)
                .horizonYears(2).projection(TWO_YEARS).build();
        return Scenario.of("Uganda", "", in);
    }

    private static String text(Scenario scenario) {
        return new String(ScenarioFiles.toBytes(scenario), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the source is written after the notes, with each figure's value, indicator, file and date, as 1.1")
    void writesTheSource() {
        String text = text(Scenario.of(SizingInputs.defaults()).withCountrySource(Optional.of(WORLD_BANK)));

        assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"name\": \"\",\n  \"notes\": \"\",\n"
                + "  \"countryData\": {\n    \"publisher\": \"world-bank\",\n    \"country\": \"UGA\",\n"
                + "    \"countryName\": \"Uganda\",\n    \"year\": 2023,\n    \"figures\": [\n      {\n"
                + "        \"input\": \"population\",\n        \"value\": 48582334,\n"
                + "        \"indicator\": \"SP.POP.TOTL\",\n        \"file\": \"API_SP.POP.TOTL_DS2_en_csv_v2_1.zip\",\n"
                + "        \"lastUpdated\": \"2025-07-01\"\n      },\n");
        assertThat(text).doesNotContain("projection");
    }

    @Test
    @DisplayName("a followed projection is written in inputs, one object per year, and read back equal")
    void projectionRoundTrip() {
        Scenario scenario = following();
        String text = text(scenario);

        assertThat(text).contains("\"schemaVersion\": \"1.1\"").contains("    \"projection\": [\n      {\n"
                + "        \"year\": 2024,\n        \"population\": 50015092,\n        \"crudeBirthRate\": 36.383,\n"
                + "        \"crudeDeathRate\": 5.86\n      },\n      {\n        \"year\": 2025,\n");
        assertThat(ScenarioFiles.parse(ScenarioFiles.toBytes(scenario), FILE)).isEqualTo(scenario);
    }

    @Test
    @DisplayName("a scenario without country figures has no countryData or projection keys")
    void withoutCountryDataHasNoCountryKeys() {
        assertThat(text(Samples.pilot())).startsWith("{\n  \"schemaVersion\": \"1.1\",")
                .doesNotContain("countryData", "projection");
    }

    @Test
    @DisplayName("fields of a newer version inside countryData are read and named as dropped")
    void unknownFieldsInsideAreDropped() {
        String json = text(Scenario.of(SizingInputs.defaults()).withCountrySource(Optional.of(WORLD_BANK)))
                .replace("\"countryName\": \"Uganda\",", "\"countryName\": \"Uganda\", \"region\": \"SSF\",");
        Scenario read = ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), FILE);

        assertThat(read.countrySource()).contains(WORLD_BANK);
        assertThat(read.unknownFields().dropped()).containsExactly("countryData.region");
    }

    @Test
    @DisplayName("a broken source or projection gets one line naming the field")
    void brokenParts() {
        String source = text(Scenario.of(SizingInputs.defaults()).withCountrySource(Optional.of(WORLD_BANK)));
        expectProblem(source.replace("\"UGA\"", "\"uga\""),
                "countryData.country must be a country's three-letter ISO code in capitals, such as \"UGA\"; "
                        + "got the text \"uga\"");
        expectProblem(source.replace("\"2025-07-01\"", "\"01/07/2025\""),
                "countryData.figures[0].lastUpdated must be a date written YYYY-MM-DD");
        expectProblem(source.replace("\"input\": \"crudeBirthRate\",\n        \"value\": 35.871",
                        "\"input\": \"population\",\n        \"value\": 1000"),
                "countryData.figures[1].input: population appears twice");
        expectProblem(source.replace("\"value\": 35.871", "\"value\": 95"),
                "countryData.figures[1].value must be between 0 and 80 per 1,000 people; got 95");
        expectProblem(source.replace("\"year\": 2023", "\"year\": 20230"),
                "countryData.year must be a year between 1900 and 2200; got the number 20230");

        String projection = text(following());
        expectProblem(projection.replace("\"year\": 2025", "\"year\": 2026"),
                "inputs.projection[1].year must be 2025, the year after the one before; got the number 2026");
        expectProblem(projection.replace("\"population\": 51384894", "\"population\": 51384894.5"),
                "inputs.projection[1].population must be a whole number");
        expectProblem(projection.replace("\"population\": 50015092,\n    \"crudeBirthRate\"",
                        "\"population\": 50015093,\n    \"crudeBirthRate\""),
                "inputs.population must be 50,015,092, the projection's figure for 2024");
        expectProblem(projection.replace("\"horizonYears\": 2", "\"horizonYears\": 3"),
                "inputs.horizonYears must be at most 2 years while the figures follow the projection");
    }

    private static void expectProblem(String json, String message) {
        assertThatThrownBy(() -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), FILE))
                .isInstanceOf(ScenarioFileException.class).hasMessageContaining(message);
    }
}
