package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crvsplanner.ui.base.PointLabels;
import org.crvsplanner.ui.base.RelabellingAxis;
import org.crvsplanner.ui.base.Styles;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A line chart with a vertical marker at each year in which the production cluster grows, and,
 * when there are ranges and a disk, the P10 to P90 bands and the fill dates ({@link FillLayer}).
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private List<DiskChartData.GrowthMarker> markers = List.of();
    private boolean markersHighlighted;
    private final FillLayer fill = new FillLayer(getPlotChildren());
    private final PointLabels values = new PointLabels(getPlotChildren());

    MarkedLineChart(RelabellingAxis years, RelabellingAxis disk) {
        super(years, disk);
        setAnimated(false);
    }

    /** Shows these bands and fill markers, behind and over the series. */
    void setOutlook(DiskChartData.Bands bands, List<DiskChartData.FillMarker> fillMarkers) {
        if (fill.set(bands, fillMarkers)) {
            requestChartLayout();
        }
    }

    FillLayer outlook() {
        return fill;
    }

    /** Emphasises the bands and the fill markers; their bolder labels need laying out again. */
    void highlightOutlook(boolean bands, boolean fillDates) {
        fill.highlight(bands, fillDates);
        requestChartLayout();
    }

    /**
     * Moves the series' line and its points to their places. LineChart builds a new MoveTo or
     * LineTo for every point on every layout (150 a step here, about a sixth of what a step
     * allocates); this moves the ones there are. The years come in order, inside the year axis,
     * and animation is off, so LineChart's sorting, clipping and animation do not apply. Returns
     * false, leaving the work to LineChart, for a point it would skip (a NaN position).
     */
    private boolean trace(Series<Number, Number> series, Path line) {
        List<Data<Number, Number>> points = series.getData();
        ObservableList<PathElement> elements = line.getElements();
        if (elements.size() != points.size() || (!points.isEmpty() && !(elements.get(0) instanceof MoveTo))) {
            PathElement[] fresh = new PathElement[points.size()];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = i == 0 ? new MoveTo() : new LineTo();
            }
            elements.setAll(fresh);
        }
        for (int i = 0; i < points.size(); i++) {
            Data<Number, Number> point = points.get(i);
            double x = getXAxis().getDisplayPosition(getCurrentDisplayedXValue(point));
            double y = getYAxis().getDisplayPosition(getCurrentDisplayedYValue(point));
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return false;
            }
            Node symbol = point.getNode();
            if (symbol != null) {
                double w = symbol.prefWidth(-1);
                double h = symbol.prefHeight(-1);
                symbol.resizeRelocate(x - w / 2, y - h / 2, w, h);
            }
            if (elements.get(i) instanceof MoveTo move) {
                move.setX(x);
                move.setY(y);
            } else {
                LineTo to = (LineTo) elements.get(i);
                to.setX(x);
                to.setY(y);
            }
        }
        return true;
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

    /**
     * Emphasises the cluster's growth markers, for the walkthrough's step on cluster size; the
     * backup's marker is not what that step talks about.
     */
    void setMarkersHighlighted(boolean on) {
        markersHighlighted = on;
        for (int i = 0; i < lines.size(); i++) {
            for (Node node : List.of(lines.get(i), labels.get(i))) {
                node.getStyleClass().remove(Styles.HIGHLIGHTED);
                if (on && markers.get(i).cluster()) {
                    node.getStyleClass().add(Styles.HIGHLIGHTED);
                }
            }
        }
    }

    /** The figures beside the points of a one-year plan. */
    PointLabels values() {
        return values;
    }

    List<DiskChartData.GrowthMarker> markers() {
        return markers;
    }

    @Override
    protected void layoutPlotChildren() {
        boolean traced = true;
        for (Series<Number, Number> series : getData()) {
            traced &= series.getNode() instanceof Path line && trace(series, line);
        }
        if (!traced) {
            super.layoutPlotChildren();
        }
        fill.layout(getXAxis(), getYAxis());
        values.layout(this);
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
        keepFillLabelsClear();
    }

    /**
     * Moves the fill dates' labels below the growth markers' labels they would be written over,
     * keeping their order top to bottom: in a short chart (one year, presentation mode) both
     * crowd the top of the same year.
     */
    private void keepFillLabelsClear() {
        List<Label> fills = new ArrayList<>(fill.labels());
        if (fills.isEmpty() || markers.isEmpty()) {
            return;
        }
        fills.sort(Comparator.comparingDouble(Label::getLayoutY));
        List<Label> placed = new ArrayList<>(labels.subList(0, markers.size()));
        for (Label label : fills) {
            double top = label.getLayoutY();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Label other : placed) {
                    if (overlap(label, top, other)) {
                        top = other.getLayoutY() + other.getHeight() + 1;
                        moved = true;
                    }
                }
            }
            label.setLayoutY(top);
            placed.add(label);
        }
    }

    private static boolean overlap(Label label, double top, Label other) {
        double left = label.getLayoutX();
        return left < other.getLayoutX() + other.getWidth() && other.getLayoutX() < left + label.getWidth()
                && top < other.getLayoutY() + other.getHeight() && other.getLayoutY() < top + label.getHeight();
    }
}
