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

/** Turns the plan into the chart's series, switching from GB to TB when figures grow large. */
public final class DiskChartViewModel {
    static final double TB_FROM_GB = 10_000;

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
        double largest = Math.max(plan.horizonYear().backupServerDiskGb(), plan.horizonYear().provisionedDiskGb());
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
        // The year the nightly backup stops crossing the link in time.
        plan.operations().firstYearOverWindow().ifPresent(over -> markers.add(new DiskChartData.GrowthMarker(over,
                I18n.get("chart.marker.backup"))));
        double top = niceTop(largest * scale);
        return new DiskChartData(tb ? "TB" : "GB", year, required, provisioned, backup, top, top / 5,
                List.copyOf(markers));
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
