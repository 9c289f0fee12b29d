package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.Operations;
import org.crvsplanner.model.OperationsYear;
import org.crvsplanner.model.SizingPlan;

/** Compares the Operations sheet of a recalculated workbook with the model's operations figures. */
final class OperationsFigures {
    private OperationsFigures() {
    }

    static void assertShows(XSSFWorkbook workbook, WorkbookWords words, SizingPlan plan) {
        Operations ops = plan.operations();
        if (ops.years().isEmpty()) {
            // A proof of concept: no backup, and the sheet says so.
            return;
        }
        Sheet sheet = workbook.getSheet(words.sheet(WorkbookWords.Tab.OPERATIONS));
        List<Integer> columns = List.of(OperationsSheet.Column.NIGHTLY.ordinal(),
                OperationsSheet.Column.TRANSFER_HOURS.ordinal(), OperationsSheet.Column.FITS.ordinal(),
                OperationsSheet.Column.STAGING_HOURS.ordinal());
        assertThat(PlanSheets.text(sheet.getRow(OperationsSheet.HEADER_ROW).getCell(columns.get(0))))
                .isEqualTo(words.text("operations.column.nightly"));
        for (OperationsYear expected : ops.years()) {
            Row row = sheet.getRow(OperationsSheet.FIRST_ROW + expected.year() - 1);
            String year = "operations, year " + expected.year() + " ";
            assertThat(PlanSheets.number(row.getCell(0))).as(year + "Year").isEqualTo(expected.year());
            close(row.getCell(columns.get(0)), expected.nightlyBackupGb(), year + "nightly backup");
            close(row.getCell(columns.get(1)), expected.transferHours(), year + "transfer hours");
            assertThat(PlanSheets.text(row.getCell(columns.get(2)))).as(year + "fits")
                    .isEqualTo(expected.fitsWindow() ? InputRows.yes(words) : InputRows.no(words));
            close(row.getCell(columns.get(3)), expected.stagingRestoreHours(), year + "staging hours");
        }
        Cell first = PlanSheets.named(workbook, Names.FIRST_YEAR_OVER_WINDOW);
        if (ops.firstYearOverWindow().isPresent()) {
            assertThat(PlanSheets.number(first)).as("first year over the window")
                    .isEqualTo(ops.firstYearOverWindow().getAsInt());
        } else {
            assertThat(PlanSheets.text(first)).as("first year over the window")
                    .isEqualTo(words.text("operations.noYearOver"));
        }
        assertThat(PlanSheets.number(PlanSheets.named(workbook, Names.LINK_MBPS_NEEDED))).as("link needed")
                .isEqualTo(ops.linkMbpsNeeded());
        close(PlanSheets.named(workbook, Names.FULL_RESTORE_GB), ops.fullRestoreGb(), "full restore GB");
        close(PlanSheets.named(workbook, Names.FULL_RESTORE_HOURS), ops.fullRestoreHours(), "full restore hours");
        assertThat(PlanSheets.text(PlanSheets.named(workbook, Names.BACKUP_METHOD_USED))).as("method used")
                .isEqualTo(ops.method().id());
    }

    private static void close(Cell cell, double expected, String what) {
        assertThat(PlanSheets.number(cell)).as(what).isCloseTo(expected, withinPercentage(1e-7));
    }
}
