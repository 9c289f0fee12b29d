package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook exported in French: French sheet names, headings and advice, and formulas that still
 * reach every sheet and give the model's figures.
 */
class FrenchWorkbookTest {
    /** Excel's limit on the length of one formula. */
    private static final int MAX_FORMULA = 8192;

    static Stream<Arguments> plans() {
        return ProcurementWorkbookFormulaTest.plans();
    }

    private static XSSFWorkbook exported(SizingPlan plan, Wording wording) {
        return PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan), wording));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("every figure of a French workbook, recalculated from the formulas alone, equals the model's")
    void formulasEqualTheModel(String name, SizingInputs inputs) throws Exception {
        SizingPlan plan = SizingPlan.of(inputs);
        try (XSSFWorkbook workbook = exported(plan, Wording.FRENCH)) {
            new PlanSheets(workbook, Wording.FRENCH).assertShows(plan);
            PlanSheets.recalculateFromScratch(workbook);
            PlanSheets.assertNoErrors(workbook);
            new PlanSheets(workbook, Wording.FRENCH).assertShows(plan);
        }
    }

    @Test
    @DisplayName("an input changed in the French workbook moves the whole plan, as in the model")
    void editedInputFollows() throws Exception {
        SizingInputs inputs = TestPlans.everything();
        SizingPlan edited = SizingPlan.of(inputs.toBuilder().population(50_000_000).includeDevelopment(false).build());
        try (XSSFWorkbook workbook = exported(SizingPlan.of(inputs), Wording.FRENCH)) {
            PlanSheets.setInput(workbook, "Population", 50_000_000);
            PlanSheets.setInput(workbook, Names.INCLUDE_DEVELOPMENT, "non");
            PlanSheets.recalculateFromScratch(workbook);
            new PlanSheets(workbook, Wording.FRENCH).assertShows(edited);
        }
    }

    @Test
    @DisplayName("the sheets, the summary and the advice read in French, with French figures")
    void readsInFrench() throws Exception {
        SizingPlan plan = SizingPlan.of(SizingInputs.builder().horizonYears(1).maxFillPercent(72.5)
                .backup(BackupPolicy.of(BackupRule.DOUBLE, 3)).build());
        try (XSSFWorkbook workbook = exported(plan, Wording.FRENCH)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Synthèse", "Hypothèses", "Versions OpenCRVS", "Serveurs",
                    "Croissance du disque", "Exploitation", "Liste de contrôle", "Coûts");
            PlanSheets.recalculateFromScratch(workbook);
            PlanSheets sheets = new PlanSheets(workbook, Wording.FRENCH);
            Map<String, Cell> summary = sheets.summary();
            assertThat(PlanSheets.text(summary.get("Étape du déploiement"))).isEqualTo("National");
            assertThat(PlanSheets.text(summary.get("Horizon de planification"))).isEqualTo("1\u00A0an");
            assertThat(PlanSheets.text(summary.get("Disques remplis au plus à"))).isEqualTo("72,5\u00A0%");
            assertThat(summary).containsKey("Disque du serveur d'application à prévoir (rempli au plus à 72,5\u00A0%)");
            List<String> advice = sheets.summaryList("Conseils de la documentation d'OpenCRVS");
            // 3 copies: 100 + 3 × 913.71 = 2,841.13 GB, against 2 × 1,013.71 = 2,027.42 GB.
            assertThat(advice).anyMatch(line -> line.contains("2\u202F027,42\u00A0Go")
                    && line.contains("2\u202F841,13\u00A0Go")
                    && line.startsWith("Autre règle\u00A0: ce plan suit la règle du double de la documentation"));
            assertThat(advice).contains("OpenCRVS ne fonctionne que sur des serveurs x86_64\u00A0; les processeurs "
                    + "ARM ne sont pas pris en charge.");
        }
    }

    @Test
    @DisplayName("the backup advice says copy, not copies, for one copy, as the model does")
    void oneCopyInTheAdvice() throws Exception {
        SizingPlan plan = SizingPlan.of(SizingInputs.builder().backup(BackupPolicy.retention(1)).build());
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            try (XSSFWorkbook workbook = exported(plan, wording)) {
                PlanSheets.recalculateFromScratch(workbook);
                String heading = new WorkbookWords(wording).text("summary.advice");
                List<String> advice = new PlanSheets(workbook, wording).summaryList(heading);
                String expected = plan.advisories().stream()
                        .filter(a -> a instanceof org.crvsplanner.model.Advisory.BackupRuleBelowAlternative)
                        .findFirst().map(a -> ModelWords.advice(a, wording)).orElseThrow();
                assertThat(advice).as("%s", wording).contains(expected);
            }
        }
    }

    @Test
    @DisplayName("English and French workbooks hold the same numbers in the same cells")
    void sameNumbersInBothLanguages() throws Exception {
        SizingPlan plan = SizingPlan.of(TestPlans.everything());
        try (XSSFWorkbook english = exported(plan, Wording.ENGLISH);
                XSSFWorkbook french = exported(plan, Wording.FRENCH)) {
            for (int s = 0; s < english.getNumberOfSheets(); s++) {
                Sheet en = english.getSheetAt(s);
                Sheet fr = french.getSheetAt(s);
                for (Row row : en) {
                    for (Cell cell : row) {
                        Cell other = fr.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        double value = PlanSheets.number(cell);
                        if (!Double.isNaN(value)) {
                            assertThat(PlanSheets.number(other)).as("%s!%s", fr.getSheetName(), cell.getAddress())
                                    .isEqualTo(value);
                        }
                    }
                }
            }
            for (XSSFName name : english.getAllNames()) {
                assertThat(french.getName(name.getNameName())).as(name.getNameName()).isNotNull();
            }
        }
    }

    @Test
    @DisplayName("no formula is longer than Excel accepts, even at the largest figures")
    void formulasFitExcel() throws Exception {
        SizingPlan plan = SizingPlan.of(TestPlans.fiftyYearsShrinking());
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            try (XSSFWorkbook workbook = exported(plan, wording)) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                assertThat(cell.getCellFormula().length()).as("%s!%s", sheet.getSheetName(),
                                        cell.getAddress()).isLessThanOrEqualTo(MAX_FORMULA);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("figures in formula text have thousands separators in either language, up to 18 digits")
    void bigFiguresInText() throws Exception {
        for (double value : new double[] {0, 0.004, 7.5, 999.996, 1013.7109501, 123_456_789.126, 9.87654321e14}) {
            for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    Cell cell = workbook.createSheet().createRow(0).createCell(0);
                    cell.setCellFormula(new FormulaText(wording).gb(Double.toString(value)));
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                    assertThat(cell.getStringCellValue()).as("%s in %s", value, wording)
                            .isEqualTo(wording.gb(value));
                }
            }
        }
    }
}
