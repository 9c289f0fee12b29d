package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Assumptions sheet names the file of each imported figure, and shows the projection followed. */
class CountryFiguresWorkbookTest {
    private static final int SOURCE = 5;

    private static String sourceOf(XSSFWorkbook workbook, String sheet, String label) {
        Sheet assumptions = workbook.getSheet(sheet);
        for (Row row : assumptions) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(SOURCE).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    @DisplayName("a figure still as the file gave it names the file; one typed over keeps the usual source")
    void sources() throws Exception {
        SizingInputs in = TestPlans.followingProjection();
        CountrySource source = new CountrySource(Publisher.UN_WPP, "UGA", "Uganda", 2025, List.of(
                new SourcedFigure(InputField.POPULATION, in.population(), "TPopulation1July", "WPP.csv.gz", null),
                new SourcedFigure(InputField.CRUDE_DEATH_RATE, 9.9, "CDR", "WPP.csv.gz", null),
                new SourcedFigure(InputField.GROWTH_PERCENT, 5, "PopGrowthRate", "WPP.csv.gz", null)));
        WorkbookContent content = TestPlans.content(SizingPlan.of(in)).withCountrySource(Optional.of(source));
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content))) {
            assertThat(sourceOf(workbook, "Assumptions", "Population")).isEqualTo("UN World Population Prospects, "
                    + "Uganda (UGA), 2025: TPopulation1July in WPP.csv.gz");
            // 9.9 is not the death rate the plan holds: the planner's own figure.
            assertThat(sourceOf(workbook, "Assumptions", "Crude death rate")).doesNotContain("WPP");
            assertThat(sourceOf(workbook, "Assumptions", "Population growth"))
                    .isEqualTo("Not used: each year's population follows the projection.");
            assertThat(PlanSheets.named(workbook, "ProjectedPopulation")).isNotNull();
            // One row per year of the horizon, in the Assumptions sheet's projection table.
            assertThat(workbook.getName("ProjectedBirthRate").getRefersToFormula())
                    .matches("Assumptions!\\$D\\$\\d+:\\$D\\$\\d+");
            var area = new AreaReference(
                    workbook.getName("ProjectedBirthRate").getRefersToFormula(), workbook.getSpreadsheetVersion());
            assertThat(area.getLastCell().getRow() - area.getFirstCell().getRow() + 1).isEqualTo(in.horizonYears());
        }
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content, Wording.FRENCH))) {
            assertThat(sourceOf(workbook, "Hypothèses", "Population")).isEqualTo("Perspectives de la population "
                    + "mondiale (ONU), Uganda (UGA), 2025\u00a0: TPopulation1July dans WPP.csv.gz");
        }
    }

    @Test
    @DisplayName("without a projection there is no projection table, and growth keeps its source")
    void noProjection() throws Exception {
        CountrySource source = new CountrySource(Publisher.WORLD_BANK, "UGA", "Uganda", 2023, List.of(
                new SourcedFigure(InputField.GROWTH_PERCENT, 2.781, "SP.POP.GROW", "API_SP.POP.GROW.csv",
                        LocalDate.of(2025, 7, 1))));
        SizingInputs in = SizingInputs.builder().growthPercent(2.781).build();
        WorkbookContent content = TestPlans.content(SizingPlan.of(in)).withCountrySource(Optional.of(source));
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content))) {
            assertThat(sourceOf(workbook, "Assumptions", "Population growth")).isEqualTo("World Bank, Uganda (UGA), "
                    + "2023: SP.POP.GROW in API_SP.POP.GROW.csv (last updated 2025-07-01)");
            assertThat(workbook.getName("ProjectedPopulation")).isNull();
        }
    }
}
