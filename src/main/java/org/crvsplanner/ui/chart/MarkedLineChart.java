package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.Styles;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** A line chart with a vertical marker at each year in which the production cluster grows. */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private List<DiskChartData.GrowthMarker> markers = List.of();
    private boolean markersHighlighted;

    MarkedLineChart(RelabellingAxis years, RelabellingAxis disk) {
        super(years, disk);
    }

    /** Both axes take their bounds from the view, so the data need not be gathered for them. */
    @Override
    protected void updateAxisRange() {
    }

    /**
     * Shows these markers. While a slider moves, the year of a growth often shifts but the number
     * of growths does not, so existing nodes are moved and relabelled rather than rebuilt.
     */
    void setMarkers(List<DiskChartData.GrowthMarker> next) {
        if (next.equals(markers)) {
            return;
        }
        markers = next;
        while (lines.size() > next.size()) {
            getPlotChildren().removeAll(lines.remove(lines.size() - 1), labels.remove(labels.size() - 1));
        }
        while (lines.size() < next.size()) {
            Line line = new Line();
            line.getStyleClass().add(Styles.GROWTH_MARKER);
            Label label = new Label();
            label.getStyleClass().add(Styles.GROWTH_MARKER_LABEL);
            lines.add(line);
            labels.add(label);
            getPlotChildren().addAll(line, label);
        }
        for (int i = 0; i < next.size(); i++) {
            labels.get(i).setText(next.get(i).label());
            labels.get(i).setId("growth-marker-" + i);
        }
        setMarkersHighlighted(markersHighlighted);
        requestChartLayout();
    }

    /** Emphasises the growth markers, for the walkthrough's step on cluster size. */
    void setMarkersHighlighted(boolean on) {
        markersHighlighted = on;
        for (int i = 0; i < lines.size(); i++) {
            for (Node node : List.of(lines.get(i), labels.get(i))) {
                node.getStyleClass().remove(Styles.HIGHLIGHTED);
                if (on) {
                    node.getStyleClass().add(Styles.HIGHLIGHTED);
                }
            }
        }
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
            // Near the right edge the label goes left of its line, so it is never cut off.
            double right = x + 4 + label.getWidth();
            double left = right > getXAxis().getWidth() ? x - 4 - label.getWidth() : x + 4;
            label.relocate(left, 4 + i * (label.getHeight() + 2));
            line.toFront();
            label.toFront();
        }
    }
}
