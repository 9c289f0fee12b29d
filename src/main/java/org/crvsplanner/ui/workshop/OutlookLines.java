package org.crvsplanner.ui.workshop;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Tornado;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.OutlookViewModel;

/** The walkthrough's last step in numbers: the horizon's band, what moves it most, the fill dates. */
final class OutlookLines {
    private OutlookLines() {
    }

    static List<String> of(OutlookViewModel outlook, SizingPlan plan) {
        List<String> lines = new ArrayList<>();
        YearProjection last = plan.horizonYear();
        Outlook bands = outlook == null ? Outlook.NONE : outlook.bandsProperty().get();
        List<YearBand> years = bands.uncertainty().map(u -> u.years()).orElse(List.of());
        if (years.size() == plan.years().size()) {
            YearBand band = years.get(years.size() - 1);
            lines.add(I18n.get("workshop.line.band", last.year(), Formats.gb(last.applicationServerDiskGb()),
                    wholeGb(band.applicationServerDiskGb().p10()), wholeGb(band.applicationServerDiskGb().p90()),
                    Formats.whole(bands.uncertainty().get().trials())));
            if (!bands.tornado().isEmpty()) {
                Tornado.Swing widest = bands.tornado().get(0);
                lines.add(I18n.get("workshop.line.tornado", I18n.get("inputs." + widest.input().key() + ".label"),
                        wholeGb(widest.lowGb()), wholeGb(widest.highGb())));
            }
        } else {
            lines.add(I18n.get("workshop.line.noRanges"));
        }
        if (outlook != null && !Double.isNaN(outlook.diskGbProperty().get())) {
            List<String> months = new ArrayList<>();
            for (FillDate date : outlook.fillDatesProperty().get()) {
                months.add(date.monthsFromStart().isPresent()
                        ? I18n.get("workshop.line.fill.month", date.thresholdPercent(), date.monthsFromStart().getAsInt())
                        : I18n.get("workshop.line.fill.never", date.thresholdPercent()));
            }
            lines.add(I18n.get("workshop.line.fill", wholeGb(outlook.diskGbProperty().get()), String.join(", ", months)));
        }
        return List.copyOf(lines);
    }

    private static String wholeGb(double gb) {
        return I18n.wording().withUnit(Formats.whole(gb), "GB");
    }
}
