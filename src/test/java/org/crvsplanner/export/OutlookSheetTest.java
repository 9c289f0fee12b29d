package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;

/** The sheet of values that shows the ranges' bands, the tornado and the fill dates. */
class OutlookSheetTest {
    private static final SizingPlan PLAN = SizingPlan.of(TestPlans.everything());
    private static final InputRanges RANGES = InputRanges.of(
            InputRange.of(Inputs.POPULATION, 10_000_000, 15_000_000),
            InputRange.of(Inputs.ATTACHMENTS_PER_RECORD, 3, 8),
            InputRange.of(Inputs.GROWTH_PERCENT, 1, 3));

    private static XSSFWorkbook export(Outlook outlook, Wording wording) {
        WorkbookContent content = TestPlans.content(PLAN).withOutlook(outlook);
        return PlanSheets.open(ProcurementWorkbook.toBytes(content, wording));
    }

    @Test
    @DisplayName("after Disk growth, a sheet of values: each year's P10/P50/P90, the tornado, the fill dates, which run they come from")
    void valuesOfTheRun() throws Exception {
        Outlook outlook = Outlook.of(PLAN, RANGES, 2_000, 9, OptionalDouble.of(20_000));
        try (XSSFWorkbook workbook = export(outlook, Wording.ENGLISH)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Assumptions", "OpenCRVS versions", "Servers", "Disk growth",
                    "Operations", "Ranges and fill dates", "Checklist", "Costs");
            XSSFSheet sheet = workbook.getSheet("Ranges and fill dates");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("values, not formulas", "2,000 Monte Carlo trials with seed 9", "triangular");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("%s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Uncertainty u = outlook.uncertainty().orElseThrow();
            int yearOne = rowStartingWith(sheet, 1.0);
            for (YearBand band : u.years()) {
                Row row = sheet.getRow(yearOne + band.year() - 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(band.year());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(band.records().p10());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(band.applicationServerDiskGb().p50());
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(band.provisionedDiskGb().p90());
                assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(band.backupServerDiskGb().p90());
            }
            int tornado = rowStartingWith(sheet, "Average attachments per record", yearOne);
            Tornado.Swing widest = outlook.tornado().get(0);
            assertThat(widest.input()).isEqualTo(Inputs.ATTACHMENTS_PER_RECORD);
            assertThat(sheet.getRow(tornado).getCell(1).getNumericCellValue()).isEqualTo(widest.lowGb());
            assertThat(sheet.getRow(tornado).getCell(2).getNumericCellValue()).isEqualTo(widest.highGb());
            int fill = rowStartingWith(sheet, "70% (OpenCRVS alerts)");
            FillDate alert = outlook.fillDates().get(1);
            assertThat(sheet.getRow(fill).getCell(2).getNumericCellValue()).isEqualTo(alert.monthsFromStart().getAsInt());
            assertThat(sheet.getRow(fill).getCell(5).getNumericCellValue())
                    .isEqualTo(alert.range().orElseThrow().p10().getAsInt());

            List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            CTBarChart bar = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bar.getBarDir().getVal()).isEqualTo(STBarDir.BAR);
            assertThat(bar.getSerList()).hasSize(2);
            assertThat(bar.getOverlap().xmlText()).contains("val=\"100\"");
        }
    }

    @Test
    @DisplayName("a disk size alone gives the fill dates without trials; in French the sheet is named in French")
    void diskAloneAndFrench() throws Exception {
        Outlook outlook = Outlook.of(PLAN, InputRanges.NONE, 100, 1, OptionalDouble.of(20_000));
        try (XSSFWorkbook workbook = export(outlook, Wording.FRENCH)) {
            XSSFSheet sheet = workbook.getSheet("Fourchettes et remplissage");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).doesNotContain("tirages");
            assertThat(rowStartingWith(sheet, "50\u00A0% (alerte préventive d'OpenCRVS)")).isPositive();
            assertThat(sheet.createDrawingPatriarch().getCharts()).isEmpty();
        }
        try (XSSFWorkbook workbook = export(Outlook.NONE, Wording.ENGLISH)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
        }
    }

    private static int rowStartingWith(XSSFSheet sheet, Object first) {
        return rowStartingWith(sheet, first, 0);
    }

    private static int rowStartingWith(XSSFSheet sheet, Object first, int after) {
        for (Row row : sheet) {
            if (row.getRowNum() <= after) {
                continue;
            }
            Cell cell = row.getCell(0);
            if (cell == null) {
                continue;
            }
            Object value = cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
            if (first.equals(value)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + first);
    }
}
