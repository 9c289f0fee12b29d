package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;
import org.crvsplanner.ui.years.YearTableView;
import org.crvsplanner.ui.years.YearTableViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/** Issue 13, point 10: the year-by-year table in the window, and copying it for a spreadsheet. */
@ExtendWith(ApplicationExtension.class)
class YearTableWindowTest {
    @TempDir
    Path dir;
    private PlannerSession session;
    private WorkspaceViewModel workspace;
    private MainView view;

    @Start
    void start(Stage stage) {
        PlannerWindow planner = TestWindow.planner(stage, dir.resolve("app-data"), WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT,
                real -> real);
        session = planner.session();
        workspace = session.workspace();
        view = planner.view();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(session::exit);
    }

    private YearTableView years() {
        return view.selectedScenarioView().years();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    /** Scrolls the plan's pane to the year table (at the bottom) or away from it (the top). */
    private void scroll(FxRobot robot, boolean toTable) {
        robot.interact(() -> {
            Parent parent = years().getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ((ScrollPane) parent).setVvalue(toTable ? 1 : 0);
        });
    }

    private List<List<String>> currentRows() {
        return new YearTableViewModel(workspace.getSelected().planner().planProperty()).tableProperty().get().rows();
    }

    @Test
    @DisplayName("the table lists every year of the plan and follows an input as it changes")
    void followsInputs(FxRobot robot) {
        scroll(robot, true);
        int horizon = workspace.getSelected().planner().planProperty().get().years().size();
        assertThat(years().table().getItems()).hasSize(horizon);
        robot.interact(() -> workspace.getSelected().planner().number(Inputs.HORIZON_YEARS).setValue(3));
        assertThat(years().table().getItems()).hasSize(3);
        assertThat(years().table().getColumns().get(0).getText()).isEqualTo("Year");
        robot.interact(() -> workspace.getSelected().planner().number(Inputs.POPULATION).setValue(41_000_000));
        assertThat(years().table().getItems()).isEqualTo(currentRows());
    }

    @Test
    @DisplayName("scrolled out of sight, the table waits, and shows the current plan once scrolled to")
    void catchesUpWhenShown(FxRobot robot) {
        scroll(robot, false);
        List<List<String>> before = List.copyOf(years().table().getItems());
        robot.interact(() -> workspace.getSelected().planner().number(Inputs.HORIZON_YEARS).setValue(3));
        robot.interact(() -> workspace.getSelected().planner().number(Inputs.POPULATION).setValue(41_000_000));
        // Out of sight, a slider step leaves the table's cells alone: that is the work saved.
        assertThat(years().table().getItems()).isEqualTo(before);

        scroll(robot, true);
        assertThat(years().table().getItems()).hasSize(3).isEqualTo(currentRows());
    }

    @Test
    @DisplayName("in presentation mode the columns widen with the larger type: no figure or heading is cut short")
    void presentationType(FxRobot robot) {
        robot.push(KeyCode.F11);
        scroll(robot, true);
        List<Labeled> cells = new ArrayList<>();
        cells.addAll(robot.lookup(".table-cell").queryAllAs(Labeled.class));
        cells.addAll(robot.from(years().table()).lookup(".column-header .label").queryAllAs(Labeled.class));
        cells.removeIf(cell -> cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible());
        assertThat(cells).hasSizeGreaterThan(12);
        for (Labeled cell : cells) {
            assertThat(((Text) cell.lookup(".text")).getText()).as("%s at %s", cell.getText(), cell.getFont())
                    .isEqualTo(cell.getText());
        }
    }

    @Test
    @DisplayName("Copy table puts the years on the clipboard as tab-separated text; so does Ctrl+C in the table")
    void copies(FxRobot robot) {
        robot.interact(() -> workspace.getSelected().planner().number(Inputs.HORIZON_YEARS).setValue(4));
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> years().copyButton().fire());
        String copied = clipboard(robot);
        assertThat(copied).startsWith("Year\tPopulation\t");
        assertThat(copied.lines()).hasSize(5);
        assertThat(copied.lines().skip(1)).allSatisfy(line -> assertThat(line.split("\t")).hasSize(12));

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> years().table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard(robot)).isEqualTo(copied);
    }
}
