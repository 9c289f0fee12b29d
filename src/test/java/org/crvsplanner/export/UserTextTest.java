package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The user's words are written as text, whatever they look like. */
class UserTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
        "_x0041_ looks like an escape", "tab\tand control \u0001 characters", "ünïcödé ✓ 名前"})
    @DisplayName("a scenario name, notes and an event type name come back exactly, as text cells")
    void literalText(String text) throws Exception {
        // An event name may not hold control characters (PrintableText); the name and notes may.
        String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
        String eventName = printable.length() > EventType.MAX_NAME_LENGTH
                ? printable.substring(0, EventType.MAX_NAME_LENGTH) : printable;
        SizingInputs inputs = SizingInputs.builder().otherEvents(List.of(EventType.of(eventName, 1.5))).build();
        WorkbookContent content = WorkbookContent.of(SizingPlan.of(inputs), text, text + "\nmore notes",
                TestPlans.DATE, "test");
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content))) {
            Map<String, Cell> summary = new PlanSheets(workbook).summary();
            assertText(summary.get("Scenario"), text.strip());
            assertText(summary.get("Notes"), text + "\nmore notes");
            assertText(eventNameCell(workbook.getSheet("Assumptions")), eventName);
            assertThat(summary.get("Scenario").getCellStyle().getQuotePrefixed())
                    .as("quote-prefixed, so that editing the cell keeps it text").isTrue();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).doesNotContain("HYPERLINK", "cmd|");
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a blank name shows as an untitled plan")
    void blankName() throws Exception {
        WorkbookContent content = WorkbookContent.of(SizingPlan.of(SizingInputs.defaults()), "  ", "", TestPlans.DATE,
                "test");
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content))) {
            assertThat(PlanSheets.text(new PlanSheets(workbook).summary().get("Scenario"))).isEqualTo("Untitled plan");
        }
    }

    @Test
    @DisplayName("notes longer than a cell holds are refused with a message that says so")
    void notesTooLong() {
        SizingPlan plan = SizingPlan.of(SizingInputs.defaults());
        assertThatThrownBy(() -> WorkbookContent.of(plan, "name", "x".repeat(40_000), TestPlans.DATE, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The notes have 40,000 characters; a spreadsheet cell holds at most 32,767.");
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as("a text cell for %s", expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    private static Cell eventNameCell(Sheet sheet) {
        boolean next = false;
        for (Row row : sheet) {
            if (next) {
                return row.getCell(0);
            }
            Cell first = row.getCell(0);
            next = first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("Event type");
        }
        throw new AssertionError("no event table");
    }
}
