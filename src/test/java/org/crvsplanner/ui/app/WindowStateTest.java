package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.crvsplanner.ui.app.WindowState.Placement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The window opens at the saved size or the default one, even where the window manager maps it
 * at its minimum (issue 13, point 8: under openbox it always opened at 1022 × 675).
 */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 800);

    private final Preferences preferences = Preferences.userRoot().node("crvs-window-state-test-" + UUID.randomUUID());
    private final WindowState state = new WindowState(preferences);

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    @DisplayName("a first start opens at the default size, centred, or at the screen's size on a small screen")
    void firstStart() {
        assertThat(state.placement(FULL_HD, area -> true)).isEqualTo(new Placement(280, 73, 1360, 860, false));
        assertThat(state.placement(PROJECTOR, area -> true)).isEqualTo(new Placement(0, 0, 1280, 800, false));
    }

    @Test
    @DisplayName("a saved size and position come back; a position off every screen is centred instead")
    void savedPlacement() {
        preferences.putDouble("x", 100);
        preferences.putDouble("y", 50);
        preferences.putDouble("width", 1500);
        preferences.putDouble("height", 900);
        assertThat(state.placement(FULL_HD, area -> true)).isEqualTo(new Placement(100, 50, 1500, 900, false));
        assertThat(state.placement(FULL_HD, area -> false)).isEqualTo(new Placement(210, 60, 1500, 900, false));

        preferences.putDouble("width", 400);
        preferences.putDouble("height", 300);
        assertThat(state.placement(FULL_HD, area -> true))
                .isEqualTo(new Placement(100, 50, WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT, false));
    }

    @Test
    @DisplayName("when the window manager shrinks the shown window to its minimum, it gets its size back")
    void windowManagerShrink(FxRobot robot) {
        Placement wanted = new Placement(40, 30, 1360, 860, false);
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(new Stage());
            shown.get().setScene(new Scene(new Pane()));
            shown.get().setMinWidth(WindowState.MIN_WIDTH);
            shown.get().setMinHeight(WindowState.MIN_HEIGHT);
            WindowState.keepWhileSettling(shown.get(), wanted);
            shown.get().show();
        });
        Stage stage = shown.get();
        try {
            // What openbox did: the window is mapped, then shrunk to the minimum.
            robot.interact(() -> {
                stage.setWidth(WindowState.MIN_WIDTH);
                stage.setHeight(WindowState.MIN_HEIGHT);
            });
            assertThat(stage.getWidth()).isEqualTo(1360);
            assertThat(stage.getHeight()).isEqualTo(860);
        } finally {
            robot.interact(stage::close);
        }
    }
}
