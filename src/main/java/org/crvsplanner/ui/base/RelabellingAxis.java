package org.crvsplanner.ui.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.geometry.Dimension2D;
import javafx.scene.chart.ValueAxis;

/**
 * A number axis for bounds set by the program, whose ticks survive a change of bounds.
 *
 * <p>{@code NumberAxis} throws its tick marks away whenever a bound moves and builds new text
 * nodes, each of which is styled from scratch; that was most of the cost of a slider step that
 * moved the disk axis' round top. When the new bounds put the same number of ticks at the same
 * places along the axis (the disk axis: always five steps from 0 to its top), this axis keeps
 * its tick marks and rewrites their values and labels instead. Other changes (a new horizon on
 * the year axis, a resize) rebuild the ticks as before.
 *
 * <p>It also remembers the size of each label: the chart asks for the axis' preferred size on
 * every layout, and {@code NumberAxis} measures every label again each time.
 *
 * <p>Labels are written by the {@link #tickLabelFormatterProperty() tick label formatter}, the
 * one place that decides how a tick reads.
 */
public final class RelabellingAxis extends ValueAxis<Number> {
    private double lower;
    private double upper = 1;
    private double unit = 1;
    private double padding;
    private List<Number> ticks = List.of(0.0, 1.0);
    private Dimension2D[] sizes = new Dimension2D[2];
    private double widest;

    public RelabellingAxis() {
        // Auto-ranging keeps ValueAxis from invalidating the ticks on a bound change;
        // autoRange below answers with the bounds given by the program, never the data's.
        setAutoRanging(true);
        setAnimated(false);
        tickLabelFontProperty().addListener(obs -> forgetWidth());
        tickLabelRotationProperty().addListener(obs -> forgetWidth());
        tickLabelFormatterProperty().addListener(obs -> forgetWidth());
    }

    /** Shows {@code lower} to {@code upper} with a tick every {@code unit}, and at {@code upper}. */
    public void bounds(double lower, double upper, double unit) {
        bounds(lower, upper, unit, 0);
    }

    /**
     * As {@link #bounds(double, double, double)}, with {@code padding} more room at either end
     * and no tick there: points at the first and last tick are drawn whole, and a single one
     * sits in the middle.
     */
    public void bounds(double lower, double upper, double unit, double padding) {
        if (lower == this.lower && upper == this.upper && unit == this.unit && padding == this.padding) {
            return;
        }
        List<Number> next = tickValues(lower, upper, unit);
        boolean samePlaces = padding == this.padding && samePlaces(next, lower, upper)
                && getTickMarks().size() == next.size();
        this.lower = lower;
        this.upper = upper;
        this.unit = unit;
        this.padding = padding;
        this.ticks = next;
        forgetSizes();
        if (!samePlaces) {
            invalidateRange();
            requestAxisLayout();
            return;
        }
        List<TickMark<Number>> marks = getTickMarks();
        for (int i = 0; i < marks.size(); i++) {
            TickMark<Number> mark = marks.get(i);
            mark.setValue(next.get(i));
            mark.setLabel(getTickMarkLabel(next.get(i)));
            // A label hidden for lack of room may fit now; the layout pass decides again.
            mark.setTextVisible(isTickLabelsVisible());
        }
        // A new scale makes the layout pass measure and place the rewritten labels again.
        adopt();
        requestAxisLayout();
    }

    private boolean samePlaces(List<Number> next, double nextLower, double nextUpper) {
        if (next.size() != ticks.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            double before = (ticks.get(i).doubleValue() - lower) / (upper - lower);
            double after = (next.get(i).doubleValue() - nextLower) / (nextUpper - nextLower);
            if (Math.abs(before - after) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    static List<Number> tickValues(double lower, double upper, double unit) {
        if (upper <= lower) {
            return List.of(lower);
        }
        List<Number> values = new ArrayList<>();
        int steps = unit > 0 ? (int) Math.ceil((upper - lower) / unit - 1e-9) : 1;
        for (int i = 0; i < steps; i++) {
            values.add(lower + i * unit);
        }
        values.add(upper);
        return Collections.unmodifiableList(values);
    }

    private void forgetSizes() {
        sizes = new Dimension2D[ticks.size()];
    }

    /**
     * Lets a vertical axis become narrower again: it keeps the width of its widest labels so far,
     * because a change of width resizes the plot, and the other axis then rebuilds all its tick
     * labels (a 60 to 100 TB step made both axes rebuild). Call it when the labels change in
     * kind, such as GB to TB.
     */
    public void forgetWidth() {
        forgetSizes();
        widest = 0;
        requestAxisLayout();
    }

    private void adopt() {
        // While auto-ranging, setting the bound properties invalidates nothing; ValueAxis reads
        // them to tell whether a value or zero is on the axis.
        setLowerBound(lower - padding);
        setUpperBound(upper + padding);
        boolean vertical = getSide() != null && getSide().isVertical();
        setScale(calculateNewScale(vertical ? getHeight() : getWidth(), lower - padding, upper + padding));
        currentLowerBound.set(lower - padding);
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = super.computePrefWidth(height);
        if (getSide() == null || !getSide().isVertical()) {
            return width;
        }
        widest = Math.max(widest, width);
        return widest;
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return ticks;
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        adopt();
    }

    @Override
    protected Object getRange() {
        return ticks;
    }

    /** The chart reports its data here when auto-ranging; the bounds come from the program. */
    @Override
    public void invalidateRange(List<Number> data) {
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        int count = Math.max(1, getMinorTickCount());
        for (int i = 0; i + 1 < ticks.size(); i++) {
            double from = ticks.get(i).doubleValue();
            double step = (ticks.get(i + 1).doubleValue() - from) / count;
            for (int j = 1; j < count; j++) {
                minor.add(from + j * step);
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        var formatter = getTickLabelFormatter();
        return formatter == null ? value.toString() : formatter.toString(value);
    }

    @Override
    protected Dimension2D measureTickMarkSize(Number value, Object range) {
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).doubleValue() == value.doubleValue()) {
                if (sizes[i] == null) {
                    sizes[i] = measureTickMarkSize(value, getTickLabelRotation());
                }
                return sizes[i];
            }
        }
        return measureTickMarkSize(value, getTickLabelRotation());
    }
}
