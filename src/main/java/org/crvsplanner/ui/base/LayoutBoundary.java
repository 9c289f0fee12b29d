package org.crvsplanner.ui.base;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one panel as an unmanaged child, which makes the panel a layout root: when a figure or
 * a chart point inside it changes, JavaFX lays out that panel alone instead of the whole window.
 * A slider drag changes something in every panel on every step, so this is where the time goes.
 */
public final class LayoutBoundary extends Region {
    private final Node content;

    public LayoutBoundary(Node content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }
}
