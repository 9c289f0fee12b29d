package org.crvsplanner.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** A section in a scroll pane is in view only while some of it can be seen. */
@ExtendWith(ApplicationExtension.class)
class InViewTest {
    private Region above;
    private StackPane holder;
    private ScrollPane scroll;
    private ReadOnlyBooleanProperty inView;

    @Start
    void start(Stage stage) {
        above = new Region();
        Region below = new Region();
        holder = new StackPane(below);
        scroll = new ScrollPane(new VBox(above, holder));
        above.setPrefSize(100, 1000);
        below.setPrefSize(100, 100);
        inView = InView.of(below);
        stage.setScene(new Scene(scroll, 200, 300));
        stage.show();
    }

    @Test
    void followsScrollingAndHiding(FxRobot robot) {
        robot.interact(() -> scroll.setVvalue(0));
        assertThat(inView.get()).isFalse();
        robot.interact(() -> scroll.setVvalue(1));
        assertThat(inView.get()).isTrue();
        robot.interact(() -> holder.setVisible(false));
        assertThat(inView.get()).isFalse();
        robot.interact(() -> holder.setVisible(true));
        assertThat(inView.get()).isTrue();
        robot.interact(() -> scroll.setVvalue(0));
        assertThat(inView.get()).isFalse();
        // Moved into sight by the section above shrinking, without a scroll.
        robot.interact(() -> above.setPrefHeight(100));
        assertThat(inView.get()).isTrue();
    }
}
