package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.OutlookViewModel;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/** Turns the plan into the chart's series, switching from GB to TB when figures grow large. */
public final class DiskChartViewModel {
    static final double TB_FROM_GB = 10_000;

    private final ReadOnlyObjectWrapper<DiskChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    // Held here: the language property keeps only a weak reference, so a closed tab's chart goes.
    private final InvalidationListener relabel;

    /** A chart without bands or fill dates. */
    public DiskChartViewModel(ObservableValue<SizingPlan> plan) {
        this(plan, null);
    }

    /** @param outlook the bands and fill dates to draw over the plan, or null for none */
    public DiskChartViewModel(ObservableValue<SizingPlan> plan, OutlookViewModel outlook) {
        Runnable update = () -> data.set(outlook == null ? chartData(plan.getValue())
                : chartData(plan.getValue(), outlook.bandsProperty().get(), outlook.fillDatesProperty().get()));
        update.run();
        // The outlook follows the plan and tells of each change, its own included; following
        // both would build the chart's data twice a step.
        (outlook == null ? plan : outlook.revisionProperty()).addListener(obs -> update.run());
        // The growth markers' words.
        relabel = obs -> update.run();
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    static DiskChartData chartData(SizingPlan plan) {
        return chartData(plan, Outlook.NONE, List.of());
    }

    static DiskChartData chartData(SizingPlan plan, Outlook outlook, List<FillDate> fillDates) {
        List<YearProjection> years = plan.years();
        int n = years.size();
        List<YearBand> bands = outlook.uncertainty().map(Uncertainty::years).orElse(List.of());
        boolean banded = bands.size() == n;
        double largest = Math.max(plan.horizonYear().backupServerDiskGb(), plan.horizonYear().provisionedDiskGb());
        if (banded) {
            largest = Math.max(largest, bands.get(n - 1).backupServerDiskGb().p90());
        }
        boolean tb = largest >= TB_FROM_GB;
        double scale = tb ? 1.0 / 1000 : 1;
        int[] year = new int[n];
        double[] required = new double[n];
        double[] provisioned = new double[n];
        double[] backup = new double[n];
        for (int i = 0; i < n; i++) {
            YearProjection y = years.get(i);
            year[i] = y.year();
            required[i] = y.applicationServerDiskGb() * scale;
            provisioned[i] = y.provisionedDiskGb() * scale;
            backup[i] = y.backupServerDiskGb() * scale;
        }
        List<DiskChartData.GrowthMarker> markers = new ArrayList<>();
        int before = plan.firstYear().productionServers();
        for (ClusterChange change : plan.clusterChanges()) {
            markers.add(new DiskChartData.GrowthMarker(change.year(),
                    I18n.get("chart.marker", before, change.productionServers())));
            before = change.productionServers();
        }
        double top = niceTop(largest * scale);
        return new DiskChartData(tb ? "TB" : "GB", year, required, provisioned, backup, top, top / 5,
                List.copyOf(markers), banded ? bands(bands, scale) : DiskChartData.Bands.NONE,
                fillMarkers(fillDates, scale));
    }

    private static DiskChartData.Bands bands(List<YearBand> years, double scale) {
        int n = years.size();
        double[] requiredLow = new double[n];
        double[] requiredHigh = new double[n];
        double[] backupLow = new double[n];
        double[] backupHigh = new double[n];
        for (int i = 0; i < n; i++) {
            YearBand band = years.get(i);
            requiredLow[i] = band.applicationServerDiskGb().p10() * scale;
            requiredHigh[i] = band.applicationServerDiskGb().p90() * scale;
            backupLow[i] = band.backupServerDiskGb().p10() * scale;
            backupHigh[i] = band.backupServerDiskGb().p90() * scale;
        }
        return new DiskChartData.Bands(requiredLow, requiredHigh, backupLow, backupHigh);
    }

    /** A marker for each threshold reached within the horizon; a year-1 month sits at year 1. */
    private static List<DiskChartData.FillMarker> fillMarkers(List<FillDate> dates, double scale) {
        List<DiskChartData.FillMarker> markers = new ArrayList<>(dates.size());
        for (FillDate date : dates) {
            if (date.monthsFromStart().isEmpty()) {
                continue;
            }
            int month = date.monthsFromStart().getAsInt();
            markers.add(new DiskChartData.FillMarker(date.thresholdPercent(), Math.max(1, month / 12.0),
                    date.thresholdGb() * scale, I18n.get("chart.fill." + date.thresholdPercent(), month)));
        }
        return List.copyOf(markers);
    }

    /**
     * The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 × 10^k at or above the figure. The axis
     * keeps this bound while a slider moves within it, so its tick labels are not rebuilt on
     * every change, which would cost far more than the change itself.
     */
    static double niceTop(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public ReadOnlyObjectProperty<DiskChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
