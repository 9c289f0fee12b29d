package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.ui.base.KeyFigure;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/** At a projector's 1280 × 800, every step of the walkthrough shows what it talks about. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughLayoutTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = TestWindow.around(stage, 1280, 800).view();
    }

    @Test
    @DisplayName("at 1280 × 800 each step's inputs and key figures are scrolled into view and clear of the card")
    void subjectsInView(FxRobot robot) {
        robot.push(KeyCode.F5);
        Node card = robot.lookup("#walkthrough").query();
        int marking = 0;
        for (int step = 1; step <= WalkthroughViewModel.stepCount(); step++) {
            List<Node> subjects = new ArrayList<>(robot.lookup("." + Styles.HIGHLIGHTED).queryAll());
            subjects.removeIf(node -> !node.getStyleClass().contains(Styles.NUMBER_INPUT)
                    && !node.getStyleClass().contains(Styles.FIGURE));
            // Some steps talk of advanced assumptions, closed at the desk, and the chart alone.
            marking += subjects.isEmpty() ? 0 : 1;
            Bounds cardBounds = card.localToScene(card.getLayoutBounds());
            Label explanation = robot.lookup("#walkthrough-explanation").queryAs(Label.class);
            assertThat(((Text) explanation.lookup(".text")).getText()).as("step %d's words in full", step)
                    .isEqualTo(explanation.getText());
            for (Node subject : subjects) {
                Bounds bounds = subject.localToScene(subject.getLayoutBounds());
                String name = "step " + step + ": " + subject.getId() + subject.getStyleClass();
                assertThat(visibleArea(subject).contains(bounds)).as("%s %s shows in its pane", name, bounds)
                        .isTrue();
                assertThat(bounds.intersects(cardBounds)).as("%s is clear of the card %s", name, cardBounds)
                        .isFalse();
            }
            if (step == 8) {
                Node production = robot.lookup("#" + KeyFigure.PRODUCTION_SERVERS.id()).query().getParent();
                assertThat(subjects).contains(production);
                assertThat(subjects).extracting(Node::getId).contains("horizonYears-input", "population-input");
                // The default plan's one red line is the backup's, not a growth of the cluster.
                assertThat(robot.lookup("#growth-marker-0").queryAs(Label.class).getText())
                        .isEqualTo("Backup misses the night");
                assertThat(robot.lookup("." + Styles.GROWTH_MARKER + "." + Styles.HIGHLIGHTED).queryAll())
                        .isEmpty();
            }
            robot.type(KeyCode.RIGHT);
        }
        assertThat(marking).isGreaterThanOrEqualTo(6);
    }

    @Test
    @DisplayName("closing the walkthrough puts the inputs and the plan back where they were scrolled")
    void scrollsBack(FxRobot robot) {
        ScrollPane inputs = robot.lookup("." + Styles.INPUTS).queryAs(ScrollPane.class);
        Node node = robot.lookup("#" + KeyFigure.PRODUCTION_SERVERS.id()).query();
        while (!(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        ScrollPane plan = (ScrollPane) node;
        robot.interact(() -> inputs.setVvalue(0.4));
        robot.push(KeyCode.F5);
        for (int step = 1; step < 8; step++) {
            robot.type(KeyCode.RIGHT);
        }
        double walked = plan.getVvalue();
        robot.type(KeyCode.ESCAPE);

        assertThat(walked).as("step 8 scrolled the plan to the production servers").isGreaterThan(0);
        assertThat(plan.getVvalue()).isZero();
        assertThat(inputs.getVvalue()).isEqualTo(0.4);
    }

    /** What of the node's scroll pane shows on screen, in the scene's terms. */
    private static Bounds visibleArea(Node node) {
        Node pane = node;
        while (!(pane instanceof ScrollPane)) {
            pane = pane.getParent();
        }
        Node viewport = pane.lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }
}
