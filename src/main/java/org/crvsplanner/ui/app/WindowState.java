package org.crvsplanner.ui.app;

import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position between runs, and never restores it off screen. */
final class WindowState {
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private final Preferences preferences;

    WindowState(Preferences preferences) {
        this.preferences = preferences;
    }

    void restore(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.max(MIN_WIDTH, preferences.getDouble("width", Math.min(1360, screen.getWidth())));
        double height = Math.max(MIN_HEIGHT, preferences.getDouble("height", Math.min(860, screen.getHeight())));
        stage.setWidth(width);
        stage.setHeight(height);
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean("maximized", false));
    }

    void save(Stage stage) {
        preferences.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.putDouble("x", stage.getX());
            preferences.putDouble("y", stage.getY());
            preferences.putDouble("width", stage.getWidth());
            preferences.putDouble("height", stage.getHeight());
        }
    }
}
