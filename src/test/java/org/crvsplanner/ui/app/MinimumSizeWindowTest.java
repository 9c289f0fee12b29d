package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.plan.ServerGrid;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * At the window's minimum size every column of the server list stays readable (issue 13, point 8:
 * it read "testing a…" and "Ubuntu 2…").
 */
@ExtendWith(ApplicationExtension.class)
class MinimumSizeWindowTest {
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        window = PlannerWindow.around(new PlannerViewModel(), TestWindow.lightTheme());
        window.attach(stage);
        TestWindow.show(stage, window.view(), WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT);
    }

    @Test
    @DisplayName("no cell of the server list is cut short at 1024 × 700")
    void serverCellsReadable(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : window.view().plan().servers().getChildren()) {
                Label cell = (Label) node;
                if (!cell.getText().isEmpty() && !shown(cell).equals(cell.getText())) {
                    cut.add(cell.getText() + " shown as " + shown(cell));
                }
            }
        });
        assertThat(window.view().plan().servers().shownRows()).isNotEmpty();
        assertThat(cut).isEmpty();
        ServerGrid servers = window.view().plan().servers();
        double right = servers.localToScene(servers.getLayoutBounds()).getMaxX();
        assertThat(right).as("the list's right edge, inside the window").isLessThanOrEqualTo(servers.getScene().getWidth());
    }

    /** What the label draws: its text, or the text cut short with an ellipsis. */
    private static String shown(Label cell) {
        StringBuilder drawn = new StringBuilder();
        for (Node line : cell.lookupAll(".text")) {
            drawn.append(((Text) line).getText());
        }
        return drawn.toString().replace("\n", " ").strip();
    }
}
