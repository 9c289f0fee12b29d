package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The file is plain OOXML that every spreadsheet program reads without complaint: what
 * Gnumeric and openpyxl warned about, checked in the file's own XML so that it needs neither.
 */
class PortableFileTest {
    private static final Pattern RGB = Pattern.compile("\\brgb=\"([^\"]*)\"");
    private static final Pattern ONE_CELL_INDEX = Pattern.compile(
            "INDEX\\((?:'[^']+'|[^!(,]+)!\\$([A-Z]+)\\$(\\d+):\\$\\1\\$\\2,");

    private static byte[] export(SizingInputs inputs) {
        return ProcurementWorkbook.toBytes(TestPlans.content(SizingPlan.of(inputs)));
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The workbook as POI opens and saves it again, as the officer's own tools might. */
    private static byte[] resaved(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = PlanSheets.open(xlsx)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("every colour is 8-digit ARGB, as the format wants and Gnumeric insists on")
    void argbColours() throws IOException {
        for (Map.Entry<String, String> part : parts(export(TestPlans.everything())).entrySet()) {
            if (!part.getKey().startsWith("xl/") || part.getKey().startsWith("xl/charts/")) {
                continue; // DrawingML's own srgbClr takes 6 digits, in a val attribute
            }
            Matcher m = RGB.matcher(part.getValue());
            while (m.find()) {
                assertThat(m.group(1)).as("a colour in " + part.getKey()).matches("[0-9A-F]{8}");
            }
        }
        assertThat(parts(export(TestPlans.everything())).get("xl/styles.xml"))
                .as("the input and header fills").contains("rgb=\"FFFFF2CC\"", "rgb=\"FF1F4E79\"");
    }

    @Test
    @DisplayName("the stylesheet declares the Normal style in its place, and keeps it when re-saved")
    void normalStyle() throws IOException {
        byte[] exported = export(TestPlans.everything());
        for (byte[] file : List.of(exported, resaved(exported))) {
            String styles = parts(file).get("xl/styles.xml");
            assertThat(styles).contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                    + "</cellStyles>");
            assertThat(elementOrder(styles)).containsSubsequence("cellStyleXfs", "cellXfs", "cellStyles", "dxfs");
        }
    }

    @Test
    @DisplayName("the chart uses RGB colours and no end-of-paragraph properties, both of which Gnumeric refuses")
    void chartGnumericReads() throws IOException {
        String chart = parts(export(TestPlans.everything())).get("xl/charts/chart1.xml");
        assertThat(chart).contains("<a:srgbClr").doesNotContain("prstClr").doesNotContain("endParaRPr");
        assertThat(chart).contains("Disk per server");
    }

    @Test
    @DisplayName("no formula picks a year out of a one-cell range, which Gnumeric answers with #REF!")
    void noIndexOverOneCell() throws IOException {
        for (SizingInputs inputs : List.of(SizingInputs.docsExample(), TestPlans.shortRetention(), TestPlans.everything())) {
            List<String> formulas = formulas(export(inputs));
            assertThat(formulas).as("formulas of a %d-year workbook", inputs.horizonYears())
                    .noneMatch(f -> ONE_CELL_INDEX.matcher(f).find());
            if (inputs.horizonYears() > 1) {
                assertThat(formulas).anyMatch(f -> f.contains("INDEX("));
            }
        }
    }

    private static List<String> formulas(byte[] xlsx) throws IOException {
        List<String> formulas = new ArrayList<>();
        try (XSSFWorkbook workbook = PlanSheets.open(xlsx)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(cell.getCellFormula());
                        }
                    }
                }
            }
            workbook.getAllNames().forEach(name -> formulas.add(name.getRefersToFormula()));
        }
        return formulas;
    }

    private static List<String> elementOrder(String styles) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<(\\w+)[ >/]").matcher(styles);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
