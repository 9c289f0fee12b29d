package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes cells of one sheet by row and column, both counted from 0 as POI does. */
final class Grid {
    /** Points per wrapped line at the default 11-point font. */
    private static final float LINE_POINTS = 15f;
    /**
     * The share of a column's width, in characters, that a line of text is taken to fill. Where
     * Calibri is missing (Gnumeric and LibreOffice on Linux) a wider font stands in, so rows are
     * made tall enough for that font rather than clip the last line.
     */
    private static final double FONT_SLACK = 0.85;

    private final XSSFSheet sheet;
    private final String pageFooter;

    /** @param pageFooter the printed footer's right part, e.g. "Page &P of &N" */
    Grid(XSSFSheet sheet, String pageFooter) {
        this.sheet = requireNonNull(sheet, "sheet");
        this.pageFooter = requireNonNull(pageFooter, "pageFooter");
    }

    XSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    XSSFRow row(int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    XSSFCell cell(int r, int c, CellStyle style) {
        XSSFCell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    /** Text of our own making, such as a label. */
    XSSFCell text(int r, int c, String text, CellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellValue(text);
        return cell;
    }

    /** The user's words, always a text cell whatever they look like. */
    XSSFCell userText(int r, int c, String text, CellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellValue(CellText.literal(text));
        return cell;
    }

    XSSFCell number(int r, int c, double value, CellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    XSSFCell formula(int r, int c, String formula, CellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellFormula(formula);
        return cell;
    }

    /** "B5": moves with the cell when copied. */
    static String ref(int r, int c) {
        return new CellReference(r, c, false, false).formatAsString();
    }

    /** "'Disk growth'!$B$5". */
    String absolute(int r, int c) {
        return new CellReference(sheet.getSheetName(), r, c, true, true).formatAsString();
    }

    /** "'Disk growth'!$B$5:$B$9". */
    String column(int c, int firstRow, int lastRow) {
        return absolute(firstRow, c) + ":" + new CellReference(lastRow, c, true, true).formatAsString();
    }

    /** Gives the cell a workbook-wide name that formulas on every sheet can use. */
    void name(String name, int r, int c) {
        XSSFWorkbook workbook = sheet.getWorkbook();
        XSSFName defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(absolute(r, c));
    }

    /** Names the cells of column {@code c} from {@code firstRow} to {@code lastRow}, for INDEX. */
    void name(String name, int firstRow, int lastRow, int c) {
        XSSFName defined = sheet.getWorkbook().createName();
        defined.setNameName(name);
        defined.setRefersToFormula(column(c, firstRow, lastRow));
    }

    void merge(int r, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, firstColumn, lastColumn));
    }

    /** Column widths in characters, from column A on. */
    void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256 + 200);
        }
    }

    /**
     * Sets a row tall enough for wrapped text. Spreadsheets do not grow rows for wrapped text on
     * their own when a file opens, so a long note would otherwise show one clipped line.
     */
    void fitHeight(int r, String text, int widthCharacters) {
        int lines = 0;
        int width = Math.max(1, (int) Math.floor(widthCharacters * FONT_SLACK));
        for (String paragraph : text.split("\n", -1)) {
            lines += wrappedLines(paragraph, width);
        }
        float points = Math.max(1, lines) * LINE_POINTS + 3;
        XSSFRow row = row(r);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(points, 409f)));
    }

    /** Writes a header row, one text a column, and makes it tall enough for each to wrap in its width. */
    void headers(int r, String[] headers, int[] widthCharacters, CellStyle style) {
        for (int c = 0; c < headers.length; c++) {
            text(r, c, headers[c], style);
        }
        fitHeaders(r, headers, widthCharacters);
    }

    /** Sets a header row tall enough for every header, each wrapped in its column's width. */
    void fitHeaders(int r, String[] headers, int[] widthCharacters) {
        for (int c = 0; c < headers.length; c++) {
            // Bold text is wider, so wrap a little earlier than plain text would.
            fitHeight(r, headers[c], widthCharacters[c] - 1);
        }
    }

    /** Lines that a paragraph takes when wrapped at word boundaries, as spreadsheets wrap it. */
    private static int wrappedLines(String paragraph, int width) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > width) {
                lines++;
                used = 0;
            }
            // A word longer than the column breaks across lines.
            while (length > width) {
                lines++;
                length -= width;
            }
            used += (used > 0 ? 1 : 0) + length;
        }
        return lines;
    }

    /**
     * Freezes the rows above {@code firstDataRow} and prints landscape, one page wide, with the
     * header row on every page.
     */
    void layout(int headerRow, int firstDataRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        print(firstDataRow, 0);
    }

    /** Like {@link #layout} for a sheet that prints on one page, so it repeats no header. */
    void onePage(int frozenRows) {
        print(frozenRows, 1);
    }

    /**
     * Makes every row tall enough for the wrapped text it holds, in its column's width or its
     * merged cells' width, so that nothing is clipped on screen or on paper. Formulas that
     * write text size their rows themselves, as their text is not known yet.
     */
    private void fitRowsToText() {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                    fitHeight(row.getRowNum(), cell.getStringCellValue(), widthOf(cell));
                }
            }
        }
    }

    /** The cell's width in characters, across the cells merged with it. */
    private int widthOf(Cell cell) {
        int first = cell.getColumnIndex();
        int last = first;
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                first = merged.getFirstColumn();
                last = merged.getLastColumn();
            }
        }
        int units = 0;
        for (int c = first; c <= last; c++) {
            units += sheet.getColumnWidth(c);
        }
        return Math.max(1, units / 256);
    }

    private void print(int frozenRows, int pagesTall) {
        fitRowsToText();
        sheet.createFreezePane(0, frozenRows);
        PrintSetup print = sheet.getPrintSetup();
        // Every sheet but the Summary is wider than an upright page. The Summary is landscape too:
        // Gnumeric lays out every page of a workbook that mixes orientations in the first
        // sheet's, so an upright Summary shrank the other sheets and ran them off the page.
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesTall);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight(pageFooter);
    }
}
