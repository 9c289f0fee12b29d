package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.Styles;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** A line chart with a vertical marker at each year in which the production cluster grows. */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private List<DiskChartData.GrowthMarker> markers = List.of();

    MarkedLineChart(NumberAxis years, NumberAxis disk) {
        super(years, disk);
    }

    void setMarkers(List<DiskChartData.GrowthMarker> next) {
        if (next.equals(markers)) {
            return;
        }
        markers = next;
        getPlotChildren().removeAll(lines);
        getPlotChildren().removeAll(labels);
        lines.clear();
        labels.clear();
        for (DiskChartData.GrowthMarker marker : next) {
            Line line = new Line();
            line.getStyleClass().add(Styles.GROWTH_MARKER);
            Label label = new Label(marker.label());
            label.getStyleClass().add(Styles.GROWTH_MARKER_LABEL);
            label.setId("growth-marker-" + marker.year());
            lines.add(line);
            labels.add(label);
        }
        getPlotChildren().addAll(lines);
        getPlotChildren().addAll(labels);
        requestChartLayout();
    }

    List<DiskChartData.GrowthMarker> markers() {
        return markers;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        for (int i = 0; i < markers.size(); i++) {
            double x = getXAxis().getDisplayPosition(markers.get(i).year());
            Line line = lines.get(i);
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
            Label label = labels.get(i);
            label.autosize();
            label.relocate(x + 4, 4 + i * (label.getHeight() + 2));
            line.toFront();
            label.toFront();
        }
    }
}
