package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The comparison's workbook in LibreOffice and Gnumeric, as {@link TwoEnginesTest} checks the
 * procurement workbook: both open it without a word, recalculate every difference to the
 * figures' difference, with no error cell, also after a figure is changed in the sheet.
 */
class ComparisonTwoEnginesTest {
    private static final Path WORK = Path.of("target", "comparison-two-engines-test");

    private record Case(String name, List<String> names, List<SizingPlan> plans, Wording wording) {
    }

    private static List<Case> cases() {
        List<SizingPlan> three = TestComparisons.plans();
        return List.of(
                new Case("three-english", List.of("Docs example", "National", "Pilot"), three, Wording.ENGLISH),
                new Case("two-french", List.of("Exemple", "=SUM(A1)"), three.subList(0, 2), Wording.FRENCH),
                new Case("four-english", List.of("A", "B", "C", "D"),
                        List.of(three.get(0), three.get(1), three.get(2), SizingPlan.of(TestPlans.poc())),
                        Wording.ENGLISH));
    }

    @Test
    @DisplayName("LibreOffice and Gnumeric recalculate every difference of exported and edited comparisons")
    void bothEnginesRecalculate() throws Exception {
        Engines.Programs engines = Engines.Programs.required();

        Engines.deleteAll(WORK);
        Path in = Files.createDirectories(WORK.resolve("in"));
        Map<String, Case> written = new LinkedHashMap<>();
        for (Case c : cases()) {
            Comparison comparison = TestComparisons.of(c.names(), c.plans(), c.wording());
            Path exported = in.resolve("exported-" + c.name() + ".xlsx");
            ComparisonWorkbook.write(comparison, exported, c.wording());
            written.put(exported.getFileName().toString(), c);
            // An officer changes the last scenario's records and the first one's version.
            Path edited = in.resolve("edited-" + c.name() + ".xlsx");
            try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(exported))) {
                Sheet sheet = workbook.getSheetAt(0);
                int last = ComparisonSheet.FIRST_SCENARIO + c.names().size() - 1;
                sheet.getRow(ComparisonSheet.FIRST_ROW + TestComparisons.RECORDS).getCell(last).setCellValue(123_456);
                sheet.getRow(ComparisonSheet.FIRST_ROW + TestComparisons.VERSION)
                        .getCell(ComparisonSheet.FIRST_SCENARIO).setCellValue("OpenCRVS v9");
                try (OutputStream file = Files.newOutputStream(edited)) {
                    workbook.write(file);
                }
            }
            written.put(edited.getFileName().toString(), c);
        }
        Path[] files = written.keySet().stream().map(in::resolve).toArray(Path[]::new);

        List<String> failures = new ArrayList<>();
        List<Path> copies = engines.recalculate(WORK, failures, files);
        for (Map.Entry<String, Case> entry : written.entrySet()) {
            for (Path engine : copies) {
                String where = entry.getKey() + " in " + engine.getFileName();
                try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(engine.resolve(entry.getKey())))) {
                    List<String> errors = PlanSheets.errorCells(workbook);
                    if (!errors.isEmpty()) {
                        failures.add(where + ": error cells " + errors);
                    }
                    failures.addAll(check(workbook.getSheetAt(0), entry.getValue(), where));
                }
            }
        }
        assertThat(failures).as("comparison workbooks whose recalculated differences are wrong").isEmpty();
    }

    /** Every difference equals the figures beside it, as read back; the words say same or differs. */
    private static List<String> check(Sheet sheet, Case c, String where) {
        List<String> failures = new ArrayList<>();
        WorkbookWords words = new WorkbookWords(c.wording());
        int scenarios = c.names().size();
        int firstDifference = ComparisonSheet.FIRST_SCENARIO + scenarios;
        for (int r = ComparisonSheet.FIRST_ROW; r <= ComparisonSheet.FIRST_ROW + TestComparisons.BIRTH_RATE; r++) {
            Row row = sheet.getRow(r);
            boolean isWords = r - ComparisonSheet.FIRST_ROW <= TestComparisons.STAGE;
            for (int i = 1; i < scenarios; i++) {
                var first = row.getCell(ComparisonSheet.FIRST_SCENARIO);
                var other = row.getCell(ComparisonSheet.FIRST_SCENARIO + i);
                var difference = row.getCell(firstDifference + i - 1);
                if (isWords) {
                    String expected = words.text(PlanSheets.text(first).equals(PlanSheets.text(other))
                            ? "compare.same" : "compare.differs");
                    if (!PlanSheets.text(difference).equals(expected)) {
                        failures.add(where + " " + difference.getAddress() + ": " + PlanSheets.text(difference)
                                + ", expected " + expected);
                    }
                } else {
                    double expected = PlanSheets.number(other) - PlanSheets.number(first);
                    if (Math.abs(PlanSheets.number(difference) - expected) > 1e-6) {
                        failures.add(where + " " + difference.getAddress() + ": " + PlanSheets.number(difference)
                                + ", expected " + expected);
                    }
                }
            }
        }
        boolean edited = where.startsWith("edited");
        double records = PlanSheets.number(sheet.getRow(ComparisonSheet.FIRST_ROW + TestComparisons.RECORDS)
                .getCell(ComparisonSheet.FIRST_SCENARIO + scenarios - 1));
        if (edited != (records == 123_456)) {
            failures.add(where + ": the last scenario's records read " + records);
        }
        return failures;
    }
}
