package org.crvsplanner.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The wrapping label remembers its height, but never past a change to what it shows. */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {
    private static final String SHORT = "Nightly backup";
    private static final String LONG = "The nightly backup of 1,204.5 GB takes longer than the backup window of "
            + "six hours at the assumed speed from year 12 on; plan a faster link or a longer window.";
    private WrappingLabel label;
    private Label plain;

    @Start
    void start(Stage stage) {
        label = new WrappingLabel();
        plain = new Label();
        plain.setWrapText(true);
        // As wide as the width asked about below, so the window's own layouts ask the same.
        stage.setScene(new Scene(new VBox(label, plain), 150, 400));
        stage.show();
    }

    private double[] heights(FxRobot robot, String text, double width) {
        double[] heights = new double[2];
        robot.interact(() -> {
            label.setText(text);
            plain.setText(text);
            label.applyCss();
            plain.applyCss();
            heights[0] = label.prefHeight(width);
            heights[1] = plain.prefHeight(width);
        });
        return heights;
    }

    @Test
    void measuresAgainWhenTheTextChanges(FxRobot robot) {
        double[] shortText = heights(robot, SHORT, 150);
        double[] longText = heights(robot, LONG, 150);
        assertThat(longText[0]).isGreaterThan(shortText[0]).isEqualTo(longText[1]);
        assertThat(heights(robot, SHORT, 150)[0]).isEqualTo(shortText[0]);
    }

    @Test
    void measuresAgainForAnotherWidth(FxRobot robot) {
        double[] narrow = heights(robot, LONG, 100);
        double[] wide = heights(robot, LONG, 400);
        assertThat(narrow[0]).isGreaterThan(wide[0]).isEqualTo(narrow[1]);
        assertThat(wide[0]).isEqualTo(wide[1]);
    }

    @Test
    void measuresAgainWhenTheFontChanges(FxRobot robot) {
        double before = heights(robot, LONG, 150)[0];
        double[] after = new double[2];
        robot.interact(() -> {
            label.setStyle("-fx-font-size: 24px;");
            plain.setStyle("-fx-font-size: 24px;");
            label.applyCss();
            plain.applyCss();
            after[0] = label.prefHeight(150);
            after[1] = plain.prefHeight(150);
        });
        assertThat(after[0]).isGreaterThan(before).isEqualTo(after[1]);
        assertThat(label.minHeight(150)).isEqualTo(plain.minHeight(150));
    }
}
