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
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/**
 * Reads a procurement workbook the way a person does, by sheet, header and label rather than by
 * the writer's row numbers, and compares what it shows with the model.
 */
public final class PlanSheets {
    /** The tolerance the issue sets for disk figures. */
    static final double GB = 0.01;

    private final XSSFWorkbook workbook;
    private final WorkbookWords words;
    private final Wording wording;
    /** A GB figure as the language writes it in the advice: "1,013.71 GB", "1 013,71 Go". */
    private final Pattern gbFigure;

    PlanSheets(XSSFWorkbook workbook) {
        this(workbook, Wording.ENGLISH);
    }

    /** Reads a workbook exported in {@code wording}'s language, by that language's headers and labels. */
    PlanSheets(XSSFWorkbook workbook, Wording wording) {
        this.workbook = workbook;
        this.wording = wording;
        this.words = new WorkbookWords(wording);
        String sample = wording.fixed(1000.5, 1);
        this.gbFigure = Pattern.compile("[0-9][0-9" + Pattern.quote(sample.substring(1, 2)) + "]*"
                + Pattern.quote(sample.substring(5, 6)) + "[0-9]{2}" + Pattern.quote(wording.unitSpace()
                + wording.unit("GB")));
    }

    private String column(String key) {
        return words.text("diskGrowth.column." + key);
    }

    private String header(String key) {
        return words.text("servers.header." + key);
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
    public static void recalculateFromScratch(XSSFWorkbook workbook) {
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

    /** Asserts that no cell of the workbook holds an error such as #REF!, #NAME? or Err:502. */
    static void assertNoErrors(XSSFWorkbook workbook) {
        assertThat(errorCells(workbook)).as("cells that hold an error").isEmpty();
    }

    /** Every cell that holds an error, as "Sheet!A1 = formula". */
    static List<String> errorCells(XSSFWorkbook workbook) {
        List<String> errors = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    boolean formula = cell.getCellType() == CellType.FORMULA;
                    CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
                    if (type == CellType.ERROR) {
                        errors.add(sheet.getSheetName() + "!" + cell.getAddress()
                                + (formula ? " = " + cell.getCellFormula() : ""));
                    }
                }
            }
        }
        return errors;
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
        Sheet sheet = workbook.getSheet(words.sheet(WorkbookWords.Tab.DISK_GROWTH));
        Map<String, Integer> columns = headers(sheet, column("year"), column("population"), column("births"),
                column("backupDisk"));
        List<Map<String, Cell>> years = new ArrayList<>();
        for (int r = columns.get("#row") + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Double.isNaN(number(row.getCell(columns.get(column("year")))))) {
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
        Sheet sheet = workbook.getSheet(words.sheet(WorkbookWords.Tab.SERVERS));
        Map<String, Integer> columns = headers(sheet, header("environment"), header("role"), header("count"));
        Map<String, Map<String, Cell>> servers = new HashMap<>();
        for (int r = columns.get("#row") + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String environment = row == null ? "" : text(row.getCell(columns.get(header("environment"))));
            if (environment.isEmpty()) {
                break;
            }
            Map<String, Cell> line = new HashMap<>();
            columns.forEach((header, c) -> line.put(header, row.getCell(c)));
            String key = environment.equals(words.text("servers.total")) ? "Total"
                    : environment + " / " + text(row.getCell(columns.get(header("role"))));
            servers.put(key, line);
        }
        return servers;
    }

    /** Summary rows: the text in column A to the cell in column B. */
    Map<String, Cell> summary() {
        Map<String, Cell> rows = new HashMap<>();
        for (Row row : workbook.getSheet(words.sheet(WorkbookWords.Tab.SUMMARY))) {
            String label = text(row.getCell(0));
            if (!label.isEmpty()) {
                rows.put(label, row.getCell(1));
            }
        }
        return rows;
    }

    /** The lines of the list cell below a heading on the Summary, without their bullets. */
    List<String> summaryList(String heading) {
        Sheet sheet = workbook.getSheet(words.sheet(WorkbookWords.Tab.SUMMARY));
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
        OperationsFigures.assertShows(workbook, words, plan);
    }

    void assertYears(SizingPlan plan, int yearsToCompare) {
        List<Map<String, Cell>> years = years();
        assertThat(years.size()).as("rows on Disk growth").isGreaterThanOrEqualTo(yearsToCompare);
        for (int i = 0; i < yearsToCompare; i++) {
            YearProjection expected = plan.years().get(i);
            Map<String, Cell> row = years.get(i);
            String year = "year " + expected.year() + " ";
            assertThat(number(row.get(column("year")))).as(year + "Year").isEqualTo(expected.year());
            close(row.get(column("population")), expected.population(), year + "population");
            close(row.get(column("coverage")), expected.coveragePercent(), year + "coverage");
            close(row.get(column("births")), expected.births(), year + "births");
            close(row.get(column("deaths")), expected.deaths(), year + "deaths");
            close(row.get(column("otherEvents")), expected.otherEvents(), year + "other events");
            close(row.get(column("legacy")), expected.legacyRecords(), year + "legacy records");
            close(row.get(column("records")), expected.records(), year + "records");
            gb(row.get(column("recordData")), expected.recordDataGb(), year + "record data");
            gb(row.get(column("databaseOverhead")), expected.databaseOverheadGb(), year + "database overhead");
            gb(row.get(column("attachments")), expected.attachmentsGb(), year + "attachments");
            gb(row.get(column("citizenData")), expected.citizenDataGb(), year + "citizen data");
            gb(row.get(column("monitoring")), expected.monitoringGb(), year + "monitoring");
            gb(row.get(column("logging")), expected.loggingGb(), year + "logging");
            gb(row.get(column("encryptionHeadroom")), expected.encryptionHeadroomGb(), year + "encryption headroom");
            gb(row.get(column("applicationDisk")), expected.applicationServerDiskGb(), year + "app disk");
            gb(row.get(column("provisionedDisk")), expected.provisionedDiskGb(), year + "provisioned disk");
            gb(row.get(column("backupDisk")), expected.backupServerDiskGb(), year + "backup disk");
            gb(row.get(column("provisionedBackupDisk")), expected.provisionedBackupDiskGb(),
                    year + "provisioned backup");
            assertThat(number(row.get(column("productionServers")))).as(year + "production servers")
                    .isEqualTo(expected.productionServers());
            boolean grows = plan.clusterChanges().stream().anyMatch(c -> c.year() == expected.year());
            if (grows) {
                assertThat(number(row.get(column("clusterGrows")))).as(year + "cluster grows").isEqualTo(expected.year());
            } else {
                assertThat(text(row.get(column("clusterGrows")))).as(year + "cluster grows").isEmpty();
                assertThat(number(row.get(column("clusterGrows")))).as(year + "cluster grows").isNaN();
            }
        }
    }

    void assertServers(SizingPlan plan) {
        Map<String, Map<String, Cell>> rows = servers();
        Map<String, ServerLine> expected = new HashMap<>();
        for (ServerLine line : plan.servers()) {
            expected.put(ModelWords.label(line.environment(), wording) + " / " + ModelWords.label(line.role(), wording), line);
        }
        assertThat(rows.keySet()).containsAll(expected.keySet());
        rows.forEach((key, row) -> {
            if (key.equals("Total")) {
                return;
            }
            ServerLine line = expected.get(key);
            if (line == null) {
                assertThat(number(row.get(header("count")))).as(key + " is not in the plan").isZero();
                return;
            }
            assertThat(number(row.get(header("count")))).as(key + " count").isEqualTo(line.count());
            assertThat(number(row.get(header("cpus")))).as(key + " CPUs").isEqualTo(line.cpus());
            assertThat(number(row.get(header("ram")))).as(key + " RAM").isEqualTo(line.ramGb());
            gb(row.get(header("requiredDisk")), line.requiredDiskGb(), key + " required disk");
            gb(row.get(header("disk")), line.diskGb(), key + " disk");
            gb(row.get(header("totalDisk")), line.count() * line.diskGb(), key + " disk in total");
            assertThat(text(row.get(header("os")))).isEqualTo(line.os());
        });
        Totals totals = plan.totals();
        Map<String, Cell> total = rows.get("Total");
        assertThat(number(total.get(header("count")))).as("total servers").isEqualTo(totals.servers());
        assertThat(number(total.get(header("totalCpus")))).as("total CPUs").isEqualTo(totals.cpus());
        assertThat(number(total.get(header("totalRam")))).as("total RAM").isEqualTo(totals.ramGb());
        gb(total.get(header("totalDisk")), totals.diskGb(), "total disk");
    }

    void assertSummary(SizingPlan plan) {
        Map<String, Cell> summary = summary();
        int horizon = plan.inputs().horizonYears();
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        assertThat(text(summary.get(words.text("summary.stage")))).isEqualTo(ModelWords.label(plan.inputs().stage(), wording));
        assertThat(text(summary.get(words.text("summary.horizon"))))
                .isEqualTo(words.plural("summary.horizon.value", horizon, horizon));
        assertThat(text(summary.get(words.text("summary.fill"))))
                .isEqualTo(words.text("summary.fill.value", plan.inputs().maxFillPercent()));
        close(summary.get(words.text("summary.figure.recordsYear1")), first.records(), "summary records year 1");
        close(summary.get(words.text("summary.figure.recordsHorizon", horizon)), last.records(),
                "summary records at horizon");
        gb(summary.get(words.text("summary.figure.diskYear1")), first.applicationServerDiskGb(), "summary disk year 1");
        gb(summary.get(words.text("summary.figure.diskHorizon", horizon)), last.applicationServerDiskGb(),
                "summary disk at horizon");
        double fill = plan.inputs().maxFillPercent();
        gb(summary.get(words.text("summary.figure.provisionedDisk", fill)), last.provisionedDiskGb(),
                "summary provisioned disk");
        Cell backup = summary.get(words.text("summary.figure.backupHorizon", horizon));
        Cell provisionedBackup = summary.get(words.text("summary.figure.provisionedBackup", fill));
        if (plan.inputs().stage() == DeploymentStage.POC) {
            assertThat(text(backup)).isEqualTo(words.text("summary.noneInPoc"));
            assertThat(text(provisionedBackup)).isEqualTo(words.text("summary.noneInPoc"));
        } else {
            gb(backup, last.backupServerDiskGb(), "summary backup");
            gb(provisionedBackup, last.provisionedBackupDiskGb(), "summary provisioned backup");
        }
        assertThat(number(summary.get(words.text("summary.figure.productionServers", horizon))))
                .isEqualTo(plan.productionServers());
        assertThat(number(summary.get(words.text("summary.figure.servers")))).isEqualTo(plan.totals().servers());
        gb(summary.get(words.text("summary.figure.diskTotal")), plan.totals().diskGb(), "summary total disk");

        List<String> growth = summaryList(words.text("summary.growth"));
        List<String> expectedGrowth = new ArrayList<>();
        for (ClusterChange change : plan.clusterChanges()) {
            expectedGrowth.add(words.text("summary.growth.change", change.year(), change.productionServers()));
        }
        if (expectedGrowth.isEmpty()) {
            expectedGrowth.add(plan.inputs().stage() == DeploymentStage.POC ? words.text("summary.growth.poc")
                    : words.plural("summary.growth.none", plan.productionServers(), plan.productionServers()));
        }
        assertThat(growth).containsExactlyElementsOf(expectedGrowth);
        List<String> advice = summaryList(words.text("summary.advice"));
        // The workbook's advice is live formulas over the Assumptions and Operations sheets; the
        // advice on an implausible population is not among them.
        List<String> expected = plan.advisories().stream()
                .filter(a -> !(a instanceof Advisory.PopulationAboveLargestCountry
                        || a instanceof Advisory.PopulationAboveWorld))
                .map(a -> ModelWords.advice(a, wording)).toList();
        assertThat(advice).hasSameSizeAs(expected);
        for (int i = 0; i < advice.size(); i++) {
            assertSameAdvice(advice.get(i), expected.get(i));
        }
    }

    /**
     * The same words, and the same GB figures to 0.01: the spreadsheet and Java may round a
     * figure that ends in exactly half a hundredth differently.
     */
    private void assertSameAdvice(String actual, String expected) {
        assertThat(gbFigure.matcher(actual).replaceAll("#")).isEqualTo(gbFigure.matcher(expected).replaceAll("#"));
        List<Double> actualFigures = gbFigures(actual);
        List<Double> expectedFigures = gbFigures(expected);
        assertThat(actualFigures).hasSameSizeAs(expectedFigures);
        for (int i = 0; i < actualFigures.size(); i++) {
            assertThat(actualFigures.get(i)).as(actual)
                    .isCloseTo(expectedFigures.get(i), within(gbTolerance(expectedFigures.get(i)) + 1e-9));
        }
    }

    private List<Double> gbFigures(String text) {
        return gbFigure.matcher(text).results()
                .map(m -> wording.parse(m.group().substring(0, m.group().length() - 3)).orElseThrow()).toList();
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
}
