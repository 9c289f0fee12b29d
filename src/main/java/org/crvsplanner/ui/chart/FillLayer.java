package org.crvsplanner.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.base.Styles;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * What the chart shows of the outlook: a shaded band from P10 to P90 behind the required and the
 * backup disk, and, where the required disk reaches 50%, 70% and 100% of a disk per server, a dot
 * on a dashed line at that height with its month. Nodes are made once and moved on each layout.
 */
final class FillLayer {
    private final ObservableList<Node> plot;
    private final Path requiredBand = band(Styles.BAND_REQUIRED);
    private final Path backupBand = band(Styles.BAND_BACKUP);
    private final List<Line> thresholds = new ArrayList<>();
    private final List<Circle> dots = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private DiskChartData.Bands bands = DiskChartData.Bands.NONE;
    private List<DiskChartData.FillMarker> markers = List.of();
    private boolean highlighted;

    /** Made before the chart's series, so the bands stay behind them. */
    FillLayer(ObservableList<Node> plot) {
        this.plot = plot;
        plot.addAll(0, List.of(backupBand, requiredBand));
    }

    private static Path band(String style) {
        Path path = new Path();
        path.getStyleClass().add(style);
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }

    /**
     * Returns whether anything changed. Marker nodes, once made, stay and are hidden when not
     * needed: while a slider moves, a threshold comes and goes within the horizon, and nodes added
     * anew would each need their CSS worked out.
     */
    boolean set(DiskChartData.Bands nextBands, List<DiskChartData.FillMarker> nextMarkers) {
        boolean changed = nextBands != bands || !nextMarkers.equals(markers);
        bands = nextBands;
        if (!nextMarkers.equals(markers)) {
            markers = nextMarkers;
            while (dots.size() < markers.size()) {
                Line line = new Line();
                line.getStyleClass().add(Styles.FILL_LINE);
                Circle dot = new Circle(5);
                dot.getStyleClass().add(Styles.FILL_DOT);
                Label label = new Label();
                label.getStyleClass().add(Styles.FILL_LABEL);
                thresholds.add(line);
                dots.add(dot);
                labels.add(label);
                // After the series, so the dots show over their lines.
                plot.addAll(line, dot, label);
                markAll();
            }
            for (int i = 0; i < dots.size(); i++) {
                boolean shown = i < markers.size();
                for (Node node : List.of(thresholds.get(i), dots.get(i), labels.get(i))) {
                    node.setVisible(shown);
                }
                if (shown) {
                    labels.get(i).setText(markers.get(i).label());
                    labels.get(i).setId("fill-marker-" + markers.get(i).percent());
                    dots.get(i).setId("fill-dot-" + markers.get(i).percent());
                } else {
                    labels.get(i).setId(null);
                    dots.get(i).setId(null);
                }
            }
        }
        return changed;
    }

    /** Places the bands and the markers; the nodes' order is set once, never on a layout. */
    void layout(Axis<Number> x, Axis<Number> y) {
        trace(requiredBand, bands.requiredLow(), bands.requiredHigh(), x, y);
        trace(backupBand, bands.backupLow(), bands.backupHigh(), x, y);
        double width = x.getWidth();
        for (int i = 0; i < markers.size(); i++) {
            DiskChartData.FillMarker marker = markers.get(i);
            double px = x.getDisplayPosition(marker.year());
            double py = y.getDisplayPosition(marker.disk());
            Line line = thresholds.get(i);
            line.setStartX(0);
            line.setEndX(width);
            line.setStartY(py);
            line.setEndY(py);
            Circle dot = dots.get(i);
            dot.setCenterX(px);
            dot.setCenterY(py);
            Label label = labels.get(i);
            label.autosize();
            // Left of the dot near the right edge, so it is never cut off; above the line.
            double left = px + 8 + label.getWidth() > width ? px - 8 - label.getWidth() : px + 8;
            double top = py - label.getHeight() - 2;
            // Thresholds a few months apart would write over each other: a later one goes higher.
            for (int j = 0; j < i; j++) {
                Label before = labels.get(j);
                boolean across = left < before.getLayoutX() + before.getWidth() && before.getLayoutX() < left + label.getWidth();
                if (across && top + label.getHeight() >= before.getLayoutY()) {
                    top = before.getLayoutY() - label.getHeight() - 1;
                }
            }
            label.relocate(left, Math.max(0, top));
        }
    }

    /** The band's outline: along P90 from the first year to the last, back along P10. */
    private static void trace(Path band, double[] low, double[] high, Axis<Number> x, Axis<Number> y) {
        int n = low.length;
        ObservableList<PathElement> elements = band.getElements();
        if (elements.size() != (n == 0 ? 0 : 2 * n + 1)) {
            PathElement[] fresh = new PathElement[n == 0 ? 0 : 2 * n + 1];
            for (int i = 0; i < 2 * n; i++) {
                fresh[i] = i == 0 ? new MoveTo() : new LineTo();
            }
            if (n > 0) {
                fresh[2 * n] = new ClosePath();
            }
            elements.setAll(fresh);
        }
        for (int i = 0; i < n; i++) {
            double px = x.getDisplayPosition(i + 1);
            place(elements.get(i), px, y.getDisplayPosition(high[i]));
            place(elements.get(2 * n - 1 - i), px, y.getDisplayPosition(low[i]));
        }
    }

    private static void place(PathElement element, double x, double y) {
        if (element instanceof MoveTo move) {
            move.setX(x);
            move.setY(y);
        } else {
            LineTo to = (LineTo) element;
            to.setX(x);
            to.setY(y);
        }
    }

    /** Emphasises the bands and the fill markers, for the walkthrough's last step. */
    void highlight(boolean bandsOn, boolean markersOn) {
        highlighted = markersOn;
        for (Node band : List.of(requiredBand, backupBand)) {
            mark(band, bandsOn);
        }
        markAll();
    }

    private void markAll() {
        for (int i = 0; i < labels.size(); i++) {
            for (Node node : List.of(thresholds.get(i), dots.get(i), labels.get(i))) {
                mark(node, highlighted);
            }
        }
    }

    private static void mark(Node node, boolean on) {
        node.getStyleClass().remove(Styles.HIGHLIGHTED);
        if (on) {
            node.getStyleClass().add(Styles.HIGHLIGHTED);
        }
    }

    /** For tests: the bands' outlines and the markers' labels. */
    Path requiredBand() {
        return requiredBand;
    }

    Path backupBand() {
        return backupBand;
    }

    List<Label> labels() {
        return List.copyOf(labels.subList(0, markers.size()));
    }
}
