package org.crvsplanner.export;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The Compare sheet: the scenarios side by side, a row per compared figure in one unit, each
 * other scenario's difference from the first as a live formula over the same row, then the disk
 * per server year by year, a column per curve of the window's chart.
 */
final class ComparisonSheet {
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int LABEL = 0;
    static final int UNIT = 1;
    static final int FIRST_SCENARIO = 2;

    private ComparisonSheet() {
    }

    /** The column of the first scenario's difference; the others follow. */
    static int firstDifference(Comparison comparison) {
        return FIRST_SCENARIO + comparison.names().size();
    }

    /** @return the row of the year-by-year block's header */
    static int write(Grid grid, CellStyles styles, Comparison comparison, WorkbookWords words) {
        List<String> names = comparison.names().stream().map(CellText::literal).toList();
        int scenarios = names.size();
        int firstDifference = firstDifference(comparison);
        int lastColumn = firstDifference + scenarios - 2;

        grid.text(0, LABEL, words.text("compare.title"), styles.title);
        String intro = words.text("compare.intro", names.get(0), comparison.date(), comparison.appVersion());
        grid.text(1, LABEL, intro, styles.note);
        grid.merge(1, LABEL, lastColumn);

        String[] headers = new String[lastColumn + 1];
        headers[LABEL] = words.text("header.figure");
        headers[UNIT] = words.text("header.unit");
        for (int i = 0; i < scenarios; i++) {
            headers[FIRST_SCENARIO + i] = names.get(i);
        }
        for (int i = 1; i < scenarios; i++) {
            headers[firstDifference + i - 1] = words.text("compare.header.difference", names.get(i), names.get(0));
        }
        int[] widths = new int[lastColumn + 1];
        widths[LABEL] = 36;
        widths[UNIT] = 16;
        for (int c = FIRST_SCENARIO; c <= lastColumn; c++) {
            // A difference's heading names two scenarios.
            widths[c] = c < firstDifference ? 20 : 26;
        }
        grid.headers(HEADER_ROW, headers, widths, styles.header);

        int r = FIRST_ROW;
        for (Comparison.Row row : comparison.rows()) {
            grid.text(r, LABEL, row.label(), styles.label);
            if (row instanceof Comparison.Figure figure) {
                figureRow(grid, styles, r, figure, firstDifference);
            } else {
                wordsRow(grid, styles, r, (Comparison.Words) row, firstDifference, words);
            }
            r++;
        }

        int yearsHeader = yearByYear(grid, styles, r + 1, comparison, words);
        grid.widths(widths);
        grid.layout(HEADER_ROW, FIRST_ROW);
        return yearsHeader;
    }

    private static void figureRow(Grid grid, CellStyles styles, int r, Comparison.Figure figure, int firstDifference) {
        grid.text(r, UNIT, figure.unit(), styles.label);
        String format = CellStyles.WHOLE + (figure.decimals() > 0 ? "." + "0".repeat(figure.decimals()) : "");
        // "+1,234.56" and "-1,234.56": which way a scenario differs reads at a glance.
        String signed = "+" + format + ";-" + format + ";" + format;
        XSSFCellStyle value = styles.benchmark(format);
        for (int i = 0; i < figure.size(); i++) {
            grid.number(r, FIRST_SCENARIO + i, figure.values().get(i), value);
        }
        for (int i = 1; i < figure.size(); i++) {
            grid.formula(r, firstDifference + i - 1,
                    Grid.ref(r, FIRST_SCENARIO + i) + "-" + Grid.ref(r, FIRST_SCENARIO), styles.calculated(signed));
        }
    }

    private static void wordsRow(Grid grid, CellStyles styles, int r, Comparison.Words row, int firstDifference,
            WorkbookWords words) {
        grid.cell(r, UNIT, styles.label);
        for (int i = 0; i < row.size(); i++) {
            grid.text(r, FIRST_SCENARIO + i, row.values().get(i), styles.benchmarkText);
        }
        String same = FormulaText.literal(words.text("compare.same"));
        String differs = FormulaText.literal(words.text("compare.differs"));
        for (int i = 1; i < row.size(); i++) {
            // EXACT, as the window compares: "=" ignores case.
            grid.formula(r, firstDifference + i - 1, "IF(EXACT(" + Grid.ref(r, FIRST_SCENARIO + i) + ","
                    + Grid.ref(r, FIRST_SCENARIO) + ")," + same + "," + differs + ")", styles.calculatedText);
        }
    }

    /** Disk per server year by year, a column per curve; a scenario's column ends at its horizon. */
    private static int yearByYear(Grid grid, CellStyles styles, int r, Comparison comparison, WorkbookWords words) {
        List<Comparison.Curve> curves = comparison.curves();
        if (curves.isEmpty()) {
            return -1;
        }
        grid.text(r, LABEL, words.text("compare.years.title", words.unit(comparison.curveUnit())), styles.section);
        int header = r + 1;
        grid.text(header, LABEL, words.text("compare.header.year"), styles.header);
        int years = 0;
        for (int i = 0; i < curves.size(); i++) {
            grid.text(header, UNIT + i, CellText.literal(curves.get(i).name()), styles.header);
            grid.fitHeight(header, curves.get(i).name(), i == 0 ? 15 : 19);
            years = Math.max(years, curves.get(i).values().length);
        }
        XSSFCellStyle gb = styles.benchmark(CellStyles.GB);
        XSSFCellStyle year = styles.calculated(CellStyles.PLAIN);
        for (int y = 0; y < years; y++) {
            int row = header + 1 + y;
            grid.number(row, LABEL, y + 1, year);
            for (int i = 0; i < curves.size(); i++) {
                double[] values = curves.get(i).values();
                if (y < values.length) {
                    grid.number(row, UNIT + i, values[y], gb);
                } else {
                    grid.cell(row, UNIT + i, gb);
                }
            }
        }
        return header;
    }
}
