package org.crvsplanner.ui.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The figure written beside each point of a series that has only one: a line needs two years, so
 * a one-year plan is a few points, and a person reads their values, not their height. Each label
 * carries its series' mark and sits left of its point (right of it the chart writes the fill
 * dates and the growth markers) where there is room, moved down where two would overlap.
 */
public final class PointLabels {
    private static final double GAP = 10;

    private final ObservableList<Node> plot;
    private final List<Label> labels = new ArrayList<>();
    private final List<XYChart.Data<Number, Number>> points = new ArrayList<>();

    /** @param plot the chart's plot children, where the labels are drawn over the series */
    public PointLabels(ObservableList<Node> plot) {
        this.plot = plot;
    }

    /**
     * Lays out a label for every series of {@code chart} that has one point, after the chart has
     * placed its points; removes them when no series is a single point.
     */
    public void layout(XYChart<Number, Number> chart) {
        points.clear();
        List<String> colours = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            if (series.getData().size() == 1) {
                points.add(series.getData().get(0));
                colours.add(colourOf(series));
            }
        }
        while (labels.size() > points.size()) {
            plot.remove(labels.remove(labels.size() - 1));
        }
        while (labels.size() < points.size()) {
            Label label = new Label();
            label.getStyleClass().add(Styles.POINT_VALUE);
            label.setId("point-value-" + labels.size());
            label.setGraphic(new Region());
            labels.add(label);
            plot.add(label);
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            XYChart.Data<Number, Number> point = points.get(i);
            Label label = labels.get(i);
            label.setText(Formats.gb(point.getYValue().doubleValue()));
            Node mark = label.getGraphic();
            mark.getStyleClass().setAll("chart-line-symbol", colours.get(i));
            label.applyCss();
            label.autosize();
            double x = chart.getXAxis().getDisplayPosition(point.getXValue());
            double y = chart.getYAxis().getDisplayPosition(point.getYValue());
            // Right of the point only where the plot has no room on its left, as in a comparison
            // whose other scenarios run for years.
            double left = x - GAP - label.getWidth();
            placed.add(new Placed(label, left >= 0 ? left : x + GAP, y - label.getHeight() / 2));
            label.toFront();
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        double bottom = Double.NEGATIVE_INFINITY;
        for (Placed p : placed) {
            double top = Math.max(p.top(), bottom + 1);
            p.label().relocate(p.left(), top);
            bottom = top + p.label().getHeight();
        }
        // Pushed below the plot by the ones above: the whole column moves up.
        double over = bottom - chart.getYAxis().getHeight();
        if (over > 0) {
            for (Placed p : placed) {
                p.label().setLayoutY(p.label().getLayoutY() - over);
            }
        }
    }

    private record Placed(Label label, double left, double top) {
    }

    /** The series' colour class, "default-color0" and so on, as the chart gives its line. */
    private static String colourOf(XYChart.Series<Number, Number> series) {
        if (series.getNode() != null) {
            for (String style : series.getNode().getStyleClass()) {
                if (style.startsWith("default-color")) {
                    return style;
                }
            }
        }
        return "default-color0";
    }

    /** The labels drawn now, top to bottom in the order of their series. */
    public List<Label> labels() {
        return List.copyOf(labels);
    }
}
