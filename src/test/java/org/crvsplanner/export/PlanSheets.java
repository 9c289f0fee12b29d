package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.YearProjection;

/**
 * Reads a procurement workbook the way a person does, by sheet, header and label rather than by
 * the writer's row numbers, and compares what it shows with the model.
 */
final class PlanSheets {
    /** The tolerance the issue sets for disk figures. */
    static final double GB = 0.01;

    private static final Pattern GB_FIGURE = Pattern.compile("[0-9][0-9,]*\\.[0-9]{2} GB");

    private final XSSFWorkbook workbook;

    PlanSheets(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Overwrites every formula's stored value with nonsense, then lets POI evaluate all formulas,
     * so what is read afterwards comes from the formulas alone.
     */
    static void recalculateFromScratch(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cell.setCellValue(-123_456.789);
                    }
                }
            }
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    }

    /** Sets the input cell behind a defined name, as an officer typing in it would. */
    static void setInput(XSSFWorkbook workbook, String name, Object value) {
        Cell cell = named(workbook, name);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    static Cell named(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        assertThat(defined).as("defined name " + name).isNotNull();
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol());
        return cell != null ? cell : row.createCell(ref.getCol());
    }

    /** Asserts that no formula in the workbook ended in an error such as #NAME? or Err:502. */
    static void assertNoErrors(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCachedFormulaResultType())
                                .as("%s!%s = %s", sheet.getSheetName(), cell.getAddress(), cell.getCellFormula())
                                .isNotEqualTo(CellType.ERROR);
                    }
                }
            }
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The number a cell shows, from its stored value; NaN for an empty or text cell. */
    static double number(Cell cell) {
        if (cell == null) {
            return Double.NaN;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        assertThat(type).as("cell %s!%s holds an error", cell.getSheet().getSheetName(),
                cell.getAddress()).isNotEqualTo(CellType.ERROR);
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : Double.NaN;
    }

    /** The text a cell shows, from its stored value; "" for an empty or numeric cell. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        assertThat(type).as("cell %s!%s holds an error", cell.getSheet().getSheetName(),
                cell.getAddress()).isNotEqualTo(CellType.ERROR);
        return type == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** The row whose cells include all these texts, and the columns by header text. */
    private static Map<String, Integer> headers(Sheet sheet, String... mustHave) {
        for (Row row : sheet) {
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : row) {
                String text = text(cell);
                if (!text.isEmpty()) {
                    columns.putIfAbsent(text, cell.getColumnIndex());
                }
            }
            if (columns.keySet().containsAll(List.of(mustHave))) {
                columns.put("#row", row.getRowNum());
                return columns;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no header row with " + List.of(mustHave));
    }

    /** The Disk growth sheet, one map of header to value per year row. */
    List<Map<String, Cell>> years() {
        Sheet sheet = workbook.getSheet("Disk growth");
        Map<String, Integer> columns = headers(sheet, "Year", "Population", "Births", "Backup disk (GB)");
        List<Map<String, Cell>> years = new ArrayList<>();
        for (int r = columns.get("#row") + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Double.isNaN(number(row.getCell(columns.get("Year"))))) {
                break;
            }
            Map<String, Cell> year = new HashMap<>();
            columns.forEach((header, c) -> year.put(header, c < 0 ? null : row.getCell(c)));
            years.add(year);
        }
        return years;
    }

    /** The Servers sheet: "environment / role" to its row, plus "Total". */
    Map<String, Map<String, Cell>> servers() {
        Sheet sheet = workbook.getSheet("Servers");
        Map<String, Integer> columns = headers(sheet, "Environment", "Role", "Count");
        Map<String, Map<String, Cell>> servers = new HashMap<>();
        for (int r = columns.get("#row") + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String environment = row == null ? "" : text(row.getCell(columns.get("Environment")));
            if (environment.isEmpty()) {
                break;
            }
            Map<String, Cell> line = new HashMap<>();
            columns.forEach((header, c) -> line.put(header, row.getCell(c)));
            String key = environment.equals("Total") ? "Total"
                    : environment + " / " + text(row.getCell(columns.get("Role")));
            servers.put(key, line);
        }
        return servers;
    }

    /** Summary rows: the text in column A to the cell in column B. */
    Map<String, Cell> summary() {
        Map<String, Cell> rows = new HashMap<>();
        for (Row row : workbook.getSheet("Summary")) {
            String label = text(row.getCell(0));
            if (!label.isEmpty()) {
                rows.put(label, row.getCell(1));
            }
        }
        return rows;
    }

    /** The lines of the list cell below a heading on the Summary, without their bullets. */
    List<String> summaryList(String heading) {
        Sheet sheet = workbook.getSheet("Summary");
        for (Row row : sheet) {
            if (text(row.getCell(0)).equals(heading)) {
                String list = text(sheet.getRow(row.getRowNum() + 1).getCell(0));
                List<String> lines = new ArrayList<>();
                for (String line : list.split("\n")) {
                    lines.add(line.startsWith(SummarySheet.BULLET) ? line.substring(SummarySheet.BULLET.length()) : line);
                }
                return lines;
            }
        }
        throw new AssertionError("no " + heading + " on the Summary");
    }

    // ---- comparing -----------------------------------------------------------------------------

    /** Asserts that every figure the workbook shows equals the model's plan. */
    void assertShows(SizingPlan plan) {
        assertYears(plan, plan.years().size());
        assertServers(plan);
        assertSummary(plan);
    }

    void assertYears(SizingPlan plan, int yearsToCompare) {
        List<Map<String, Cell>> years = years();
        assertThat(years.size()).as("rows on Disk growth").isGreaterThanOrEqualTo(yearsToCompare);
        for (int i = 0; i < yearsToCompare; i++) {
            YearProjection expected = plan.years().get(i);
            Map<String, Cell> row = years.get(i);
            String year = "year " + expected.year() + " ";
            assertThat(number(row.get("Year"))).as(year + "Year").isEqualTo(expected.year());
            close(row.get("Population"), expected.population(), year + "population");
            close(row.get("Coverage (%)"), expected.coveragePercent(), year + "coverage");
            close(row.get("Births"), expected.births(), year + "births");
            close(row.get("Deaths"), expected.deaths(), year + "deaths");
            close(row.get("Other events"), expected.otherEvents(), year + "other events");
            close(row.get("Migrated records"), expected.legacyRecords(), year + "legacy records");
            close(row.get("Records"), expected.records(), year + "records");
            gb(row.get("Record data (GB)"), expected.recordDataGb(), year + "record data");
            gb(row.get("Attachments (GB)"), expected.attachmentsGb(), year + "attachments");
            gb(row.get("Application-server disk (GB)"), expected.applicationServerDiskGb(), year + "app disk");
            gb(row.get("Provisioned disk (GB)"), expected.provisionedDiskGb(), year + "provisioned disk");
            gb(row.get("Backup disk (GB)"), expected.backupServerDiskGb(), year + "backup disk");
            gb(row.get("Provisioned backup disk (GB)"), expected.provisionedBackupDiskGb(),
                    year + "provisioned backup");
            assertThat(number(row.get("Production servers"))).as(year + "production servers")
                    .isEqualTo(expected.productionServers());
            boolean grows = plan.clusterChanges().stream().anyMatch(c -> c.year() == expected.year());
            if (grows) {
                assertThat(number(row.get("Cluster grows (year)"))).as(year + "cluster grows").isEqualTo(expected.year());
            } else {
                assertThat(text(row.get("Cluster grows (year)"))).as(year + "cluster grows").isEmpty();
                assertThat(number(row.get("Cluster grows (year)"))).as(year + "cluster grows").isNaN();
            }
        }
    }

    void assertServers(SizingPlan plan) {
        Map<String, Map<String, Cell>> rows = servers();
        Map<String, ServerLine> expected = new HashMap<>();
        for (ServerLine line : plan.servers()) {
            expected.put(line.environment().id() + " / " + line.role().label(), line);
        }
        assertThat(rows.keySet()).containsAll(expected.keySet());
        rows.forEach((key, row) -> {
            if (key.equals("Total")) {
                return;
            }
            ServerLine line = expected.get(key);
            if (line == null) {
                assertThat(number(row.get("Count"))).as(key + " is not in the plan").isZero();
                return;
            }
            assertThat(number(row.get("Count"))).as(key + " count").isEqualTo(line.count());
            assertThat(number(row.get("CPUs each"))).as(key + " CPUs").isEqualTo(line.cpus());
            assertThat(number(row.get("RAM each (GB)"))).as(key + " RAM").isEqualTo(line.ramGb());
            gb(row.get("Required disk each (GB)"), line.requiredDiskGb(), key + " required disk");
            gb(row.get("Provisioned disk each (GB)"), line.diskGb(), key + " disk");
            gb(row.get("Provisioned disk in total (GB)"), line.count() * line.diskGb(), key + " disk in total");
            assertThat(text(row.get("Operating system"))).isEqualTo(line.os());
        });
        Totals totals = plan.totals();
        Map<String, Cell> total = rows.get("Total");
        assertThat(number(total.get("Count"))).as("total servers").isEqualTo(totals.servers());
        assertThat(number(total.get("CPUs in total"))).as("total CPUs").isEqualTo(totals.cpus());
        assertThat(number(total.get("RAM in total (GB)"))).as("total RAM").isEqualTo(totals.ramGb());
        gb(total.get("Provisioned disk in total (GB)"), totals.diskGb(), "total disk");
    }

    void assertSummary(SizingPlan plan) {
        Map<String, Cell> summary = summary();
        int horizon = plan.inputs().horizonYears();
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        assertThat(text(summary.get("Deployment stage"))).isEqualTo(plan.inputs().stage().label());
        assertThat(text(summary.get("Planning horizon"))).isEqualTo(horizon + (horizon == 1 ? " year" : " years"));
        close(summary.get("Records in year 1"), first.records(), "summary records year 1");
        close(summary.get("Records in year " + horizon), last.records(), "summary records at horizon");
        gb(summary.get("Application-server disk in year 1"), first.applicationServerDiskGb(), "summary disk year 1");
        gb(summary.get("Application-server disk in year " + horizon), last.applicationServerDiskGb(),
                "summary disk at horizon");
        String fill = "(at most " + InputFieldText.percent(plan.inputs().maxFillPercent()) + "% full)";
        gb(summary.get("Provisioned application-server disk " + fill), last.provisionedDiskGb(),
                "summary provisioned disk");
        if (plan.inputs().stage() == DeploymentStage.POC) {
            assertThat(text(summary.get("Backup disk in year " + horizon))).isEqualTo("none in a proof of concept");
            assertThat(text(summary.get("Provisioned backup disk " + fill))).isEqualTo("none in a proof of concept");
        } else {
            gb(summary.get("Backup disk in year " + horizon), last.backupServerDiskGb(), "summary backup");
            gb(summary.get("Provisioned backup disk " + fill), last.provisionedBackupDiskGb(),
                    "summary provisioned backup");
        }
        assertThat(number(summary.get("Production servers in year " + horizon))).isEqualTo(plan.productionServers());
        assertThat(number(summary.get("Servers in total"))).isEqualTo(plan.totals().servers());
        gb(summary.get("Provisioned disk, all servers together"), plan.totals().diskGb(), "summary total disk");

        List<String> growth = summaryList("When the production cluster must grow");
        if (plan.clusterChanges().isEmpty()) {
            assertThat(growth).hasSize(1);
            assertThat(growth.get(0)).startsWith("No ");
        } else {
            List<String> expected = new ArrayList<>();
            for (ClusterChange change : plan.clusterChanges()) {
                expected.add("Year " + change.year() + ": grow to " + change.productionServers()
                        + " production servers");
            }
            assertThat(growth).containsExactlyElementsOf(expected);
        }
        List<String> advice = summaryList("Advice from the OpenCRVS documentation");
        List<String> expected = plan.advisories().stream().map(Advisory::message).toList();
        assertThat(advice).hasSameSizeAs(expected);
        for (int i = 0; i < advice.size(); i++) {
            assertSameAdvice(advice.get(i), expected.get(i));
        }
    }

    /**
     * The same words, and the same GB figures to 0.01: the spreadsheet and Java may round a
     * figure that ends in exactly half a hundredth differently.
     */
    private static void assertSameAdvice(String actual, String expected) {
        assertThat(GB_FIGURE.matcher(actual).replaceAll("#")).isEqualTo(GB_FIGURE.matcher(expected).replaceAll("#"));
        List<Double> actualFigures = GB_FIGURE.matcher(actual).results()
                .map(m -> Double.parseDouble(m.group().replace(",", "").replace(" GB", ""))).toList();
        List<Double> expectedFigures = GB_FIGURE.matcher(expected).results()
                .map(m -> Double.parseDouble(m.group().replace(",", "").replace(" GB", ""))).toList();
        assertThat(actualFigures).hasSameSizeAs(expectedFigures);
        for (int i = 0; i < actualFigures.size(); i++) {
            assertThat(actualFigures.get(i)).as(actual)
                    .isCloseTo(expectedFigures.get(i), within(gbTolerance(expectedFigures.get(i)) + 1e-9));
        }
    }

    private static void close(Cell cell, double expected, String what) {
        double actual = number(cell);
        if (expected == 0) {
            assertThat(actual).as(what).isCloseTo(0, within(1e-9));
        } else {
            assertThat(actual).as(what).isCloseTo(expected, withinPercentage(1e-7));
        }
    }

    private static void gb(Cell cell, double expected, String what) {
        assertThat(number(cell)).as(what + " (GB)").isCloseTo(expected, within(gbTolerance(expected)));
    }

    /**
     * 0.01 GB, up to 100 billion GB. Spreadsheets, and POI like them, keep about 15 significant
     * digits, so beyond that (far beyond any real plan) 0.01 GB is below their precision and the
     * figures are compared to 1 part in 10^13 instead.
     */
    static double gbTolerance(double expected) {
        return Math.max(GB, Math.abs(expected) * 1e-13);
    }

    /** How the summary writes a percentage: 70 as "70", 72.5 as "72.5". */
    static final class InputFieldText {
        private InputFieldText() {
        }

        static String percent(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
