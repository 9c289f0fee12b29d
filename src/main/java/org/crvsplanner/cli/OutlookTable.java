package org.crvsplanner.cli;

import java.util.OptionalInt;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.Quantiles;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.text.Wording;

/**
 * The outlook as readable text, after the plan's table: the ranges and each year's band, the
 * tornado, and the fill dates. Banded figures are whole GB: the ends of a range are estimates,
 * and decimals would claim a precision they do not have.
 */
final class OutlookTable {
    private static final String NL = System.lineSeparator();

    private final Wording wording;

    private OutlookTable(Wording wording) {
        this.wording = wording;
    }

    static String write(Outlook outlook, SizingInputs likely, Wording wording) {
        StringBuilder out = new StringBuilder();
        OutlookTable table = new OutlookTable(wording);
        outlook.uncertainty().ifPresent(u -> table.bands(outlook, u, likely, out));
        if (!outlook.tornado().isEmpty()) {
            table.tornado(outlook, likely.horizonYears(), out);
        }
        if (outlook.diskGb().isPresent()) {
            table.fillDates(outlook, likely.horizonYears(), out);
        }
        return out.toString();
    }

    private String text(String key, Object... args) {
        return LanguageOption.text(wording, key, args);
    }

    private String right(String key) {
        return ">" + text(key);
    }

    private void bands(Outlook outlook, Uncertainty u, SizingInputs likely, StringBuilder out) {
        out.append(NL).append(text("outlook.ranges.title", (long) u.trials(), Long.toString(u.seed()))).append(NL);
        TextTable ranges = new TextTable(text("outlook.input"), right("outlook.low"), right("outlook.likely"),
                right("outlook.high"));
        for (InputRange range : outlook.ranges().ranges()) {
            int decimals = range.input().decimals();
            ranges.row(range.input().key(), wording.number(range.low(), decimals),
                    wording.number(range.input().get(likely), decimals), wording.number(range.high(), decimals));
        }
        ranges.appendTo(out);
        out.append(NL).append(text("outlook.bands.title")).append(NL);
        TextTable years = new TextTable(right("table.year"), right("table.records"), right("table.appDisk"),
                right("table.provisioned"), right("table.backupDisk"));
        for (YearBand band : u.years()) {
            years.row(Integer.toString(band.year()), band(band.records(), false),
                    band(band.applicationServerDiskGb(), true), band(band.provisionedDiskGb(), true),
                    band(band.backupServerDiskGb(), true));
        }
        years.appendTo(out);
    }

    /** "1,014 GB (P10 960 – P90 1,090)". */
    private String band(Quantiles q, boolean gb) {
        String p50 = wording.whole(q.p50());
        return text("outlook.band", gb ? wording.withUnit(p50, "GB") : p50, wording.whole(q.p10()),
                wording.whole(q.p90()));
    }

    private void tornado(Outlook outlook, int horizon, StringBuilder out) {
        out.append(NL).append(text("outlook.tornado.title", Integer.toString(horizon))).append(NL);
        TextTable table = new TextTable(text("outlook.input"), right("outlook.atLow"), right("outlook.atHigh"),
                right("outlook.swing"));
        for (Tornado.Swing swing : outlook.tornado()) {
            table.row(swing.input().key(), wholeGb(swing.lowGb()), wholeGb(swing.highGb()), wholeGb(swing.widthGb()));
        }
        table.appendTo(out);
    }

    private void fillDates(Outlook outlook, int horizon, StringBuilder out) {
        String disk = wholeGb(outlook.diskGb().getAsDouble());
        out.append(NL).append(text("outlook.fill.title", disk)).append(NL);
        boolean ranged = outlook.fillDates().stream().anyMatch(d -> d.range().isPresent());
        TextTable table = ranged
                ? new TextTable(text("outlook.threshold"), right("outlook.month"), text("outlook.when"),
                        right("outlook.monthRange"))
                : new TextTable(text("outlook.threshold"), right("outlook.month"), text("outlook.when"));
        int months = horizon * 12;
        for (FillDate date : outlook.fillDates()) {
            String threshold = text("outlook.threshold." + date.thresholdPercent());
            String month = month(date.monthsFromStart(), months);
            String when = date.monthsFromStart().isPresent()
                    ? text("outlook.yearMonth", Integer.toString(FillDate.yearOf(date.monthsFromStart().getAsInt())),
                            Integer.toString(FillDate.monthOfYear(date.monthsFromStart().getAsInt())))
                    : text("outlook.beyondWhen");
            if (ranged) {
                FillDate.MonthRange range = date.range().orElseThrow();
                table.row(threshold, month, when, month(range.p10(), months) + " – " + month(range.p90(), months));
            } else {
                table.row(threshold, month, when);
            }
        }
        table.appendTo(out);
        OptionalInt alert = outlook.fillDates().stream().filter(d -> d.thresholdPercent() == FillDates.ALERT_PERCENT)
                .findFirst().map(FillDate::monthsFromStart).orElse(OptionalInt.empty());
        out.append(alert.isPresent()
                ? text(wording.pluralKey("outlook.headroom", alert.getAsInt()), disk, (long) alert.getAsInt())
                : text("outlook.headroomBeyond", disk, (long) months)).append(NL);
    }

    private String month(OptionalInt month, int horizonMonths) {
        return month.isPresent() ? Integer.toString(month.getAsInt())
                : text("outlook.beyond", Integer.toString(horizonMonths));
    }

    private String wholeGb(double gb) {
        return wording.withUnit(wording.whole(gb), "GB");
    }
}
