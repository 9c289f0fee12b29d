package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.workshop.Pictures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.print.Printer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Presentation mode, the walkthrough and pictures of the plan, worked by keyboard like a trainer. */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowTest {
    private PlannerViewModel model;
    private PlannerWindow window;
    private FakeDialogs dialogs;
    private MainView view;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        model = new PlannerViewModel();
        window = PlannerWindow.around(model, TestWindow.lightTheme(), real -> dialogs = FakeDialogs.over(real));
        view = window.view();
        TestWindow.show(stage, view, 1280, 800);
    }

    private static double fontSize(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getFont().getSize();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @DisplayName("F11 doubles the type and hides the advanced assumptions; the slider still replans; Esc leaves")
    void presentationMode(FxRobot robot) {
        double figure = fontSize(robot, "#horizon-disk");
        double input = fontSize(robot, ".input-label");
        TitledPane advanced = robot.lookup("#advanced").queryAs(TitledPane.class);
        assertThat(advanced.isVisible()).isTrue();

        robot.push(KeyCode.F11);

        assertThat(window.workshop().presentation().isPresenting()).isTrue();
        assertThat(view.getStyleClass()).contains(Styles.PRESENTATION);
        assertThat(fontSize(robot, "#horizon-disk")).isGreaterThanOrEqualTo(2 * figure);
        assertThat(fontSize(robot, ".input-label")).isGreaterThanOrEqualTo(2 * input);
        assertThat(advanced.isVisible()).isFalse();
        assertThat(advanced.getHeight()).isZero();

        robot.drag("#population-slider .thumb").moveBy(90, 0).drop();
        long population = model.getPlan().inputs().population();
        assertThat(population).isGreaterThan(30_000_000);
        assertThat(text(robot, "#horizon-disk")).isEqualTo(Formats.gb(SizingEngine.plan(
                SizingInputs.builder().population(population).build()).horizonYear().applicationServerDiskGb()));

        robot.push(KeyCode.ESCAPE);

        assertThat(window.workshop().presentation().isPresenting()).isFalse();
        assertThat(fontSize(robot, "#horizon-disk")).isEqualTo(figure);
        assertThat(advanced.isVisible()).isTrue();
    }

    @Test
    @DisplayName("a one-year plan in presentation mode: each point carries its figure in the larger type, and the "
            + "fill dates keep clear of the growth marker (issue 13, point 4)")
    void oneYearInPresentation(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.D);
        double normal = figures(robot).get(0).getFont().getSize();
        robot.push(KeyCode.F11);
        List<Label> figures = figures(robot);

        assertThat(figures).extracting(Label::getText)
                .containsExactlyInAnyOrder("1,013.71 GB", "1,013.71 GB", "2,027.42 GB");
        assertThat(figures.get(0).getFont().getSize()).isGreaterThan(1.5 * normal);
        List<Label> written = new ArrayList<>(figures);
        written.addAll(robot.lookup(".growth-marker-label").queryAllAs(Label.class));
        written.addAll(robot.lookup(".fill-label").queryAllAs(Label.class).stream().filter(Node::isVisible).toList());
        assertThat(written).hasSizeGreaterThan(figures.size() + 3);
        Node plot = figures.get(0).getParent();
        for (int i = 0; i < written.size(); i++) {
            Bounds bounds = written.get(i).getBoundsInParent();
            assertThat(written.get(i).getParent()).isSameAs(plot);
            for (int j = 0; j < i; j++) {
                assertThat(written.get(j).getBoundsInParent().intersects(bounds))
                        .as("%s over %s", written.get(i).getText(), written.get(j).getText()).isFalse();
            }
        }
    }

    private static List<Label> figures(FxRobot robot) {
        return List.copyOf(robot.lookup("." + Styles.POINT_VALUE).queryAllAs(Label.class));
    }

    @Test
    @DisplayName("in presentation mode, Esc closes the walkthrough first and leaves the mode second")
    void escapeInPresentation(FxRobot robot) {
        robot.push(KeyCode.F11).push(KeyCode.F5);
        assertThat(robot.lookup("#walkthrough").query().isVisible()).isTrue();

        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#walkthrough").query().isVisible()).isFalse();
        assertThat(window.workshop().presentation().isPresenting()).isTrue();

        robot.push(KeyCode.ESCAPE);
        assertThat(window.workshop().presentation().isPresenting()).isFalse();
    }

    @Test
    @DisplayName("the walkthrough steps by arrows, Space and Page keys with the model's numbers, and Esc closes it")
    void walkthrough(FxRobot robot) {
        robot.clickOn("#population").write("0").type(KeyCode.TAB);
        SizingPlan expected = SizingEngine.plan(SizingInputs.builder().population(300_000_000).build());
        assertThat(model.getPlan().inputs().population()).isEqualTo(300_000_000);
        // The card is made when the walkthrough first opens, so that a start has none to style.
        assertThat(robot.lookup("#walkthrough").tryQuery()).isEmpty();

        robot.push(KeyCode.F5);
        assertThat(robot.lookup("#walkthrough").query().isFocused()).isTrue();
        assertThat(text(robot, "#walkthrough-title")).isEqualTo("Population and rates");
        assertThat(text(robot, "#walkthrough-line-0")).isEqualTo("Population: 300,000,000 people");
        assertThat(robot.lookup("#population-input").query().getStyleClass()).contains(Styles.HIGHLIGHTED);

        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#walkthrough-title")).isEqualTo("Records per year");
        assertThat(robot.lookup("#walkthrough .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(line -> line.endsWith("= " + Formats.whole(expected.firstYear().records())));
        assertThat(robot.lookup("#population-input").query().getStyleClass()).doesNotContain(Styles.HIGHLIGHTED);

        robot.type(KeyCode.SPACE).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).type(KeyCode.RIGHT);
        assertThat(text(robot, "#walkthrough-title")).isEqualTo("Disk");
        assertThat(robot.lookup("#walkthrough .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(line -> line.endsWith("= " + Formats.gb(expected.firstYear().applicationServerDiskGb())));
        assertThat(view.chart().highlighted()).containsExactlyInAnyOrder(ChartPart.REQUIRED,
                ChartPart.PROVISIONED);
        Node requiredLine = view.chart().chart().getData().get(0).getNode();
        assertThat(requiredLine.getStyleClass()).contains(Styles.HIGHLIGHTED);

        robot.type(KeyCode.PAGE_UP).type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(text(robot, "#walkthrough-title")).isEqualTo("Attachments");
        assertThat(robot.lookup("#attachmentsPerRecord-input").query().getStyleClass()).contains(Styles.HIGHLIGHTED);

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#walkthrough").query().isVisible()).isFalse();
        assertThat(robot.lookup("#attachmentsPerRecord-input").query().getStyleClass())
                .doesNotContain(Styles.HIGHLIGHTED);
        assertThat(requiredLine.getStyleClass()).doesNotContain(Styles.HIGHLIGHTED);
    }

    @Test
    @DisplayName("the chart saved as PNG is twice the chart's size and shows a picture, not a blank")
    void chartPicture(FxRobot robot) throws Exception {
        Path file = folder.resolve("chart.png");
        robot.interact(() -> Pictures.writePng(view.chart(), file));

        BufferedImage image = ImageIO.read(file.toFile());
        double width = view.chart().getLayoutBounds().getWidth();
        double height = view.chart().getLayoutBounds().getHeight();
        assertThat(width).isGreaterThan(100);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * width));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(2 * height));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(20);
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    @DisplayName("Ctrl+Shift+C puts the chart on the clipboard at twice its size")
    void copyChart(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

        Image[] copied = new Image[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(copied[0]).isNotNull();
        assertThat(copied[0].getWidth()).isEqualTo(Math.ceil(2 * view.chart().getLayoutBounds().getWidth()));
    }

    @Test
    @DisplayName("the printed page holds the plan and the chart, shrunk to fit the printable area")
    void printedPage(FxRobot robot) {
        VBox[] page = new VBox[1];
        robot.interact(() -> page[0] = Pictures.page("National roll-out", view.plan(), view.chart(), 500, 400));

        assertThat(page[0].getChildren()).hasSize(3);
        assertThat(((Label) page[0].getChildren().get(0)).getText()).isEqualTo("National roll-out");
        double scale = page[0].getLocalToParentTransform().getMxx();
        assertThat(page[0].getLayoutBounds().getWidth() * scale).isLessThanOrEqualTo(500.5);
        assertThat(page[0].getLayoutBounds().getHeight() * scale).isLessThanOrEqualTo(400.5);
    }

    @Test
    @DisplayName("Ctrl+P without a printer says so, and how else to get the plan on paper")
    void noPrinter(FxRobot robot) {
        // With a printer, the system's print dialog would open and wait for a person.
        assumeTrue(Printer.getDefaultPrinter() == null, "a printer is set up on this machine");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);

        DialogPane notice = robot.lookup("#notice").queryAs(DialogPane.class);
        assertThat(notice.getHeaderText()).isEqualTo("No printer");
        assertThat(notice.getContentText()).contains("Save plan as PNG");
    }

    @Test
    @DisplayName("a picture that cannot be saved says which file and why")
    void pictureProblem(FxRobot robot) {
        Path missing = folder.resolve("no-such-folder").resolve("plan.png");
        dialogs.saveTo(missing);
        robot.interact(() -> window.pictures().saveAs(view.plan(), "plan.png"));

        DialogPane notice = robot.lookup("#notice").queryAs(DialogPane.class);
        assertThat(notice.getContentText()).contains(missing.toString()).contains("does not exist");
    }
}
