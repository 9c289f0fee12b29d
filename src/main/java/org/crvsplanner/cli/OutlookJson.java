package org.crvsplanner.cli;

import java.math.BigDecimal;
import java.util.OptionalInt;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.Quantiles;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outlook's sections of the JSON plan: {@code uncertainty} and {@code tornado} when there are
 * ranges, {@code fillDates} with {@code --disk-gb}. A plan without either has none of them, so its
 * JSON is the same as before ranges existed.
 */
final class OutlookJson {
    private OutlookJson() {
    }

    static void add(ObjectNode root, Outlook outlook, SizingInputs likely) {
        outlook.uncertainty().ifPresent(u -> uncertainty(root.putObject("uncertainty"), u, outlook, likely));
        if (!outlook.ranges().isEmpty()) {
            ArrayNode tornado = root.putArray("tornado");
            for (Tornado.Swing swing : outlook.tornado()) {
                tornado.addObject().put("input", swing.input().key()).put("lowGB", number(swing.lowGb()))
                        .put("highGB", number(swing.highGb()));
            }
        }
        if (outlook.diskGb().isPresent()) {
            root.put("fillDiskGB", number(outlook.diskGb().getAsDouble()));
            ArrayNode dates = root.putArray("fillDates");
            for (FillDate date : outlook.fillDates()) {
                ObjectNode entry = dates.addObject();
                entry.put("thresholdPercent", date.thresholdPercent());
                entry.put("thresholdGB", number(date.thresholdGb()));
                month(entry, "monthsFromStart", date.monthsFromStart());
                date.range().ifPresent(range -> {
                    ObjectNode months = entry.putObject("monthsFromStartRange");
                    month(months, "p10", range.p10());
                    month(months, "p50", range.p50());
                    month(months, "p90", range.p90());
                });
            }
        }
    }

    private static void uncertainty(ObjectNode out, Uncertainty u, Outlook outlook, SizingInputs likely) {
        out.put("trials", u.trials());
        out.put("seed", u.seed());
        out.put("distribution", "triangular");
        ArrayNode ranges = out.putArray("ranges");
        for (InputRange range : outlook.ranges().ranges()) {
            ranges.addObject().put("input", range.input().key()).put("low", number(range.low()))
                    .put("likely", number(range.input().get(likely))).put("high", number(range.high()));
        }
        ArrayNode years = out.putArray("years");
        for (YearBand band : u.years()) {
            ObjectNode year = years.addObject();
            year.put("year", band.year());
            quantiles(year.putObject("records"), band.records());
            quantiles(year.putObject("applicationServerDiskGB"), band.applicationServerDiskGb());
            quantiles(year.putObject("provisionedDiskGB"), band.provisionedDiskGb());
            quantiles(year.putObject("backupServerDiskGB"), band.backupServerDiskGb());
            quantiles(year.putObject("provisionedBackupDiskGB"), band.provisionedBackupDiskGb());
        }
    }

    private static void quantiles(ObjectNode out, Quantiles q) {
        out.put("p10", number(q.p10()));
        out.put("p50", number(q.p50()));
        out.put("p90", number(q.p90()));
    }

    private static void month(ObjectNode out, String name, OptionalInt month) {
        if (month.isPresent()) {
            out.put(name, month.getAsInt());
        } else {
            out.putNull(name);
        }
    }

    private static BigDecimal number(double value) {
        return PlanJson.number(value);
    }
}
