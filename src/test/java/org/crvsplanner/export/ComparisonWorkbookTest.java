package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's workbook (issue 13, point 10): one Compare sheet with the scenarios side by
 * side, a unit per row, and each difference from the first scenario a live formula.
 */
class ComparisonWorkbookTest {
    private static final List<String> NAMES = List.of("Docs example", "National", "Pilot");
    private static final int FIRST = ComparisonSheet.FIRST_ROW;

    private static XSSFWorkbook build(Wording wording) {
        return PlanSheets.open(ComparisonWorkbook.toBytes(TestComparisons.of(NAMES, TestComparisons.plans(), wording),
                wording));
    }

    private static String text(Sheet sheet, int r, int c) {
        return PlanSheets.text(sheet.getRow(r).getCell(c));
    }

    @Test
    @DisplayName("one Compare sheet: a header per scenario and per difference, a unit per row")
    void layout() throws Exception {
        try (XSSFWorkbook workbook = build(Wording.ENGLISH)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Compare");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(ComparisonSheet.HEADER_ROW);
            assertThat(header).extracting(PlanSheets::text).containsExactly("Figure", "Unit", "Docs example",
                    "National", "Pilot", "Difference: National − Docs example", "Difference: Pilot − Docs example");
            assertThat(text(sheet, FIRST + TestComparisons.FIRST_DISK, ComparisonSheet.UNIT)).isEqualTo("GB");
            assertThat(text(sheet, FIRST + TestComparisons.RECORDS, ComparisonSheet.UNIT)).isEqualTo("records");
            assertThat(text(sheet, 1, 0)).contains("\"Docs example\"").contains("2026-11-25").contains("1.2.3");
            PlanSheets.assertNoErrors(workbook);
        }
    }

    @Test
    @DisplayName("figures are numbers; each difference is the formula 'scenario minus first', signed, in the row's unit")
    void differencesAreFormulas() throws Exception {
        List<SizingPlan> plans = TestComparisons.plans();
        try (XSSFWorkbook workbook = build(Wording.ENGLISH)) {
            Sheet sheet = workbook.getSheet("Compare");
            Row backup = sheet.getRow(FIRST + TestComparisons.BACKUP);
            for (int i = 0; i < plans.size(); i++) {
                Cell value = backup.getCell(ComparisonSheet.FIRST_SCENARIO + i);
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(value.getNumericCellValue()).isEqualTo(plans.get(i).horizonYear().backupServerDiskGb());
            }
            Cell difference = backup.getCell(ComparisonSheet.FIRST_SCENARIO + 4);
            assertThat(difference.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(difference.getCellFormula()).isEqualTo("E9-C9");
            assertThat(difference.getNumericCellValue()).isCloseTo(plans.get(2).horizonYear().backupServerDiskGb()
                    - plans.get(0).horizonYear().backupServerDiskGb(), within(1e-9));
            assertThat(difference.getCellStyle().getDataFormatString()).isEqualTo("+#,##0.00;-#,##0.00;#,##0.00");
            assertThat(sheet.getRow(FIRST + TestComparisons.BIRTH_RATE).getCell(2).getCellStyle()
                    .getDataFormatString()).isEqualTo("#,##0.000");

            // Live: a changed figure changes its difference.
            sheet.getRow(FIRST + TestComparisons.BACKUP).getCell(ComparisonSheet.FIRST_SCENARIO).setCellValue(1000);
            PlanSheets.recalculateFromScratch(workbook);
            assertThat(PlanSheets.number(difference))
                    .isCloseTo(plans.get(2).horizonYear().backupServerDiskGb() - 1000, within(1e-9));
        }
    }

    @Test
    @DisplayName("a choice compared as words says 'same' or 'differs', by formula")
    void wordsRows() throws Exception {
        try (XSSFWorkbook workbook = build(Wording.ENGLISH)) {
            Sheet sheet = workbook.getSheet("Compare");
            PlanSheets.recalculateFromScratch(workbook);
            Row stage = sheet.getRow(FIRST + TestComparisons.STAGE);
            // The docs example and the defaults are national; the pilot is not.
            assertThat(PlanSheets.text(stage.getCell(5))).isEqualTo("same");
            assertThat(PlanSheets.text(stage.getCell(6))).isEqualTo("differs");
        }
    }

    @Test
    @DisplayName("the disk per server year by year: a column per curve, each ending at its scenario's horizon")
    void yearByYear() throws Exception {
        List<SizingPlan> plans = TestComparisons.plans();
        try (XSSFWorkbook workbook = build(Wording.ENGLISH)) {
            Sheet sheet = workbook.getSheet("Compare");
            int header = FIRST + 6 + 2;
            assertThat(text(sheet, header - 1, 0)).isEqualTo("Disk per server, year by year (GB)");
            assertThat(text(sheet, header, 0)).isEqualTo("Year");
            assertThat(text(sheet, header, 1)).isEqualTo("Docs example: required");
            assertThat(text(sheet, header, 4)).isEqualTo("National: provisioned");
            int years = plans.get(1).years().size();
            assertThat(sheet.getLastRowNum()).isEqualTo(header + years);
            assertThat(PlanSheets.number(sheet.getRow(header + 1).getCell(1)))
                    .isEqualTo(plans.get(0).firstYear().applicationServerDiskGb());
            assertThat(PlanSheets.number(sheet.getRow(header + years).getCell(4)))
                    .isEqualTo(plans.get(1).horizonYear().provisionedDiskGb());
            assertThat(PlanSheets.number(sheet.getRow(header + 2).getCell(1))).as("after a 1-year horizon").isNaN();
        }
    }

    @Test
    @DisplayName("in French: the sheet, the headings and the words of the differences")
    void french() throws Exception {
        try (XSSFWorkbook workbook = build(Wording.FRENCH)) {
            Sheet sheet = workbook.getSheet("Comparaison");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet, ComparisonSheet.HEADER_ROW, 0)).isEqualTo("Chiffre");
            assertThat(text(sheet, ComparisonSheet.HEADER_ROW, 5)).isEqualTo("Écart\u00a0: National − Docs example");
            PlanSheets.recalculateFromScratch(workbook);
            assertThat(PlanSheets.text(sheet.getRow(FIRST + TestComparisons.STAGE).getCell(5))).isEqualTo("identique");
        }
    }

    @Test
    @DisplayName("written in one step: a folder that is not there leaves nothing behind")
    void writesAtomically(@TempDir Path folder) {
        Comparison comparison = TestComparisons.of(NAMES, TestComparisons.plans(), Wording.ENGLISH);
        Path target = folder.resolve("compare.xlsx");
        ComparisonWorkbook.write(comparison, target, Wording.ENGLISH);
        assertThat(target).isRegularFile();
        assertThatThrownBy(() -> ComparisonWorkbook.write(comparison, folder.resolve("missing/compare.xlsx"),
                Wording.ENGLISH)).isInstanceOf(org.crvsplanner.scenario.FileProblem.class);
        assertThat(folder.resolve("missing")).doesNotExist();
        assertThat(ComparisonWorkbook.suggestedFileName(comparison, Wording.ENGLISH))
                .isEqualTo("Compare Docs example, National, Pilot 2026-11-25.xlsx");
        assertThat(Files.exists(target)).isTrue();
    }
}
