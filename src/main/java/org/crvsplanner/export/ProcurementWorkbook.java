package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.FileProblem;

/**
 * The procurement workbook (.xlsx): Summary, Assumptions, Servers, Disk growth, Checklist and
 * Costs. Its figures are live formulas over the Assumptions sheet that reproduce the model, and
 * each carries its computed value so that viewers which do not recalculate still show the right
 * numbers.
 *
 * <p>Safe to call from any thread; each call builds its own workbook. A 50-year plan takes a few
 * tens of milliseconds once warm.
 */
public final class ProcurementWorkbook {
    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".xlsx";

    private static final String APPLICATION = "CRVS Capacity Planner";
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*]+");
    private static final int MAX_FILE_NAME_STEM = 80;

    private ProcurementWorkbook() {
    }

    /**
     * Writes the workbook to {@code target} atomically: a temporary file in the same folder,
     * then a move. An existing file is replaced, so ask the user first.
     *
     * @throws FileProblem with a message for people when the target cannot be written (missing
     *         folder, a folder in the way, read-only, locked, disk full); no partial file is left
     */
    public static void write(WorkbookContent content, Path target) {
        requireNonNull(content, "content");
        requireNonNull(target, "target");
        XSSFWorkbook workbook = build(content);
        try {
            AtomicFile.write(target, workbook::write);
        } finally {
            closeQuietly(workbook);
        }
    }

    /**
     * Starts loading the workbook machinery on a background thread, so that an export soon
     * after, in a fresh JVM, finishes sooner. Call it early, e.g. when a command starts or the
     * export dialog opens; calling it again only repeats a little work.
     */
    public static void prepare() {
        Warmup.startInBackground();
    }

    /** The workbook as the bytes of an .xlsx file. */
    public static byte[] toBytes(WorkbookContent content) {
        XSSFWorkbook workbook = build(content);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** The workbook in memory, with every formula evaluated; the caller closes it. */
    public static XSSFWorkbook build(WorkbookContent content) {
        requireNonNull(content, "content");
        SizingPlan plan = content.plan();
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        // Tabs in reading order; filled in the order the defined names need.
        Grid summary = new Grid(workbook.createSheet(SummarySheet.NAME));
        Grid assumptions = new Grid(workbook.createSheet(AssumptionsSheet.NAME));
        Grid servers = new Grid(workbook.createSheet(ServersSheet.NAME));
        Grid diskGrowth = new Grid(workbook.createSheet(DiskGrowthSheet.NAME));
        Grid checklist = new Grid(workbook.createSheet(ChecklistSheet.NAME));
        Grid costs = new Grid(workbook.createSheet(CostsSheet.NAME));

        AssumptionsSheet.write(assumptions, styles, plan, minimumMbps(plan));
        DiskGrowthSheet.write(diskGrowth, styles, plan);
        ServersSheet.write(servers, styles, Environment.OS);
        SummarySheet.write(summary, styles, content);
        ChecklistSheet.write(checklist, styles);
        CostsSheet.write(costs, styles);

        workbook.setForceFormulaRecalculation(true);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        // The chart stores the cells' values as they are now, so it comes after the evaluation.
        int years = plan.years().size();
        DiskGrowthChart.draw(diskGrowth.sheet(), DiskGrowthSheet.FIRST_ROW, DiskGrowthSheet.FIRST_ROW + years - 1);
        properties(workbook, content);
        workbook.setActiveSheet(0);
        return workbook;
    }

    /**
     * A file name for the workbook from the scenario name and the date, such as
     * "Pilot Freedonia 2026-11-25.xlsx", without characters that Windows, macOS or Linux refuse.
     */
    public static String suggestedFileName(String scenarioName, LocalDate date) {
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(date, "date");
        String stem = NOT_IN_FILE_NAMES.matcher(scenarioName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (stem.length() > MAX_FILE_NAME_STEM) {
            stem = stem.substring(0, MAX_FILE_NAME_STEM).strip();
        }
        // Windows drops trailing dots, and a leading dot hides the file elsewhere.
        stem = stem.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (stem.isEmpty()) {
            stem = "OpenCRVS server plan";
        }
        return stem + " " + date + EXTENSION;
    }

    private static int minimumMbps(SizingPlan plan) {
        return plan.advisories().stream()
                .filter(Advisory.MinimumBandwidth.class::isInstance)
                .map(Advisory.MinimumBandwidth.class::cast)
                .mapToInt(Advisory.MinimumBandwidth::mbps)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("every plan advises a minimum bandwidth"));
    }

    private static void properties(XSSFWorkbook workbook, WorkbookContent content) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle("OpenCRVS server plan: " + content.displayName());
        core.setCreator(content.author().isBlank() ? APPLICATION : content.author().strip());
        core.setSubjectProperty("Server specification for an OpenCRVS deployment");
        core.setKeywords("OpenCRVS; servers; capacity; procurement");
        core.setDescription("Made with " + APPLICATION + " " + content.appVersion()
                + " from the OpenCRVS documentation, \"Set-up a server-hosted environment\".");
        properties.getExtendedProperties().setApplication(APPLICATION);
        properties.getCustomProperties().addProperty(APPLICATION + " version", content.appVersion());
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // An in-memory workbook has nothing to release.
        }
    }
}
