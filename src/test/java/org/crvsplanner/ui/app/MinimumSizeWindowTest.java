package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.ServerGrid;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        window = TestWindow.around(stage, WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT);
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

    @Test
    @DisplayName("every input's label shows whole at 1024 × 700, in English and French (\"Attachments per legacy re…\")")
    void inputLabelsWhole(FxRobot robot) {
        try {
            for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
                robot.interact(() -> {
                    I18n.setLanguage(language);
                    window.view().inputs().advanced().setExpanded(true);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = new ArrayList<>();
                List<String> seen = new ArrayList<>();
                robot.interact(() -> {
                    window.view().inputs().applyCss();
                    window.view().inputs().layout();
                    for (Node node : window.view().inputs().lookupAll("." + Styles.INPUT_LABEL)) {
                        Label label = (Label) node;
                        seen.add(label.getText());
                        if (!shown(label).equals(label.getText())) {
                            cut.add(label.getText() + " shown as " + shown(label));
                        }
                    }
                });
                assertThat(seen).as(language.name()).contains(
                        I18n.get("inputs.legacyAttachments.label"), I18n.get("inputs.population.label"));
                assertThat(cut).as(language.name()).isEmpty();
            }
        } finally {
            robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        }
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
