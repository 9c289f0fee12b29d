package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

/** What makes the workbook read like a specification: sheets, names, styles, print setup, properties. */
class WorkbookLayoutTest {
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void export() {
        WorkbookContent content = new WorkbookContent(SizingPlan.of(TestPlans.everything()), "Freedonia national",
                "notes", TestPlans.DATE, "9.8.7", "A. Planner");
        workbook = PlanSheets.open(ProcurementWorkbook.toBytes(content));
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    @DisplayName("the eight sheets come in reading order")
    void sheets() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Summary", "Assumptions", "OpenCRVS versions", "Servers", "Disk growth",
                "Operations", "Checklist", "Costs");
    }

    @Test
    @DisplayName("every numeric model input is a defined name on an input-styled Assumptions cell")
    void inputNames() {
        CellStyle inputStyle = PlanSheets.named(workbook, "Population").getCellStyle();
        List<String> names = new ArrayList<>();
        for (InputField field : InputField.values()) {
            if (field.name().startsWith("EVENT_")) {
                continue; // one row per event type, in the event table
            }
            String key = field.key();
            names.add(Character.toUpperCase(key.charAt(0)) + key.substring(1));
        }
        names.addAll(List.of("BackupRule", "Topology", "Monitoring", "DiskEncryption", "Stage", "DocsVersion",
                "IncludeDevelopment"));
        assertThat(names).contains("Population", "CrudeBirthRate", "HorizonYears", "BackupCopies");
        for (String name : names) {
            Cell cell = PlanSheets.named(workbook, name);
            assertThat(cell.getSheet().getSheetName()).as(name).isEqualTo("Assumptions");
            assertThat(cell.getCellStyle().getFillForegroundColorColor()).as(name + " looks like an input")
                    .isEqualTo(inputStyle.getFillForegroundColorColor());
            assertThat(cell.getCellStyle().getLocked()).as(name + " stays editable in a protected sheet").isFalse();
        }
        SizingInputs in = TestPlans.everything();
        assertThat(PlanSheets.number(PlanSheets.named(workbook, "Population"))).isEqualTo(in.population());
        assertThat(PlanSheets.number(PlanSheets.named(workbook, "GrowthPercent"))).isEqualTo(in.growthPercent());
        assertThat(PlanSheets.number(PlanSheets.named(workbook, "LegacyRecords"))).isEqualTo(in.legacy().records());
        assertThat(PlanSheets.text(PlanSheets.named(workbook, "BackupRule"))).isEqualTo("retention");
        assertThat(PlanSheets.text(PlanSheets.named(workbook, "Topology"))).isEqualTo("data-node");
        assertThat(PlanSheets.text(PlanSheets.named(workbook, "IncludeDevelopment"))).isEqualTo("yes");
        // Benchmark data and calculations look different from inputs and from each other.
        CellStyle benchmark = PlanSheets.named(workbook, "MbPerGb").getCellStyle();
        CellStyle calculated = PlanSheets.named(workbook, "HorizonAppServerDiskGb").getCellStyle();
        assertThat(benchmark.getFillForegroundColorColor()).isNotNull()
                .isNotEqualTo(inputStyle.getFillForegroundColorColor());
        assertThat(calculated.getFillForegroundColorColor()).isNull();
    }

    @Test
    @DisplayName("the inputs refuse values outside the model's ranges, and the horizon beyond the rows written")
    void validation() {
        XSSFSheet assumptions = workbook.getSheet("Assumptions");
        List<String> rules = new ArrayList<>();
        for (DataValidation validation : assumptions.getDataValidations()) {
            rules.add(validation.getErrorBoxText());
        }
        assertThat(rules).anyMatch(text -> text.equals("Population must be between 1 and 2,000,000,000 people."));
        assertThat(rules).anyMatch(text -> text.startsWith("Planning horizon must be a whole number between 1 and 12"));
        assertThat(rules).anyMatch(text -> text.equals("Deployment stage must be one of poc, pilot, national."));
    }

    @Test
    @DisplayName("tables freeze their headers and print landscape, one page wide, with repeated headers")
    void printSetup() {
        for (String name : List.of("Assumptions", "Servers", "Disk growth", "Operations", "Checklist", "Costs")) {
            XSSFSheet sheet = workbook.getSheet(name);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(name + " frozen").isNotNull();
            assertThat(pane.isFreezePane()).as(name + " frozen").isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(name + " frozen rows").isPositive();
            assertThat(sheet.getRepeatingRows()).as(name + " repeats its header").isNotNull();
            assertPrint(sheet, 0, true);
        }
        assertPrint(workbook.getSheet("Summary"), 1, true);
    }

    @Test
    @DisplayName("every wrapped text has a row tall enough for it, even in a font wider than Calibri")
    void rowsFitTheirText() {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()
                            || inMergedRegion(sheet, cell)) {
                        continue;
                    }
                    int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                    int lines = 0;
                    for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
                        // At least as many lines as the characters need at 85% of the width.
                        lines += Math.max(1, (int) Math.ceil(paragraph.length() / (width * 0.85)));
                    }
                    assertThat(row.getHeightInPoints()).as("%s!%s: %s", sheet.getSheetName(),
                            cell.getAddress(), cell.getStringCellValue()).isGreaterThanOrEqualTo(lines * 15f);
                }
            }
        }
        assertThat(PlanSheets.text(workbook.getSheet("Assumptions").getRow(AssumptionsSheet.FIRST_INPUT_ROW)
                .getCell(5))).as("the population's source, in full").endsWith("use the country's own figure");
    }

    private static boolean inMergedRegion(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(cell));
    }

    @Test
    @DisplayName("below the table the chart says it draws every exported year, and years after the horizon are greyed")
    void chartAndHorizon() {
        XSSFSheet sheet = workbook.getSheet("Disk growth");
        PlanSheets sheets = new PlanSheets(workbook);
        int lastYearRow = DiskGrowthSheet.FIRST_ROW + sheets.years().size() - 1;
        assertThat(PlanSheets.text(sheet.getRow(lastYearRow + 1).getCell(0)))
                .startsWith("The chart draws the 12 years this workbook was exported with.")
                .contains("the chart still draws all 12 years");
        var formatting = sheet.getSheetConditionalFormatting();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            var format = formatting.getConditionalFormattingAt(i);
            for (var range : format.getFormattingRanges()) {
                for (int r = 0; r < format.getNumberOfRules(); r++) {
                    rules.add(range.formatAsString() + " " + format.getRule(r).getFormula1());
                }
            }
        }
        assertThat(rules).containsExactly("A5:X16 $A5>HorizonYears");
    }

    private static void assertPrint(XSSFSheet sheet, int pagesTall, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).as(sheet.getSheetName() + " landscape").isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).as(sheet.getSheetName() + " one page wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) pagesTall);
    }

    @Test
    @DisplayName("disk figures show two decimals and counts a thousands separator")
    void numberFormats() {
        PlanSheets sheets = new PlanSheets(workbook);
        var year = sheets.years().get(0);
        assertThat(year.get("Application-server disk (GB)").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(year.get("Births").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(year.get("Population").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(PlanSheets.named(workbook, "Population").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }

    @Test
    @DisplayName("the Disk growth sheet has a line chart of the three disk series, each with its own line")
    void chart() {
        XSSFDrawing drawing = workbook.getSheet("Disk growth").getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        List<XSSFChart> charts = drawing.getCharts();
        assertThat(charts).hasSize(1);
        List<CTLineSer> series = charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerList();
        assertThat(series).hasSize(3);
        List<String> titles = new ArrayList<>();
        for (CTLineSer line : series) {
            titles.add(line.getTx().getStrRef().getStrCache().getPtArray(0).getV());
            assertThat(line.getSpPr().getLn().isSetSolidFill()).as("explicit line, which LibreOffice needs").isTrue();
            assertThat(line.getVal().getNumRef().getNumCache().getPtCount().getVal())
                    .as("cached points, one per year").isEqualTo(12);
        }
        SizingPlan plan = SizingPlan.of(TestPlans.everything());
        var backupPoints = series.get(2).getVal().getNumRef().getNumCache();
        assertThat(Double.parseDouble(backupPoints.getPtArray(11).getV()))
                .as("the chart stores the evaluated figures, not zeros")
                .isCloseTo(plan.horizonYear().backupServerDiskGb(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(titles).containsExactly("Application-server disk (GB)", "Provisioned disk (GB)", "Backup disk (GB)");
    }

    @Test
    @DisplayName("the workbook asks Excel to recalculate on load and names its title, author and application")
    void properties() {
        assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        var core = workbook.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("OpenCRVS server plan: Freedonia national");
        assertThat(core.getCreator()).isEqualTo("A. Planner");
        assertThat(workbook.getProperties().getExtendedProperties().getApplication()).isEqualTo("CRVS Capacity Planner");
        assertThat(workbook.getProperties().getCustomProperties().getProperty("CRVS Capacity Planner version")
                .getLpwstr()).isEqualTo("9.8.7");
        var summary = new PlanSheets(workbook).summary();
        assertThat(PlanSheets.text(summary.get("Prepared with"))).isEqualTo("CRVS Capacity Planner 9.8.7");
        assertThat(summary.get("Date").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TestPlans.DATE);
    }
}
