package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.Quantiles;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

/** The outlook's words in the language of the moment: bands, tornado bars and fill dates. */
final class OutlookTexts {
    private OutlookTexts() {
    }

    /** "P10 960 – P90 1,090 GB", or "" without a band. */
    static String band(Quantiles q, boolean gb) {
        if (q == null) {
            return "";
        }
        String high = Formats.whole(q.p90());
        return I18n.get("plan.band", Formats.whole(q.p10()), gb ? I18n.wording().withUnit(high, "GB") : high);
    }

    /** The bars of the tornado, widest first; empty without ranges. */
    static List<TornadoBar> tornado(Outlook outlook, SizingPlan plan) {
        List<Tornado.Swing> swings = outlook.tornado();
        if (swings.isEmpty()) {
            return List.of();
        }
        double likely = plan.horizonYear().applicationServerDiskGb();
        double widest = 0;
        for (Tornado.Swing swing : swings) {
            widest = Math.max(widest, Math.max(Math.abs(swing.lowGb() - likely), Math.abs(swing.highGb() - likely)));
        }
        List<TornadoBar> bars = new ArrayList<>(swings.size());
        for (Tornado.Swing swing : swings) {
            double from = widest == 0 ? 0.5 : 0.5 + (swing.lowGb() - likely) / (2 * widest);
            double to = widest == 0 ? 0.5 : 0.5 + (swing.highGb() - likely) / (2 * widest);
            bars.add(new TornadoBar(I18n.get("inputs." + swing.input().key() + ".label"),
                    wholeGb(swing.lowGb()), wholeGb(swing.highGb()), Math.min(from, to), Math.max(from, to)));
        }
        return List.copyOf(bars);
    }

    /**
     * "A 2,000 GB disk warns in month 12, alerts in month 18 and is full in month 25. It gives
     * 18 months before OpenCRVS's 70% alert." With a range, each month has its P10 and P90.
     */
    static String fillDates(double diskGb, List<FillDate> dates, Outlook bands, int horizonYears) {
        if (dates.isEmpty()) {
            return "";
        }
        int months = horizonYears * 12;
        String[] phrases = new String[dates.size()];
        OptionalInt alert = OptionalInt.empty();
        for (int i = 0; i < dates.size(); i++) {
            FillDate date = dates.get(i);
            String key = "plan.fill." + date.thresholdPercent();
            Optional<FillDate.MonthRange> range = bands.fillDates().size() == dates.size()
                    && bands.diskGb().isPresent() && bands.diskGb().getAsDouble() == diskGb
                    ? bands.fillDates().get(i).range() : Optional.empty();
            String phrase = date.monthsFromStart().isPresent()
                    ? I18n.get(key, date.monthsFromStart().getAsInt())
                    : I18n.get(key + ".never");
            // When neither end comes within the horizon, the phrase already says so.
            if (range.isPresent() && (range.get().p10().isPresent() || range.get().p90().isPresent())) {
                phrase = I18n.get("plan.fill.range", phrase, month(range.get().p10(), months),
                        month(range.get().p90(), months));
            }
            phrases[i] = phrase;
            if (date.thresholdPercent() == FillDates.ALERT_PERCENT) {
                alert = date.monthsFromStart();
            }
        }
        String sentence = I18n.get("plan.fill.sentence", wholeGb(diskGb), phrases[0], phrases[1], phrases[2]);
        String headroom = alert.isPresent()
                ? I18n.plural("plan.fill.headroom", alert.getAsInt(), alert.getAsInt())
                : I18n.get("plan.fill.headroom.never", months);
        return sentence + " " + headroom;
    }

    private static String month(OptionalInt month, int horizonMonths) {
        return month.isPresent() ? Integer.toString(month.getAsInt()) : I18n.get("plan.fill.after", horizonMonths);
    }

    private static String wholeGb(double gb) {
        return I18n.wording().withUnit(Formats.whole(gb), "GB");
    }
}
