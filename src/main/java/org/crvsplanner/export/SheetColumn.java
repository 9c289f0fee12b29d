package org.crvsplanner.export;

/**
 * How a column of a year-by-year sheet (Disk growth, Operations) looks: its header's key in the
 * export bundle, its number format and its width in characters.
 */
record SheetColumn(String key, String format, int width) {
    /** Writes the headers of {@code columns} in row {@code row} and returns their widths, in order. */
    static int[] headers(Grid grid, CellStyles styles, WorkbookWords words, int row, SheetColumn... columns) {
        String[] headers = new String[columns.length];
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = words.text(columns[i].key());
            widths[i] = columns[i].width();
        }
        grid.headers(row, headers, widths, styles.header);
        return widths;
    }
}
