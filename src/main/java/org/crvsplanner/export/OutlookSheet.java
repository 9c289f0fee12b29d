package org.crvsplanner.export;

import java.util.List;
import java.util.OptionalInt;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.Quantiles;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.text.ModelWords;

/**
 * Ranges and fill dates: the Monte Carlo bands per year, the tornado of the horizon's disk and
 * the months in which a disk reaches 50%, 70% and 100%. Unlike the other sheets it holds values,
 * not formulas: a spreadsheet cannot redraw 10,000 trials, so the note says which run the values
 * come from and that changing an assumption does not change them.
 */
final class OutlookSheet {
    static final int COLUMNS = 16;
    private static final String[] BAND_KEYS = {"outlook.figure.records", "outlook.figure.applicationDisk",
        "outlook.figure.provisionedDisk", "outlook.figure.backupDisk", "outlook.figure.provisionedBackupDisk"};

    private final Grid grid;
    private final CellStyles styles;
    private final WorkbookWords words;
    private int row;

    private OutlookSheet(Grid grid, CellStyles styles, WorkbookWords words) {
        this.grid = grid;
        this.styles = styles;
        this.words = words;
    }

    /** Where the tornado's rows are, for its chart; empty when there is no tornado. */
    record TornadoRows(int first, int last) {
    }

    static TornadoRows write(Grid grid, CellStyles styles, SizingPlan plan, Outlook outlook, WorkbookWords words) {
        return new OutlookSheet(grid, styles, words).sheet(plan, outlook);
    }

    private TornadoRows sheet(SizingPlan plan, Outlook outlook) {
        grid.text(0, 0, words.text("outlook.title"), styles.title);
        String note = outlook.uncertainty().map(u -> words.text("outlook.note.trials", (long) u.trials(),
                Long.toString(u.seed()))).orElse(words.text("outlook.note.noRanges"));
        grid.text(1, 0, note, styles.note);
        grid.merge(1, 0, COLUMNS - 1);
        grid.fitHeight(1, note, 150);
        row = 3;
        TornadoRows tornado = null;
        if (outlook.uncertainty().isPresent()) {
            ranges(plan, outlook);
            bands(outlook.uncertainty().get());
            tornado = tornado(plan, outlook.tornado());
        }
        if (outlook.diskGb().isPresent()) {
            fillDates(plan, outlook);
        }
        grid.widths(34, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16);
        grid.onePage(3);
        return tornado;
    }

    private void ranges(SizingPlan plan, Outlook outlook) {
        section("outlook.ranges");
        headers("outlook.header.input", "outlook.header.low", "outlook.header.likely", "outlook.header.high",
                "header.unit");
        for (InputRange range : outlook.ranges().ranges()) {
            String format = range.input().whole() ? CellStyles.WHOLE : CellStyles.GENERAL;
            grid.text(row, 0, inputLabel(range), styles.label);
            grid.number(row, 1, range.low(), styles.calculated(format));
            grid.number(row, 2, range.input().get(plan.inputs()), styles.calculated(format));
            grid.number(row, 3, range.high(), styles.calculated(format));
            grid.text(row, 4, ModelWords.unit(range.input().field(), words.wording()), styles.label);
            row++;
        }
        row++;
    }

    private void bands(Uncertainty u) {
        section("outlook.bands");
        grid.text(row, 0, words.text("outlook.header.year"), styles.header);
        for (int f = 0; f < BAND_KEYS.length; f++) {
            int column = 1 + 3 * f;
            grid.text(row, column, words.text(BAND_KEYS[f]), styles.header);
            grid.cell(row, column + 1, styles.header);
            grid.cell(row, column + 2, styles.header);
            grid.merge(row, column, column + 2);
        }
        grid.row(row).setHeightInPoints(32);
        row++;
        grid.cell(row, 0, styles.header);
        for (int f = 0; f < BAND_KEYS.length; f++) {
            grid.text(row, 1 + 3 * f, "P10", styles.header);
            grid.text(row, 2 + 3 * f, "P50", styles.header);
            grid.text(row, 3 + 3 * f, "P90", styles.header);
        }
        row++;
        for (YearBand band : u.years()) {
            grid.number(row, 0, band.year(), styles.calculated(CellStyles.PLAIN));
            Quantiles[] figures = {band.records(), band.applicationServerDiskGb(), band.provisionedDiskGb(),
                band.backupServerDiskGb(), band.provisionedBackupDiskGb()};
            for (int f = 0; f < figures.length; f++) {
                String format = f == 0 ? CellStyles.WHOLE : CellStyles.GB;
                grid.number(row, 1 + 3 * f, figures[f].p10(), styles.calculated(format));
                grid.number(row, 2 + 3 * f, figures[f].p50(), styles.calculated(format));
                grid.number(row, 3 + 3 * f, figures[f].p90(), styles.calculated(format));
            }
            row++;
        }
        row++;
    }

    private TornadoRows tornado(SizingPlan plan, List<Tornado.Swing> swings) {
        double likely = plan.horizonYear().applicationServerDiskGb();
        section("outlook.tornado", plan.years().size(), words.wording().number(likely, 2));
        headers("outlook.header.input", "outlook.header.atLow", "outlook.header.atHigh", "outlook.header.swing",
                "outlook.header.changeAtLow", "outlook.header.changeAtHigh");
        int first = row;
        for (Tornado.Swing swing : swings) {
            grid.text(row, 0, inputLabel(swing.input().key()), styles.label);
            grid.number(row, 1, swing.lowGb(), styles.calculated(CellStyles.GB));
            grid.number(row, 2, swing.highGb(), styles.calculated(CellStyles.GB));
            grid.number(row, 3, swing.widthGb(), styles.calculated(CellStyles.GB));
            grid.number(row, 4, swing.lowGb() - likely, styles.calculated(CellStyles.GB));
            grid.number(row, 5, swing.highGb() - likely, styles.calculated(CellStyles.GB));
            row++;
        }
        TornadoRows rows = new TornadoRows(first, row - 1);
        // Room for the chart, drawn once the sheet is written.
        row += OutlookChart.HEIGHT_ROWS + 2;
        return rows;
    }

    private void fillDates(SizingPlan plan, Outlook outlook) {
        double disk = outlook.diskGb().getAsDouble();
        section("outlook.fill", words.wording().number(disk, 2));
        boolean ranged = outlook.uncertainty().isPresent();
        if (ranged) {
            headers("outlook.header.threshold", "outlook.header.thresholdGb", "outlook.header.month",
                    "outlook.header.yearOf", "outlook.header.monthOfYear", "outlook.header.p10Month",
                    "outlook.header.p50Month", "outlook.header.p90Month");
        } else {
            headers("outlook.header.threshold", "outlook.header.thresholdGb", "outlook.header.month",
                    "outlook.header.yearOf", "outlook.header.monthOfYear");
        }
        String beyond = words.text("outlook.beyond", (long) plan.years().size() * 12);
        for (FillDate date : outlook.fillDates()) {
            grid.text(row, 0, words.text("outlook.threshold." + date.thresholdPercent()), styles.label);
            grid.number(row, 1, date.thresholdGb(), styles.calculated(CellStyles.GB));
            OptionalInt month = date.monthsFromStart();
            month(row, 2, month, beyond);
            if (month.isPresent()) {
                grid.number(row, 3, FillDate.yearOf(month.getAsInt()), styles.calculated(CellStyles.PLAIN));
                grid.number(row, 4, FillDate.monthOfYear(month.getAsInt()), styles.calculated(CellStyles.PLAIN));
            } else {
                grid.cell(row, 3, styles.calculated(CellStyles.PLAIN));
                grid.cell(row, 4, styles.calculated(CellStyles.PLAIN));
            }
            date.range().ifPresent(range -> {
                month(row, 5, range.p10(), beyond);
                month(row, 6, range.p50(), beyond);
                month(row, 7, range.p90(), beyond);
            });
            row++;
        }
        OptionalInt alert = outlook.fillDates().stream().filter(d -> d.thresholdPercent() == FillDates.ALERT_PERCENT)
                .findFirst().map(FillDate::monthsFromStart).orElse(OptionalInt.empty());
        String headroom = alert.isPresent() ? words.plural("outlook.headroom", alert.getAsInt(), (long) alert.getAsInt())
                : words.text("outlook.headroomBeyond", (long) plan.years().size() * 12);
        grid.text(row, 0, headroom, styles.note);
        grid.merge(row, 0, 7);
    }

    private void month(int r, int c, OptionalInt month, String beyond) {
        if (month.isPresent()) {
            grid.number(r, c, month.getAsInt(), styles.calculated(CellStyles.PLAIN));
        } else {
            grid.text(r, c, beyond, styles.calculatedText);
        }
    }

    private void section(String key, Object... args) {
        grid.text(row, 0, words.text(key, args), styles.section);
        row++;
    }

    private void headers(String... keys) {
        String[] texts = new String[keys.length];
        int[] widths = new int[keys.length];
        for (int c = 0; c < keys.length; c++) {
            texts[c] = words.text(keys[c]);
            widths[c] = c == 0 ? 34 : 16;
            grid.text(row, c, texts[c], styles.header);
        }
        grid.fitHeaders(row, texts, widths);
        row++;
    }

    private String inputLabel(InputRange range) {
        return inputLabel(range.input().key());
    }

    /** The input as the Assumptions sheet calls it. */
    private String inputLabel(String key) {
        return words.text("input." + key);
    }
}
