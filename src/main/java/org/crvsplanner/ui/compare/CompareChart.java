package org.crvsplanner.ui.compare;

import org.crvsplanner.ui.base.PointLabels;

import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;

/**
 * The overlaid disk chart, which writes the figure beside each point of a one-year scenario:
 * such a scenario has no line, and its points alone would not say how much disk they are.
 */
final class CompareChart extends LineChart<Number, Number> {
    private final PointLabels values = new PointLabels(getPlotChildren());

    CompareChart(Axis<Number> years, Axis<Number> disk) {
        super(years, disk);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        values.layout(this);
    }

    PointLabels values() {
        return values;
    }
}
