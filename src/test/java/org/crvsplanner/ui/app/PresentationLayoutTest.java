package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/** Presentation mode at a projector's sizes: the plan fits the width and every server cell reads in full. */
@ExtendWith(ApplicationExtension.class)
class PresentationLayoutTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWindow.around(stage, 1280, 800).view();
    }

    @Test
    @DisplayName("at 1280 × 800 in presentation mode the key figures fit the plan's width: no sideways scrolling")
    void figuresFitAt1280(FxRobot robot) {
        robot.push(KeyCode.F11);
        ScrollPane plan = view.selectedScenarioView().planScroll();
        Node viewport = plan.lookup(".viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());

        assertThat(plan.getContent().getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(plan.getViewportBounds().getWidth() + 0.5);
        for (Node figure : robot.lookup("." + Styles.FIGURE).queryAll()) {
            Bounds bounds = figure.localToScene(figure.getLayoutBounds());
            assertThat(bounds.getMaxX()).as("figure %s", bounds).isLessThanOrEqualTo(visible.getMaxX() + 0.5);
        }
    }

    @Test
    @DisplayName("at 1920 × 1080 in presentation mode every server cell reads in full, the OS too")
    void serverTableAt1920(FxRobot robot) {
        // Laid out off screen: the headless screen is 1280 × 800, and a larger window overruns it.
        MainView large = PlannerWindow.around(new PlannerViewModel(), TestWindow.lightTheme()).view();
        robot.interact(() -> {
            Scene scene = new Scene(large, 1920, 1080);
            scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
            large.getStyleClass().add(Styles.PRESENTATION);
            large.applyCss();
            large.layout();
        });
        ScrollPane plan = large.selectedScenarioView().planScroll();

        assertThat(plan.getContent().getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(plan.getViewportBounds().getWidth() + 0.5);
        var cells = robot.from(large).lookup("." + Styles.SERVER_CELL).queryAllAs(Label.class);
        assertThat(cells).extracting(Label::getText).contains("Ubuntu 24.04 LTS x64");
        for (Label cell : cells) {
            Text shown = (Text) cell.lookup(".text");
            assertThat(shown.getText()).as("cell %s", cell.getId()).isEqualTo(cell.getText());
            assertThat(shown.getFont().getSize()).isGreaterThanOrEqualTo(18);
        }
    }
}
