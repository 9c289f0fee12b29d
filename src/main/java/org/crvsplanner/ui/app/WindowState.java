package org.crvsplanner.ui.app;

import java.util.function.Predicate;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Remembers the window's size and position between runs, and never restores it off screen or
 * larger than the screen.
 *
 * <p>Under a window manager (openbox, and others on GTK) JavaFX 21 maps a window at its minimum
 * size, whatever size was set before {@code show()}, and may shrink it to the minimum again while
 * the window manager settles: the window opened at 1022 × 675 on every screen. So the placement is
 * set before showing, which is all a system without a window manager needs, set again once the
 * window shows, and put back if the window is shrunk to exactly its minimum while it settles.
 */
final class WindowState {
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** The size of a first start, where the screen has room for it. */
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    /** How long after showing a shrink to the minimum is taken as the window manager's, not the user's. */
    static final Duration SETTLING = Duration.seconds(2);

    /** Where the window goes: its top left corner, its size, and whether it fills the screen. */
    record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences preferences;

    WindowState(Preferences preferences) {
        this.preferences = preferences;
    }

    /**
     * The saved placement, or the default one: never smaller than the minimum, never larger than
     * the screen's visible part, and centred when nothing is saved or the saved position would put
     * the window's corner off every screen.
     *
     * @param screen the visible part of the primary screen (without task bars)
     * @param visible whether a rectangle lies on some screen
     */
    Placement placement(Rectangle2D screen, Predicate<Rectangle2D> visible) {
        double width = fit(preferences.getDouble("width", DEFAULT_WIDTH), MIN_WIDTH, screen.getWidth());
        double height = fit(preferences.getDouble("height", DEFAULT_HEIGHT), MIN_HEIGHT, screen.getHeight());
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !visible.test(new Rectangle2D(x, y, 100, 100))) {
            // Centred across, a third of the way down, as JavaFX centres a window; whole pixels.
            x = Math.round(screen.getMinX() + Math.max(0, (screen.getWidth() - width) / 2));
            y = Math.round(screen.getMinY() + Math.max(0, (screen.getHeight() - height) / 3));
        }
        return new Placement(x, y, width, height, preferences.getBoolean("maximized", false));
    }

    /** At least {@code min}; at most {@code room}, unless the room is smaller than the minimum. */
    private static double fit(double wanted, double min, double room) {
        return Math.max(min, Math.min(wanted, room));
    }

    /** Whether a stage now {@code width} × {@code height} was shrunk to its minimum in some direction, away from {@code wanted}. */
    static boolean shrunkToMinimum(Placement wanted, double width, double height) {
        return !wanted.maximized() && (width <= MIN_WIDTH && wanted.width() > MIN_WIDTH
                || height <= MIN_HEIGHT && wanted.height() > MIN_HEIGHT);
    }

    /** Sets the stage's size and place before it shows, again once it shows, and keeps it while it settles. */
    void restore(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Placement placement = placement(Screen.getPrimary().getVisualBounds(),
                area -> !Screen.getScreensForRectangle(area).isEmpty());
        apply(stage, placement);
        keepWhileSettling(stage, placement);
    }

    static void keepWhileSettling(Stage stage, Placement placement) {
        InvalidationListener putBack = size -> {
            if (shrunkToMinimum(placement, stage.getWidth(), stage.getHeight())) {
                apply(stage, placement);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                apply(stage, placement);
                stage.widthProperty().addListener(putBack);
                stage.heightProperty().addListener(putBack);
                PauseTransition settled = new PauseTransition(SETTLING);
                settled.setOnFinished(done -> {
                    stage.widthProperty().removeListener(putBack);
                    stage.heightProperty().removeListener(putBack);
                });
                settled.play();
            }
        });
    }

    private static void apply(Stage stage, Placement placement) {
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setMaximized(placement.maximized());
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
