package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.text.Wording;

/**
 * The comparison as a workbook of its own, one Compare sheet: what a procurement officer takes
 * to the meeting that chooses between scenarios. Each scenario's own procurement workbook, with
 * its live Assumptions, stays one export away in the main window; a second plan's figures could
 * not follow the first one's Assumptions, so they are not mixed into it.
 */
public final class ComparisonWorkbook {
    private static final String APPLICATION = "CRVS Capacity Planner";

    private ComparisonWorkbook() {
    }

    /**
     * Writes the workbook to {@code target} in one step, as {@link ProcurementWorkbook#write}
     * does: a failure leaves any earlier file as it was.
     *
     * @throws FileProblem naming the file and the reason
     */
    public static void write(Comparison comparison, Path target, Wording wording) {
        requireNonNull(target, "target");
        byte[] bytes = toBytes(comparison, wording);
        AtomicFile.write(target, out -> out.write(bytes));
    }

    /** The workbook as the bytes of an .xlsx file. */
    public static byte[] toBytes(Comparison comparison, Wording wording) {
        try (XSSFWorkbook workbook = build(comparison, wording)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** The workbook in memory, every formula evaluated; the caller closes it. */
    public static XSSFWorkbook build(Comparison comparison, Wording wording) {
        requireNonNull(comparison, "comparison");
        WorkbookWords words = new WorkbookWords(requireNonNull(wording, "wording"));
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyles styles = new CellStyles(workbook);
        Grid sheet = new Grid(workbook.createSheet(words.text("sheet.compare")), words.text("page.footer"));
        ComparisonSheet.write(sheet, styles, comparison, words);
        workbook.setForceFormulaRecalculation(true);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(PropertyText.clean(words.text("compare.document.title", String.join(", ", comparison.names()))));
        core.setCreator(APPLICATION);
        core.setSubjectProperty(words.text("document.subject"));
        core.setKeywords(words.text("document.keywords"));
        core.setDescription(words.text("document.description", APPLICATION, comparison.appVersion()));
        properties.getExtendedProperties().setApplication(APPLICATION);
        properties.getCustomProperties().addProperty(APPLICATION + " version", comparison.appVersion());
        return workbook;
    }

    /** "Compare Pilot, National 2026-12-03.xlsx", without what file names cannot hold. */
    public static String suggestedFileName(Comparison comparison, Wording wording) {
        String names = String.join(", ", comparison.names());
        String stem = new WorkbookWords(wording).text("compare.fileName", names);
        return ProcurementWorkbook.suggestedFileName(stem, comparison.date(), wording);
    }
}
