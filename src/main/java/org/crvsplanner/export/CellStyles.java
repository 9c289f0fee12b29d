package org.crvsplanner.export;

import java.util.HashMap;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * The workbook's cell styles. Like MOSIP's sizing calculators, the three kinds of figure look
 * different: inputs the officer may change, benchmark data from OpenCRVS, and calculations.
 * Styles are shared, because a workbook holds a limited number of them.
 */
final class CellStyles {
    static final String WHOLE = "#,##0";
    static final String GB = "#,##0.00";
    static final String DECIMAL = "#,##0.00";
    static final String RATE = "#,##0.000";
    static final String PERCENT = "0.0";
    static final String PLAIN = "0";
    static final String GENERAL = "General";
    static final String DATE = "yyyy-mm-dd";

    private static final byte[] INPUT_FILL = opaque(0xFF, 0xF2, 0xCC);
    private static final byte[] INPUT_TEXT = opaque(0x1F, 0x3F, 0x9F);
    private static final byte[] BENCHMARK_FILL = opaque(0xE2, 0xEF, 0xDA);
    private static final byte[] HEADER_FILL = opaque(0x1F, 0x4E, 0x79);
    private static final byte[] HEADER_TEXT = opaque(0xFF, 0xFF, 0xFF);
    private static final byte[] BORDER = opaque(0xBF, 0xBF, 0xBF);
    private static final byte[] NOTE_TEXT = opaque(0x59, 0x59, 0x59);

    /** What a cell holds, which decides how it looks. */
    enum Kind {
        INPUT, BENCHMARK, CALCULATED, TOTAL
    }

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> figures = new HashMap<>();
    private final XSSFFont bold;

    final XSSFCellStyle title;
    final XSSFCellStyle section;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle totalLabel;
    /** The user's own words: quote-prefixed, so editing the cell keeps it text. */
    final XSSFCellStyle userText;
    /** The user's own words in an input cell, such as an event type's name. */
    final XSSFCellStyle userInput;
    final XSSFCellStyle inputText;
    final XSSFCellStyle benchmarkText;
    final XSSFCellStyle calculatedText;
    final XSSFCellStyle date;

    CellStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        normalStyle(workbook);
        bold = workbook.createFont();
        bold.setBold(true);

        title = workbook.createCellStyle();
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 15);
        titleFont.setColor(new XSSFColor(HEADER_FILL));
        title.setFont(titleFont);

        section = workbook.createCellStyle();
        XSSFFont sectionFont = workbook.createFont();
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 12);
        sectionFont.setColor(new XSSFColor(HEADER_FILL));
        section.setFont(sectionFont);

        note = workbook.createCellStyle();
        XSSFFont noteFont = workbook.createFont();
        noteFont.setItalic(true);
        noteFont.setColor(new XSSFColor(NOTE_TEXT));
        note.setFont(noteFont);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        header = workbook.createCellStyle();
        XSSFFont headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(HEADER_TEXT));
        header.setFont(headerFont);
        fill(header, HEADER_FILL);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        border(header);

        label = workbook.createCellStyle();
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        border(label);

        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        border(wrapped);

        totalLabel = workbook.createCellStyle();
        totalLabel.cloneStyleFrom(label);
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.MEDIUM);

        userText = workbook.createCellStyle();
        userText.cloneStyleFrom(wrapped);
        userText.setQuotePrefixed(true);

        inputText = text(Kind.INPUT);
        userInput = text(Kind.INPUT);
        userInput.setQuotePrefixed(true);
        benchmarkText = text(Kind.BENCHMARK);
        calculatedText = text(Kind.CALCULATED);

        date = workbook.createCellStyle();
        date.cloneStyleFrom(wrapped);
        date.setAlignment(HorizontalAlignment.LEFT);
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE));
    }

    /**
     * Declares the built-in "Normal" cell style that every cell format derives from. POI writes
     * none, and readers such as openpyxl then warn that the workbook has no default style. Its
     * schema types are not in POI's lite jar, so the element is written through a cursor. POI
     * adds the other parts of the stylesheet when it saves, each in its place by the schema's
     * order, so this one may come first.
     */
    private static void normalStyle(XSSFWorkbook workbook) {
        CTStylesheet stylesheet = workbook.getStylesSource().getCTStylesheet();
        try (XmlCursor cursor = stylesheet.newCursor()) {
            String ns = XSSFRelation.NS_SPREADSHEETML;
            cursor.toEndToken();
            cursor.beginElement(new QName(ns, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(ns, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    /** A figure of the given kind in the given number format. */
    XSSFCellStyle figure(Kind kind, String format) {
        return figures.computeIfAbsent(kind + "|" + format, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            dress(style, kind);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    XSSFCellStyle input(String format) {
        return figure(Kind.INPUT, format);
    }

    XSSFCellStyle benchmark(String format) {
        return figure(Kind.BENCHMARK, format);
    }

    XSSFCellStyle calculated(String format) {
        return figure(Kind.CALCULATED, format);
    }

    XSSFCellStyle total(String format) {
        return figure(Kind.TOTAL, format);
    }

    private XSSFCellStyle text(Kind kind) {
        XSSFCellStyle style = workbook.createCellStyle();
        dress(style, kind);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setAlignment(HorizontalAlignment.LEFT);
        // Wrapped, so that a long word or a wider stand-in font grows the row instead of clipping.
        style.setWrapText(true);
        return style;
    }

    private void dress(XSSFCellStyle style, Kind kind) {
        border(style);
        switch (kind) {
            case INPUT -> {
                fill(style, INPUT_FILL);
                XSSFFont font = workbook.createFont();
                font.setColor(new XSSFColor(INPUT_TEXT));
                style.setFont(font);
                style.setLocked(false);
            }
            case BENCHMARK -> fill(style, BENCHMARK_FILL);
            case TOTAL -> {
                style.setFont(bold);
                style.setBorderTop(BorderStyle.MEDIUM);
            }
            case CALCULATED -> {
                // Plain, so that the coloured cells stand out as the ones to read or change.
            }
        }
    }

    private static void fill(XSSFCellStyle style, byte[] colour) {
        style.setFillForegroundColor(new XSSFColor(colour));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (style instanceof XSSFCellStyle xssf) {
            XSSFColor grey = new XSSFColor(BORDER);
            xssf.setBottomBorderColor(grey);
            xssf.setTopBorderColor(grey);
            xssf.setLeftBorderColor(grey);
            xssf.setRightBorderColor(grey);
        }
    }

    /**
     * A colour as the format wants it, ARGB with the alpha first ("FF1F4E79"). Gnumeric rejects
     * six-digit RGB as an invalid colour, and its header row then turns white on white.
     */
    private static byte[] opaque(int r, int g, int b) {
        return new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b};
    }
}
