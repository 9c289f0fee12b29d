package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The windows beside the main one work by keyboard, even where no window manager closes them
 * (issue 13, point 6): Esc and Ctrl+W close them, F3 shows and hides the working, and the main
 * window owns both.
 */
@ExtendWith(ApplicationExtension.class)
class SecondaryWindowKeysTest {
    private PlannerWindow window;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        window = TestWindow.around(stage, 1280, 800);
    }

    private Stage working() {
        return window.windows().workingStage();
    }

    @Test
    @DisplayName("F3 opens the working, owned by the main window; Esc closes it; F3 there closes it too")
    void workingByKeyboard(FxRobot robot) {
        robot.push(KeyCode.F3);
        assertThat(working().isShowing()).isTrue();
        assertThat(working().getOwner()).isSameAs(main);

        robot.interact(() -> working().requestFocus());
        robot.push(KeyCode.ESCAPE);
        assertThat(working().isShowing()).isFalse();

        robot.push(KeyCode.F3);
        assertThat(working().isShowing()).isTrue();
        robot.interact(() -> working().requestFocus());
        robot.push(KeyCode.F3);
        assertThat(working().isShowing()).isFalse();
    }

    @Test
    @DisplayName("F3 in the main window hides the working it shows, and Ctrl+W in the working closes only it")
    void toggleAndCloseKey(FxRobot robot) {
        robot.push(KeyCode.F3);
        robot.interact(main::requestFocus);
        robot.push(KeyCode.F3);
        assertThat(working().isShowing()).isFalse();

        robot.push(KeyCode.F3);
        robot.interact(() -> working().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(working().isShowing()).isFalse();
        assertThat(window.session().workspace().scenarios()).hasSize(1);
    }

    @Test
    @DisplayName("the comparison, owned by the main window, closes with Esc and with Ctrl+W; F3 there opens the working")
    void compareByKeyboard(FxRobot robot) {
        robot.interact(() -> window.session().workspace().newScenario());
        List<ScenarioViewModel> both = window.session().workspace().scenarios();
        robot.interact(() -> window.compare(both));
        Stage compare = window.windows().compareStage();
        assertThat(compare.isShowing()).isTrue();
        assertThat(compare.getOwner()).isSameAs(main);

        robot.interact(compare::requestFocus);
        robot.push(KeyCode.F3);
        assertThat(working().isShowing()).isTrue();
        robot.interact(compare::requestFocus);
        robot.push(KeyCode.ESCAPE);
        assertThat(compare.isShowing()).isFalse();

        robot.interact(() -> window.compare(both));
        Stage again = window.windows().compareStage();
        robot.interact(again::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(again.isShowing()).isFalse();
        assertThat(window.session().workspace().scenarios()).hasSize(2);
    }
}
