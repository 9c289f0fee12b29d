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
import org.crvsplanner.text.Wording;
import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.FileProblem;

/**
 * The procurement workbook (.xlsx): Summary, Assumptions, the rules of each OpenCRVS version,
 * Servers, Disk growth, Checklist and Costs. Its figures are live formulas over the Assumptions sheet that reproduce the model, and
 * each carries its computed value so that viewers which do not recalculate still show the right
 * numbers. With ranges or a disk size, a sheet of values after Disk growth shows the bands, the
 * tornado and the fill dates ({@link OutlookSheet}).
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
        write(content, target, Wording.ENGLISH);
    }

    /** Like {@link #write(WorkbookContent, Path)}, with every text in {@code wording}'s language. */
    public static void write(WorkbookContent content, Path target, Wording wording) {
        requireNonNull(content, "content");
        requireNonNull(target, "target");
        // Built whole in memory first (a few hundred kB at most): POI reports a failed write to
        // disk as its own unchecked exception, after logging it, while a failed write of plain
        // bytes is the IOException that AtomicFile words ("the disk is full").
        byte[] bytes = toBytes(content, wording);
        AtomicFile.write(target, out -> out.write(bytes));
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
        return toBytes(content, Wording.ENGLISH);
    }

    /** The workbook in {@code wording}'s language as the bytes of an .xlsx file. */
    public static byte[] toBytes(WorkbookContent content, Wording wording) {
        XSSFWorkbook workbook = build(content, wording);
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
        return build(content, Wording.ENGLISH);
    }

    /**
     * The workbook in {@code wording}'s language, in memory, with every formula evaluated; the
     * caller closes it. Sheet names, headings, notes and the advice are in that language; number
     * formats stay format codes, which Excel and LibreOffice show in the reader's own style.
     */
    public static XSSFWorkbook build(WorkbookContent content, Wording wording) {
        requireNonNull(content, "content");
        WorkbookWords words = new WorkbookWords(requireNonNull(wording, "wording"));
        SizingPlan plan = content.plan();
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyles styles = new CellStyles(workbook);
        String footer = words.text("page.footer");
        // Tabs in reading order; filled in the order the defined names need.
        Grid summary = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.SUMMARY)), footer);
        Grid assumptions = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.ASSUMPTIONS)), footer);
        Grid versions = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.VERSIONS)), footer);
        Grid servers = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.SERVERS)), footer);
        Grid diskGrowth = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.DISK_GROWTH)), footer);
        Grid operations = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.OPERATIONS)), footer);
        Grid outlook = content.outlook().isEmpty() ? null
                : new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.OUTLOOK)), footer);
        Grid checklist = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.CHECKLIST)), footer);
        Grid costs = new Grid(workbook.createSheet(words.sheet(WorkbookWords.Tab.COSTS)), footer);

        AssumptionsSheet.write(assumptions, styles, plan, content.countrySource(), minimumMbps(plan), words);
        VersionsSheet.write(versions, styles, words);
        DiskGrowthSheet.write(diskGrowth, styles, plan, words);
        ServersSheet.write(servers, styles, Environment.OS, words);
        // The Summary's advice names the Operations sheet's figures, so they are named first.
        OperationsSheet.write(operations, styles, plan, words);
        SummarySheet.write(summary, styles, content, words);
        ChecklistSheet.write(checklist, styles, words);
        CostsSheet.write(costs, styles, words);
        OutlookSheet.TornadoRows tornado = outlook == null ? null
                : OutlookSheet.write(outlook, styles, plan, content.outlook(), words);

        workbook.setForceFormulaRecalculation(true);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        // The chart stores the cells' values as they are now, so it comes after the evaluation.
        int years = plan.years().size();
        DiskGrowthChart.draw(diskGrowth.sheet(), DiskGrowthSheet.FIRST_ROW, DiskGrowthSheet.FIRST_ROW + years - 1,
                words);
        if (tornado != null) {
            OutlookChart.draw(outlook.sheet(), tornado, words);
        }
        properties(workbook, content, words);
        workbook.setActiveSheet(0);
        return workbook;
    }

    /** The chosen file, with ".xlsx" added when the person left it out. */
    public static Path withExtension(Path chosen) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) ? chosen
                : chosen.resolveSibling(name + EXTENSION);
    }

    /**
     * A file name for the workbook from the scenario name and the date, such as
     * "Pilot Freedonia 2026-11-25.xlsx", without characters that Windows, macOS or Linux refuse.
     */
    public static String suggestedFileName(String scenarioName, LocalDate date) {
        return suggestedFileName(scenarioName, date, Wording.ENGLISH);
    }

    /** Like {@link #suggestedFileName(String, LocalDate)}, naming a nameless plan in {@code wording}'s language. */
    public static String suggestedFileName(String scenarioName, LocalDate date, Wording wording) {
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(date, "date");
        String stem = NOT_IN_FILE_NAMES.matcher(scenarioName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (stem.length() > MAX_FILE_NAME_STEM) {
            stem = stem.substring(0, MAX_FILE_NAME_STEM).strip();
        }
        // Windows drops trailing dots, and a leading dot hides the file elsewhere.
        stem = stem.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (stem.isEmpty()) {
            stem = new WorkbookWords(wording).text("document.fileName");
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

    private static void properties(XSSFWorkbook workbook, WorkbookContent content, WorkbookWords words) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(PropertyText.clean(words.text("document.title", content.displayName(words.wording()))));
        core.setCreator(PropertyText.clean(content.author().isBlank() ? APPLICATION : content.author().strip()));
        core.setSubjectProperty(words.text("document.subject"));
        core.setKeywords(words.text("document.keywords"));
        core.setDescription(words.text("document.description", APPLICATION, content.appVersion()));
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
