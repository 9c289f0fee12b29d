package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workshop.Pictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A workshop's long session as a trainer runs it: presentation mode, the walkthrough, an export,
 * a second tab, Compare and French; after all that, presentation mode still enlarges the type and
 * the dark theme still darkens the results.
 */
@ExtendWith(ApplicationExtension.class)
class LongSessionTest {
    @TempDir
    Path folder;
    private PlannerWindow window;
    private MainView view;
    private Theme theme;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = TestWindow.lightTheme();
        window = PlannerWindow.start(folder.resolve("app-data"), theme, () -> { });
        view = window.view();
        window.session().openAtStart(List.of());
        TestWindow.show(stage, view, 1280, 800);
    }

    @AfterEach
    void lightAndEnglish(FxRobot robot) {
        robot.interact(() -> {
            I18n.setLanguage(Language.ENGLISH);
            theme.apply(false);
        });
    }

    private double figureSize() {
        return ((Label) view.selectedScenarioView().plan().lookup("#horizon-disk")).getFont().getSize();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("after presentation, walkthrough, export, a new tab, Compare and French, F11 still enlarges the type "
            + "and the dark theme darkens the results")
    void longSession(FxRobot robot) throws Exception {
        double normal = figureSize();
        robot.push(KeyCode.F11).push(KeyCode.F5);
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertThat(window.workshop().presentation().isPresenting()).isFalse();

        Task<Path>[] export = new Task[1];
        robot.interact(() -> export[0] = window.export().export(folder.resolve("plan")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> export[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        // "Workbook exported" goes away by itself; the headless screen would hand it the keys meanwhile.
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(PopupWindow.class::isInstance)
                .forEach(Window::hide));

        robot.interact(() -> window.session().workspace().newScenario());
        robot.interact(() -> window.compare(List.copyOf(window.session().workspace().scenarios())));
        robot.clickOn("View").clickOn("#menu-language").clickOn("#language-fr");
        assertThat(I18n.language()).isEqualTo(Language.FRENCH);
        // The language menu's popups close after the click; the next key is the window's.
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        // The comparison, owned by the window, would stay in front of it and take the keys.
        assertThat(window.windows().compareStage().isShowing()).isTrue();
        robot.interact(() -> window.windows().compareStage().close());
        robot.push(KeyCode.F11);

        assertThat(window.workshop().presentation().isPresenting()).isTrue();
        assertThat(view.getStyleClass()).contains(Styles.PRESENTATION);
        assertThat(figureSize()).isGreaterThanOrEqualTo(2 * normal);
        CheckMenuItem ticked = (CheckMenuItem) view.menuBar().getMenus().get(2).getItems().stream()
                .filter(item -> "menu-presentation".equals(item.getId())).findFirst().orElseThrow();
        assertThat(ticked.isSelected()).isTrue();

        robot.push(KeyCode.ESCAPE);
        robot.interact(() -> theme.apply(true));

        Node results = view.selectedScenarioView().planScroll();
        assertThat(brightness(robot, results)).as("the results pane's background").isLessThan(0.3);
        Label caption = (Label) view.selectedScenarioView().plan().lookup(".figure-label");
        assertThat(((Color) caption.getTextFill()).getBrightness()).as("a figure's caption").isGreaterThan(0.5);
        // Save plan as PNG: the plan as it shows, not light words on a white sheet.
        Image[] picture = new Image[1];
        robot.interact(() -> picture[0] = Pictures.snapshot(view.selectedScenarioView().plan()));
        assertThat(lightShare(picture[0], 0, 0, picture[0].getWidth(), picture[0].getHeight()))
                .as("the plan's picture").isLessThan(0.3);
    }

    /** The share of the node's pixels on screen that are not dark: low when its background is dark. */
    private static double brightness(FxRobot robot, Node node) {
        Image[] picture = new Image[1];
        robot.interact(() -> picture[0] = node.getScene().snapshot(null));
        Bounds area = node.localToScene(node.getLayoutBounds());
        return lightShare(picture[0], area.getMinX(), area.getMinY(), area.getMaxX() - 1, area.getMaxY() - 1);
    }

    private static double lightShare(Image picture, double left, double top, double right, double bottom) {
        PixelReader pixels = picture.getPixelReader();
        int light = 0;
        int all = 0;
        for (int x = (int) left; x < right; x += 5) {
            for (int y = (int) top; y < bottom; y += 5) {
                light += pixels.getColor(x, y).getBrightness() < 0.3 ? 0 : 1;
                all++;
            }
        }
        return (double) light / all;
    }
}
