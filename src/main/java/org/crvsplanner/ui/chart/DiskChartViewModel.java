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

/**
 * Turns the plan into the chart's series, in GB however large: the cards beside the chart are in
 * GB, and figures read side by side share a unit.
 */
public final class DiskChartViewModel {
    private static final int MAX_STEPS = 5;
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
        // A proof of concept buys no backup server, so its chart has no backup line or band.
        boolean backedUp = plan.hasBackupServer();
        double largest = Math.max(backedUp ? plan.horizonYear().backupServerDiskGb() : 0,
                plan.horizonYear().provisionedDiskGb());
        if (banded) {
            largest = Math.max(largest, backedUp ? bands.get(n - 1).backupServerDiskGb().p90()
                    : bands.get(n - 1).applicationServerDiskGb().p90());
        }
        int[] year = new int[n];
        double[] required = new double[n];
        double[] provisioned = new double[n];
        double[] backup = new double[backedUp ? n : 0];
        for (int i = 0; i < n; i++) {
            YearProjection y = years.get(i);
            year[i] = y.year();
            required[i] = y.applicationServerDiskGb();
            provisioned[i] = y.provisionedDiskGb();
            if (backedUp) {
                backup[i] = y.backupServerDiskGb();
            }
        }
        List<DiskChartData.GrowthMarker> markers = new ArrayList<>();
        int before = plan.firstYear().productionServers();
        for (ClusterChange change : plan.clusterChanges()) {
            markers.add(new DiskChartData.GrowthMarker(change.year(),
                    I18n.get("chart.marker", before, change.productionServers()), true));
            before = change.productionServers();
        }
        // The year the nightly backup stops crossing the link in time.
        plan.operations().firstYearOverWindow().ifPresent(over -> markers.add(new DiskChartData.GrowthMarker(over,
                I18n.get("chart.marker.backup"), false)));
        double step = tickStep(largest);
        double top = step * Math.max(1, Math.ceil(largest / step - 1e-9));
        return new DiskChartData("GB", year, required, provisioned, backup, top, step,
                List.copyOf(markers), banded ? bands(bands, backedUp) : DiskChartData.Bands.NONE,
                fillMarkers(fillDates));
    }

    private static DiskChartData.Bands bands(List<YearBand> years, boolean backedUp) {
        int n = years.size();
        double[] requiredLow = new double[n];
        double[] requiredHigh = new double[n];
        double[] backupLow = new double[backedUp ? n : 0];
        double[] backupHigh = new double[backedUp ? n : 0];
        for (int i = 0; i < n; i++) {
            YearBand band = years.get(i);
            requiredLow[i] = band.applicationServerDiskGb().p10();
            requiredHigh[i] = band.applicationServerDiskGb().p90();
            if (backedUp) {
                backupLow[i] = band.backupServerDiskGb().p10();
                backupHigh[i] = band.backupServerDiskGb().p90();
            }
        }
        return new DiskChartData.Bands(requiredLow, requiredHigh, backupLow, backupHigh);
    }

    /** A marker for each threshold reached within the horizon; a year-1 month sits at year 1. */
    private static List<DiskChartData.FillMarker> fillMarkers(List<FillDate> dates) {
        List<DiskChartData.FillMarker> markers = new ArrayList<>(dates.size());
        for (FillDate date : dates) {
            if (date.monthsFromStart().isEmpty()) {
                continue;
            }
            int month = date.monthsFromStart().getAsInt();
            markers.add(new DiskChartData.FillMarker(date.thresholdPercent(), Math.max(1, month / 12.0),
                    date.thresholdGb(), I18n.get("chart.fill." + date.thresholdPercent(), month)));
        }
        return List.copyOf(markers);
    }

    /**
     * The smallest step of 1, 2 or 5 × 10^k that reaches the figure in at most five steps, so
     * ticks read 0, 2,000, 4,000… rather than 0, 1,600, 3,200. The axis keeps its top while a
     * slider moves within a step, so its tick labels are not rebuilt on every change, which would
     * cost far more than the change itself.
     */
    static double tickStep(double largest) {
        if (largest <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(largest / MAX_STEPS)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude * MAX_STEPS >= largest) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public ReadOnlyObjectProperty<DiskChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
