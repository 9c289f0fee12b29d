package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.i18n.I18n;

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

    public DiskChartViewModel(ObservableValue<SizingPlan> plan) {
        data.set(chartData(plan.getValue()));
        plan.addListener((obs, old, now) -> data.set(chartData(now)));
        // The growth markers' words.
        relabel = obs -> data.set(chartData(plan.getValue()));
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    static DiskChartData chartData(SizingPlan plan) {
        List<YearProjection> years = plan.years();
        int n = years.size();
        // A proof of concept buys no backup server, so its chart has no backup line.
        boolean backedUp = plan.hasBackupServer();
        double largest = Math.max(backedUp ? plan.horizonYear().backupServerDiskGb() : 0,
                plan.horizonYear().provisionedDiskGb());
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
                    I18n.get("chart.marker", before, change.productionServers())));
            before = change.productionServers();
        }
        double step = tickStep(largest);
        double top = step * Math.max(1, Math.ceil(largest / step - 1e-9));
        return new DiskChartData("GB", year, required, provisioned, backup, top, step,
                List.copyOf(markers));
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
