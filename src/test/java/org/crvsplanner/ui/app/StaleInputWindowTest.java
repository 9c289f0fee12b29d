package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Styles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Text that is not a valid value never silently becomes the plan (issue 13, point 1): the figures
 * step back with a line naming the input and its range, in the window and the status bar, and
 * every action that hands on the plan asks first.
 */
@ExtendWith(ApplicationExtension.class)
class StaleInputWindowTest {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass(Styles.STALE);

    @TempDir
    Path folder;
    private PlannerWindow window;
    private MainView view;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        window = PlannerWindow.start(folder.resolve("app-data"), TestWindow.lightTheme(), () -> { },
                javafx.util.Duration.seconds(30), javafx.util.Duration.seconds(30),
                real -> dialogs = FakeDialogs.over(real));
        view = window.view();
        window.session().openAtStart(List.of());
        TestWindow.show(stage, view, 1280, 800);
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    @Test
    @DisplayName("invalid text dims the figures with a line naming the input and its range, in the window and the status bar")
    void staleFiguresAreMarked(FxRobot robot) {
        Label notice = view.selectedScenarioView().staleNotice();
        assertThat(notice.isVisible()).isFalse();
        assertThat(view.selectedScenarioView().centre().getPseudoClassStates()).doesNotContain(STALE);

        retype(robot, "#population", "99999999999");
        retype(robot, "#crudeBirthRate", "abc");

        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Population").contains("between 1 and 2,000,000,000 people")
                .contains("last valid inputs");
        assertThat(view.selectedScenarioView().centre().getPseudoClassStates()).contains(STALE);
        assertThat(status(robot)).startsWith("Population").contains("between 1 and 2,000,000,000 people")
                .doesNotContain("up to date");
        TextField birthRate = robot.lookup("#crudeBirthRate").queryAs(TextField.class);
        assertThat(birthRate.getAccessibleHelp()).contains("Crude birth rate").contains("between 0 and 80");

        // Esc in each field puts its last valid value back; then the plan is up to date again.
        robot.type(KeyCode.ESCAPE);
        assertThat(birthRate.getText()).isEqualTo("17.299");
        robot.clickOn("#population").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("30,000,000");
        assertThat(notice.isVisible()).isFalse();
        assertThat(view.selectedScenarioView().centre().getPseudoClassStates()).doesNotContain(STALE);
        assertThat(status(robot)).contains("up to date");
    }

    @Test
    @DisplayName("an invalid list of other event types: the status bar says so instead of 'up to date'")
    void invalidEvents(FxRobot robot) {
        robot.interact(() -> window.session().workspace().getSelected().planner().events().textProperty()
                .set("marriage=lots"));

        assertThat(status(robot)).startsWith("Other event types").doesNotContain("up to date");
        assertThat(view.selectedScenarioView().staleNotice().isVisible()).isTrue();
    }

    @Test
    @DisplayName("Ctrl+E with invalid inputs asks, naming the input; Cancel exports nothing")
    void exportAsksFirst(FxRobot robot) {
        retype(robot, "#population", "99999999999");
        dialogs.answer(StalePlanCheck.ID, false);

        robot.push(KeyCode.CONTROL, KeyCode.E);

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0)).startsWith("stale: Export the workbook of the last valid plan");
        assertThat(dialogs.asked).noneMatch(asked -> asked.startsWith("save as"));

        // Choosing to go on with the last valid plan reaches the save dialog (cancelled here).
        dialogs.answer(StalePlanCheck.ID, true);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertThat(dialogs.asked).hasSize(3);
        assertThat(dialogs.asked.get(2)).startsWith("save as");
    }

    @Test
    @DisplayName("Save, Save As, Copy chart, the pictures and Print ask first too; with valid inputs nothing asks")
    void everyUseAsks(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(dialogs.asked).noneMatch(asked -> asked.startsWith("stale"));
        dialogs.asked.clear();

        retype(robot, "#crudeDeathRate", "-3");
        for (String id : List.of("menu-save", "menu-save-as", "menu-copy-chart", "menu-save-chart", "menu-save-plan",
                "menu-print")) {
            dialogs.answer(StalePlanCheck.ID, false);
            robot.interact(() -> view.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
        }

        assertThat(dialogs.asked).hasSize(6).allMatch(asked -> asked.startsWith("stale: "));
        assertThat(dialogs.asked.get(0)).startsWith("stale: Save the last valid inputs");
        assertThat(dialogs.asked.get(5)).startsWith("stale: Print the last valid plan");
    }

    @Test
    @DisplayName("Compare asks about a compared scenario whose inputs are not valid, naming it")
    void compareAsks(FxRobot robot) {
        robot.interact(() -> window.session().workspace().newScenario());
        retype(robot, "#population", "12,3x");
        dialogs.answer("compare", true).answer(StalePlanCheck.ID, false);
        int windows = Window.getWindows().size();

        robot.interact(() -> view.menuBar().getMenus().get(2).getItems().stream()
                .filter(item -> "menu-compare".equals(item.getId())).findFirst().orElseThrow().fire());

        assertThat(dialogs.asked).anyMatch(asked -> asked.startsWith("stale: Compare the last valid plan of \"Untitled 2\""));
        assertThat(Window.getWindows()).hasSize(windows);
    }

    @Test
    @DisplayName("the working of a stale plan says so, naming the input")
    void workingSaysStale(FxRobot robot) {
        retype(robot, "#crudeBirthRate", "abc");
        robot.push(KeyCode.F3);

        Label stale = robot.lookup("#working-stale").queryAs(Label.class);
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).startsWith("Crude birth rate").contains("between 0 and 80");
        assertThat(robot.lookup("#working-steps").query().getPseudoClassStates()).contains(STALE);
    }

    @Test
    @DisplayName("Ctrl+Z takes back a typed change that left a field invalid")
    void undoTakesBackInvalidText(FxRobot robot) {
        retype(robot, "#crudeBirthRate", "abc");
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(robot.lookup("#crudeBirthRate").queryAs(TextField.class).getText()).isEqualTo("17.299");
        assertThat(view.selectedScenarioView().staleNotice().isVisible()).isFalse();
    }
}
