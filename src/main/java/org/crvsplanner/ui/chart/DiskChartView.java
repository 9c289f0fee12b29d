package org.crvsplanner.ui.chart;

import java.util.Set;

import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.RelabellingAxis;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Disk growth year by year: required application-server disk, provisioned disk and backup disk.
 * Points are updated in place rather than replaced, so a slider drag redraws without rebuilding
 * nodes, and animation is off so the chart never lags the inputs.
 */
public final class DiskChartView extends StackPane {
    private final RelabellingAxis yearAxis = new RelabellingAxis();
    private final RelabellingAxis diskAxis = new RelabellingAxis();
    private final MarkedLineChart chart = new MarkedLineChart(yearAxis, diskAxis);
    private final XYChart.Series<Number, Number> required = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> provisioned = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> backup = new XYChart.Series<>();
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "GB");
    private final BooleanProperty banded = new SimpleBooleanProperty(this, "banded");
    private Set<ChartPart> highlighted = Set.of();
    private static final double YEAR_PADDING = 0.5;

    public DiskChartView(DiskChartViewModel model) {
        getStylesheets().add(DiskChartView.class.getResource("chart.css").toExternalForm());
        getStyleClass().add(Styles.DISK_CHART);
        chart.setId("disk-chart");
        chart.setAnimated(false);
        chart.titleProperty().bind(Bindings.createStringBinding(
                () -> I18n.get(banded.get() ? "chart.title.banded" : "chart.title"), banded, I18n.languageProperty()));
        chart.setCreateSymbols(true);
        yearAxis.labelProperty().bind(I18n.text("chart.axis.year"));
        diskAxis.labelProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("chart.axis.disk", Formats.unit(unit.get())), unit, I18n.languageProperty()));
        yearAxis.setMinorTickVisible(false);
        yearAxis.setTickLabelFormatter(converter(v -> Integer.toString(v.intValue())));
        // A new formatter when the language changes makes the axis write its ticks again: 10 000 in French.
        diskAxis.tickLabelFormatterProperty().bind(Bindings.createObjectBinding(
                () -> converter(v -> Formats.number(v.doubleValue(), 1)), I18n.languageProperty()));
        required.nameProperty().bind(I18n.text("chart.series.required"));
        provisioned.nameProperty().bind(I18n.text("chart.series.provisioned"));
        backup.nameProperty().bind(I18n.text("chart.series.backup"));
        chart.getData().addAll(java.util.List.of(required, provisioned, backup));
        getChildren().add(chart);

        show(model.dataProperty().get());
        model.dataProperty().addListener((obs, old, now) -> show(now));
    }

    private static StringConverter<Number> converter(java.util.function.Function<Number, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are never parsed");
            }
        };
    }

    private void show(DiskChartData data) {
        if (!unit.get().equals(data.unit())) {
            // Set only on a real change: the axis label would relayout the chart even for an equal string.
            unit.set(data.unit());
            diskAxis.forgetWidth();
        }
        diskAxis.bounds(0, data.axisTop(), data.axisStep());
        if (banded.get() == data.bands().isEmpty()) {
            banded.set(!data.bands().isEmpty());
        }
        int years = data.size();
        // Half a year's room at either end: the last year's points are drawn whole, and a single
        // year is a readable column of points over one tick, not half-dots at the axis' edge.
        yearAxis.bounds(1, years, years <= 12 ? 1 : years <= 25 ? 2 : 5, YEAR_PADDING);
        showBackup(data.backup().length > 0);
        boolean rebuilt = update(required, data, data.required())
                | update(provisioned, data, data.provisioned())
                | update(backup, data, data.backup());
        if (rebuilt) {
            installTooltips();
        }
        chart.setMarkers(data.markers());
        chart.setOutlook(data.bands(), data.fillMarkers());
        if (rebuilt && !highlighted.isEmpty()) {
            highlight(highlighted);
        }
    }

    /** Takes the backup series, and its legend entry, out of the chart for a plan without a backup server. */
    private void showBackup(boolean shown) {
        if (shown && !chart.getData().contains(backup)) {
            chart.getData().add(backup);
        } else if (!shown) {
            chart.getData().remove(backup);
        }
    }

    /**
     * Emphasises the parts of the chart the walkthrough talks about: whole series, the year-1
     * points or the growth markers. Empty clears it.
     */
    public void highlight(Set<ChartPart> parts) {
        highlighted = Set.copyOf(parts);
        boolean firstYear = parts.contains(ChartPart.FIRST_YEAR);
        boolean someSeries = parts.contains(ChartPart.REQUIRED) || parts.contains(ChartPart.PROVISIONED)
                || parts.contains(ChartPart.BACKUP);
        mark(required, parts.contains(ChartPart.REQUIRED), firstYear, someSeries);
        mark(provisioned, parts.contains(ChartPart.PROVISIONED), firstYear, someSeries);
        mark(backup, parts.contains(ChartPart.BACKUP), firstYear, someSeries);
        chart.setMarkersHighlighted(parts.contains(ChartPart.MARKERS));
        chart.highlightOutlook(parts.contains(ChartPart.BANDS), parts.contains(ChartPart.FILL_DATES));
    }

    private static void mark(XYChart.Series<Number, Number> series, boolean whole, boolean firstYear,
            boolean someSeries) {
        boolean dim = someSeries && !whole;
        toggle(series.getNode(), Styles.HIGHLIGHTED, whole);
        toggle(series.getNode(), Styles.DIMMED, dim);
        ObservableList<XYChart.Data<Number, Number>> points = series.getData();
        for (int i = 0; i < points.size(); i++) {
            toggle(points.get(i).getNode(), Styles.HIGHLIGHTED, whole || (firstYear && i == 0));
            toggle(points.get(i).getNode(), Styles.DIMMED, dim);
        }
    }

    private static void toggle(Node node, String style, boolean on) {
        if (node == null) {
            return;
        }
        node.getStyleClass().remove(style);
        if (on) {
            node.getStyleClass().add(style);
        }
    }

    /** The chart parts highlighted now. */
    public Set<ChartPart> highlighted() {
        return highlighted;
    }

    /** Updates a series in place; returns whether its points had to be replaced. */
    private static boolean update(XYChart.Series<Number, Number> series, DiskChartData data, double[] values) {
        ObservableList<XYChart.Data<Number, Number>> points = series.getData();
        if (points.size() == values.length) {
            for (int i = 0; i < values.length; i++) {
                points.get(i).setYValue(values[i]);
            }
            return false;
        }
        @SuppressWarnings("unchecked")
        XYChart.Data<Number, Number>[] fresh = new XYChart.Data[values.length];
        for (int i = 0; i < values.length; i++) {
            fresh[i] = new XYChart.Data<>(data.years()[i], values[i]);
        }
        points.setAll(fresh);
        return true;
    }

    private void installTooltips() {
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (XYChart.Data<Number, Number> point : series.getData()) {
                if (point.getNode() == null) {
                    continue;
                }
                Tooltip tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(100));
                // The text is written when shown, so in-place updates cost nothing.
                tooltip.setOnShowing(e -> tooltip.setText(describe(series, point)));
                Tooltip.install(point.getNode(), tooltip);
            }
        }
    }

    String describe(XYChart.Series<Number, Number> series, XYChart.Data<Number, Number> point) {
        return I18n.get("chart.tooltip", series.getName(), point.getXValue().intValue(),
                Formats.gb(point.getYValue().doubleValue()));
    }

    /** For tests: the bands and the fill markers. */
    FillLayer outlook() {
        return chart.outlook();
    }

    /** For tests and the benchmark: the chart with its three series. */
    public XYChart<Number, Number> chart() {
        return chart;
    }
}
