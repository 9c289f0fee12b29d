package org.crvsplanner.export;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingPlan;

/**
 * Whether the nightly backup crosses the link in time: a row a year of formulas over the Disk
 * growth and Assumptions sheets, in the model's order of operations, then the first year over
 * the window, the link that fits every night and a full restore's time. An officer types a
 * faster link on the Assumptions sheet and sees the year move.
 */
final class OperationsSheet {
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;

    /** A transfer's units: not OpenCRVS figures, but shown and named like them. */
    static final double MEGABITS_PER_GB = 8_000;
    static final double SECONDS_PER_HOUR = 3_600;
    static final double DAYS_PER_YEAR = 365;

    enum Column {
        YEAR("operations.column.year", CellStyles.PLAIN, 6),
        DATABASE("operations.column.database", CellStyles.GB, 14),
        NEW_FILES_A_DAY("operations.column.newFilesADay", CellStyles.GB, 14),
        NIGHTLY("operations.column.nightly", CellStyles.GB, 15),
        TRANSFER_HOURS("operations.column.transferHours", CellStyles.DECIMAL, 13),
        FITS("operations.column.fits", CellStyles.GENERAL, 11),
        STAGING_HOURS("operations.column.stagingHours", CellStyles.DECIMAL, 14),
        OVER("operations.column.over", CellStyles.PLAIN, 12),
        MBPS_NEEDED("operations.column.mbpsNeeded", CellStyles.DECIMAL, 15),
        DIFFERENTIAL_HOURS("operations.column.differentialHours", CellStyles.DECIMAL, 15);

        final SheetColumn look;

        Column(String key, String format, int width) {
            look = new SheetColumn(key, format, width);
        }
    }

    private OperationsSheet() {
    }

    static void write(Grid grid, CellStyles styles, SizingPlan plan, WorkbookWords words) {
        int years = plan.years().size();
        Column[] columns = Column.values();
        grid.text(0, 0, words.text("operations.title"), styles.title);
        grid.text(1, 0, words.text("operations.note", words.sheet(WorkbookWords.Tab.ASSUMPTIONS),
                words.sheet(WorkbookWords.Tab.DISK_GROWTH)), styles.note);
        grid.merge(1, 0, columns.length - 1);
        grid.row(1).setHeightInPoints(46);
        int[] widths = SheetColumn.headers(grid, styles, words, HEADER_ROW,
                Stream.of(columns).map(c -> c.look).toArray(SheetColumn[]::new));
        String yes = FormulaText.literal(InputRows.yes(words));
        String no = FormulaText.literal(InputRows.no(words));
        // The summary first: it names the method used and the units, which the rows' formulas use.
        int last = FIRST_ROW + years - 1;
        // The Summary's advice names the figures of the first year over the window.
        grid.name(Names.NIGHTLY_BACKUP_GB, FIRST_ROW, last, Column.NIGHTLY.ordinal());
        grid.name(Names.TRANSFER_HOURS, FIRST_ROW, last, Column.TRANSFER_HOURS.ordinal());
        summary(grid, styles, words, last + 2, years, IntStream.of(widths).sum(),
                grid.column(Column.OVER.ordinal(), FIRST_ROW, last),
                grid.column(Column.MBPS_NEEDED.ordinal(), FIRST_ROW, last),
                grid.column(Column.DIFFERENTIAL_HOURS.ordinal(), FIRST_ROW, last));
        for (int year = 1; year <= years; year++) {
            int r = FIRST_ROW + year - 1;
            for (Column column : columns) {
                grid.formula(r, column.ordinal(), formula(column, r, year, words, yes, no),
                        styles.calculated(column.look.format()));
            }
        }
        grid.widths(widths);
        grid.layout(HEADER_ROW, FIRST_ROW);
    }

    private static String formula(Column column, int r, int year, WorkbookWords words, String yes, String no) {
        String link = "(" + Names.of(Inputs.LINK_MBPS) + "*" + share() + ")";
        String stagingLink = "(" + Names.of(Inputs.STAGING_LINK_MBPS) + "*" + share() + ")";
        String window = Names.of(Inputs.BACKUP_WINDOW_HOURS);
        String inPlan = at(Column.YEAR, r) + "<=" + Names.of(InputField.HORIZON_YEARS);
        String addedToDatabase = "(" + growth(words, DiskGrowthSheet.Column.RECORD_DATA, year) + "+"
                + growth(words, DiskGrowthSheet.Column.DATABASE_OVERHEAD, year) + ")";
        return switch (column) {
            case YEAR -> "ROW()-" + (HEADER_ROW + 1);
            case DATABASE -> year == 1 ? addedToDatabase : at(Column.DATABASE, r - 1) + "+" + addedToDatabase;
            case NEW_FILES_A_DAY -> growth(words, DiskGrowthSheet.Column.ATTACHMENTS, year) + "/"
                    + Names.DAYS_PER_YEAR;
            case NIGHTLY -> "IF(" + Names.BACKUP_METHOD_USED + "=\"differential\"," + at(Column.DATABASE, r) + "+"
                    + at(Column.NEW_FILES_A_DAY, r) + "," + growth(words, DiskGrowthSheet.Column.CITIZEN_DATA, year) + "/" + Names.of(Inputs.BACKUP_COMPRESSION) + ")";
            case TRANSFER_HOURS -> hours(at(Column.NIGHTLY, r), link);
            case FITS -> "IF(" + at(Column.TRANSFER_HOURS, r) + "<=" + window + "," + yes + "," + no + ")";
            case STAGING_HOURS -> hours(at(Column.NIGHTLY, r), stagingLink);
            case OVER -> "IF(AND(" + inPlan + "," + at(Column.TRANSFER_HOURS, r) + ">" + window + "),"
                    + at(Column.YEAR, r) + ",\"\")";
            case MBPS_NEEDED -> "IF(" + inPlan + "," + at(Column.NIGHTLY, r) + "*" + Names.MEGABITS_PER_GB + "/("
                    + window + "*" + Names.SECONDS_PER_HOUR + "*" + share() + "),\"\")";
            // What the differential's largest night would take, whichever method is chosen: the
            // advice offers it when the full archive misses the window.
            case DIFFERENTIAL_HOURS -> "IF(" + inPlan + "," + hours("(" + at(Column.DATABASE, r) + "+"
                    + at(Column.NEW_FILES_A_DAY, r) + ")", link) + ",\"\")";
        };
    }

    /** The method the version really uses: v1.x has its full archive only. */
    static final String METHOD_USED = "IF(AND(" + Names.of(Inputs.BACKUP_METHOD) + "=\"differential\"," + Names.DIFFERENTIAL_OFFERED
            + "=1),\"differential\",\"full\")";

    private static void summary(Grid grid, CellStyles styles, WorkbookWords words, int r, int years, int totalWidth,
            String over, String needed, String differentialHours) {
        String link = "(" + Names.of(Inputs.LINK_MBPS) + "*" + share() + ")";
        String none = FormulaText.literal(words.text("operations.noYearOver"));
        String h = words.unit("h");
        String gb = words.unit("GB");
        Object[][] rows = {
            {"methodUsed", Names.BACKUP_METHOD_USED, METHOD_USED, CellStyles.GENERAL, ""},
            {"firstYearOver", Names.FIRST_YEAR_OVER_WINDOW,
                "IF(COUNT(" + over + ")=0," + none + ",MIN(" + over + "))", CellStyles.PLAIN, ""},
            {"overWindowNightly", Names.OVER_WINDOW_NIGHTLY_GB, overYear(Names.NIGHTLY_BACKUP_GB, years, Column.NIGHTLY), CellStyles.GB, gb},
            {"overWindowHours", Names.OVER_WINDOW_HOURS, overYear(Names.TRANSFER_HOURS, years, Column.TRANSFER_HOURS), CellStyles.DECIMAL, h},
            {"linkNeeded", Names.LINK_MBPS_NEEDED, "CEILING(MAX(" + needed + "),1)", CellStyles.WHOLE,
                words.unit("Mbps")},
            {"differentialFits", Names.DIFFERENTIAL_FITS, "IF(AND(" + Names.DIFFERENTIAL_OFFERED + "=1,COUNTIF("
                + differentialHours + ",\">\"&" + Names.of(Inputs.BACKUP_WINDOW_HOURS) + ")=0),"
                + FormulaText.literal(InputRows.yes(words)) + "," + FormulaText.literal(InputRows.no(words)) + ")",
                CellStyles.GENERAL, ""},
            {"fullRestoreGb", Names.FULL_RESTORE_GB, "IF(" + Names.BACKUP_METHOD_USED + "=\"differential\","
                + Names.HORIZON_CITIZEN_DATA + "," + Names.HORIZON_CITIZEN_DATA + "/"
                + Names.of(Inputs.BACKUP_COMPRESSION) + ")", CellStyles.GB, gb},
            {"fullRestoreHours", Names.FULL_RESTORE_HOURS, hours(Names.FULL_RESTORE_GB, link), CellStyles.DECIMAL, h},
            {"megabitsPerGb", Names.MEGABITS_PER_GB, null, CellStyles.WHOLE, ""},
            {"secondsPerHour", Names.SECONDS_PER_HOUR, null, CellStyles.WHOLE, ""},
            {"daysPerYear", Names.DAYS_PER_YEAR, null, CellStyles.WHOLE, ""},
        };
        double[] constants = {MEGABITS_PER_GB, SECONDS_PER_HOUR, DAYS_PER_YEAR};
        // Two passes: a formula can name only what is already named, and the units come last.
        for (boolean units : new boolean[] {true, false}) {
            int constant = 0;
            for (int i = 0; i < rows.length; i++) {
                Object[] row = rows[i];
                if ((row[2] == null) != units) {
                    continue;
                }
                int at = r + i;
                String key = "operations." + row[0];
                grid.text(at, 0, words.text(key), styles.label);
                grid.merge(at, 0, 2);
                if (units) {
                    grid.number(at, 3, constants[constant++], styles.calculated((String) row[3]));
                } else {
                    grid.formula(at, 3, (String) row[2], styles.calculated((String) row[3]));
                }
                grid.name((String) row[1], at, 3);
                grid.text(at, 4, (String) row[4], styles.label);
                grid.text(at, 5, words.text(key + ".how"), styles.note);
                grid.merge(at, 5, Column.values().length - 1);
            }
        }
        r += rows.length;
        // A proof of concept has no backup server: say so where an officer looks.
        grid.formula(r + 1, 0, "IF(" + Names.STAGE + "=\"poc\"," + FormulaText.literal(words.text("operations.poc"))
                + ",\"\")", styles.note);
        grid.merge(r + 1, 0, Column.values().length - 1);
        // The advice the Summary repeats, beside the figures it quotes.
        String yes = InputRows.yes(words);
        FormulaText formulas = new FormulaText(words.wording());
        grid.formula(r + 2, 0, SummaryAdvice.operations(words.wording(), formulas, yes), styles.calculatedText);
        grid.name(Names.OPERATIONS_ADVICE, r + 2, 0);
        grid.merge(r + 2, 0, Column.values().length - 1);
        grid.fitHeight(r + 2, "• " + words.wording().pattern("advisory.noDifferentialBackup") + "\n• "
                + words.wording().pattern("advisory.linkBelowMinimum"), totalWidth);
        grid.formula(r + 3, 0, SummaryAdvice.overWindow(words.wording(), formulas, yes), styles.calculatedText);
        grid.name(Names.OVER_WINDOW_ADVICE, r + 3, 0);
        grid.merge(r + 3, 0, Column.values().length - 1);
        grid.fitHeight(r + 3, "• " + words.wording().pattern("advisory.backupOverWindow.fullOrDifferential")
                + " 00,000.00 TB", totalWidth);
    }

    /**
     * The first year over the window's figure in the named column, or nothing. With one year it
     * is that year's cell: Gnumeric answers #REF! for INDEX over a one-cell range.
     */
    private static String overYear(String column, int years, Column single) {
        String figure = years == 1 ? at(single, FIRST_ROW) : "INDEX(" + column + "," + Names.FIRST_YEAR_OVER_WINDOW + ")";
        return "IF(ISNUMBER(" + Names.FIRST_YEAR_OVER_WINDOW + ")," + figure + ",\"\")";
    }

    /** LinkSharePercent/100. */
    private static String share() {
        return Names.of(Inputs.LINK_SHARE_PERCENT) + "/100";
    }

    /** gb × megabits per GB / usable Mbps / seconds per hour, the model's order. */
    private static String hours(String gb, String usableMbps) {
        return gb + "*" + Names.MEGABITS_PER_GB + "/" + usableMbps + "/" + Names.SECONDS_PER_HOUR;
    }

    /** The Disk growth sheet's figure of the same year. */
    private static String growth(WorkbookWords words, DiskGrowthSheet.Column column, int year) {
        return DiskGrowthSheet.cell(words, column, year);
    }

    private static String at(Column column, int r) {
        return Grid.ref(r, column.ordinal());
    }
}
