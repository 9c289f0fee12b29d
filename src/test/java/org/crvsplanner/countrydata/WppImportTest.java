package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.countrydata.PublisherFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crvsplanner.countrydata.PublisherFiles.WppRow;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UN World Population Prospects 2024, Demographic Indicators, as .csv and .csv.gz. */
public class WppImportTest {
    @TempDir
    Path dir;

    /**
     * Uganda 1950–2100: 1,000 thousand people in 1950 and 10 thousand more each year; a birth rate
     * falling by 0.125 a year from 40, a death rate of 5.5. Plus a region, the world and a country
     * whose name has a comma.
     */
    public static List<WppRow> medium() {
        List<WppRow> rows = new ArrayList<>();
        for (int year = 1950; year <= 2100; year++) {
            rows.add(new WppRow("World", "World", "", "Medium", year, "8000000.000", "17.3", "7.7", "0.9"));
            rows.add(new WppRow("Eastern Africa", "Region", "", "Medium", year, "500000.000", "33.1", "6.1", "2.5"));
            rows.add(uganda("Medium", year, 0));
            rows.add(new WppRow("China, Hong Kong SAR", "Country/Area", "HKG", "Medium", year, "7500.123", "5.0",
                    "7.1", "0.1"));
        }
        return rows;
    }

    public static WppRow uganda(String variant, int year, double shift) {
        return new WppRow("Uganda", "Country/Area", "UGA", variant, year,
                String.format(Locale.ROOT, "%.3f", 1000 + 10.0 * (year - 1950) + shift),
                String.format(Locale.ROOT, "%.3f", 40 - 0.125 * (year - 1950) + shift / 100),
                "5.5", "2.9");
    }

    /** The file of the other variants: Low and High around Uganda's Medium, and one the planner does not read. */
    public static List<WppRow> otherVariants() {
        List<WppRow> rows = new ArrayList<>();
        for (int year = 2024; year <= 2100; year++) {
            rows.add(uganda("Low", year, -100));
            rows.add(uganda("High", year, 100));
            rows.add(uganda("Constant fertility", year, 50));
        }
        return rows;
    }

    private CountryData read(Path... files) {
        return new CountryDataReader(ImportLimits.STANDARD, WorldBankImportTest.MID_2025).read(List.of(files),
                ImportListener.NONE);
    }

    @Test
    @DisplayName("the Medium variant: countries only, this year chosen, population in thousands read as people")
    void mediumVariant() {
        CountryData data = read(write(dir, "WPP2024_Demographic_Indicators_Medium.csv",
                PublisherFiles.wppCsv(medium())));

        assertThat(data.publisher()).isEqualTo(Publisher.UN_WPP);
        assertThat(data.countries()).containsExactly(new Country("HKG", "China, Hong Kong SAR"),
                new Country("UGA", "Uganda"));
        assertThat(data.defaultYear("UGA")).hasValue(2025);
        assertThat(data.years("UGA")).hasSize(151);
        CountryFigures figures = data.figures("UGA", 2025);
        // 1,000 + 10 × 75 = 1,750 thousand people.
        assertThat(figures.value(InputField.POPULATION)).hasValue(1_750_000d);
        assertThat(figures.value(InputField.CRUDE_BIRTH_RATE)).hasValue(30.625);
        assertThat(figures.value(InputField.GROWTH_PERCENT)).hasValue(2.9);
        assertThat(data.figures("HKG", 2025).value(InputField.POPULATION)).hasValue(7_500_123d);
        assertThat(figures.source().figure(InputField.POPULATION).orElseThrow().lastUpdated()).isNull();
        assertThat(figures.source().figure(InputField.POPULATION).orElseThrow().indicator())
                .isEqualTo("TPopulation1July");
    }

    @Test
    @DisplayName("following the projection: each year of the horizon takes that year's population and rates")
    void followProjection() {
        CountryData data = read(write(dir, "WPP2024_Demographic_Indicators_Medium.csv.gz",
                PublisherFiles.gzip(PublisherFiles.utf8(PublisherFiles.wppCsv(medium())))));
        CountryFigures figures = data.figures("UGA", 2024);
        Projection projection = figures.projection().orElseThrow();
        assertThat(projection.firstYear()).isEqualTo(2024);
        assertThat(projection.years()).hasSize(Projection.MAX_YEARS);
        assertThat(projection.year(3)).isEqualTo(new ProjectedYear(1_760_000, 30.5, 5.5));

        SizingInputs.Builder builder = SizingInputs.builder().horizonYears(10);
        figures.fill(builder, true);
        SizingPlan plan = SizingEngine.plan(builder.build());

        assertThat(plan.years()).extracting(YearProjection::population).startsWith(1_740_000d, 1_750_000d,
                1_760_000d);
        // 1,760,000 × 30.5 / 1,000 births in the third year.
        assertThat(plan.years().get(2).births()).isEqualTo(1_760_000 * 30.5 / 1000);
    }

    @Test
    @DisplayName("a projection starting in 2090 lasts to 2100, 11 years")
    void lateStart() {
        CountryData data = read(write(dir, "medium.csv", PublisherFiles.wppCsv(medium())));
        assertThat(data.figures("UGA", 2090).projection().orElseThrow().years()).hasSize(11);
    }

    @Test
    @DisplayName("with the file of the other variants, Low and High projections come with the Medium one")
    void variants() {
        CountryData data = read(write(dir, "WPP2024_Demographic_Indicators_Medium.csv", PublisherFiles.wppCsv(medium())),
                write(dir, "WPP2024_Demographic_Indicators_OtherVariants.csv", PublisherFiles.wppCsv(otherVariants())));

        assertThat(data.hasVariants()).isTrue();
        CountryFigures figures = data.figures("UGA", 2030);
        assertThat(figures.projection(Variant.LOW).orElseThrow().year(1).population()).isEqualTo(1_700_000);
        assertThat(figures.projection(Variant.HIGH).orElseThrow().year(1).population()).isEqualTo(1_900_000);
        assertThat(figures.projection().orElseThrow().year(1).population()).isEqualTo(1_800_000);
        assertThat(figures.value(InputField.POPULATION)).hasValue(1_800_000d);
    }

    @Test
    @DisplayName("columns are found by name wherever they stand")
    void columnsByName() {
        List<String> header = new ArrayList<>(PublisherFiles.WPP_HEADER);
        header.remove("CBR");
        header.add(2, "CBR");
        header.remove("Variant");
        header.add("Variant");
        CountryData data = read(write(dir, "moved.csv", PublisherFiles.wppCsv(header, medium())));
        assertThat(data.figures("UGA", 1950).value(InputField.CRUDE_BIRTH_RATE)).hasValue(40d);
    }
}
