package org.crvsplanner.ui.base;

import javafx.scene.control.Label;

/**
 * A label that wraps its text and remembers its height for the width it was last asked about.
 *
 * <p>JavaFX keeps no size cache for a node whose height depends on its width: every layout of the
 * plan asked each wrapping line its height, and each asking laid its text out again, on every
 * slider step, whether the line had changed or not. This label measures again only after its
 * text, font or anything else about it asked for a new layout ({@link #requestLayout()}, which
 * is where JavaFX drops its own size caches), or for another width.
 */
public class WrappingLabel extends Label {
    private double prefWidthAsked = Double.NaN;
    private double prefHeight;
    private double minWidthAsked = Double.NaN;
    private double minHeight;

    public WrappingLabel() {
        setWrapText(true);
    }

    @Override
    public void requestLayout() {
        prefWidthAsked = Double.NaN;
        minWidthAsked = Double.NaN;
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != prefWidthAsked) {
            prefHeight = super.computePrefHeight(width);
            prefWidthAsked = width;
        }
        return prefHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width != minWidthAsked) {
            minHeight = super.computeMinHeight(width);
            minWidthAsked = width;
        }
        return minHeight;
    }
}
