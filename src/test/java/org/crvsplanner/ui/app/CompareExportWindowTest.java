package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.ui.base.ExportFolder;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.compare.CompareView;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The comparison taken away (issue 13, point 10): from the Compare window, its table and chart
 * as one PNG and as a workbook, by button or shortcut, asking first about invalid inputs.
 */
@ExtendWith(ApplicationExtension.class)
class CompareExportWindowTest {
    @TempDir
    Path dir;
    private PlannerWindow window;
    private WorkspaceViewModel workspace;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        window = PlannerWindow.start(dir.resolve("app-data"), TestWindow.lightTheme(), () -> { },
                Duration.seconds(30), Duration.seconds(30), real -> dialogs = FakeDialogs.over(real));
        workspace = window.session().workspace();
        window.attach(stage);
        TestWindow.show(stage, window.view(), 1280, 800);
        window.session().openAtStart(List.of());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window.session()::exit);
    }

    /** "National" (the defaults) and "Docs example" (one year), compared in their own window. */
    private Stage compare(FxRobot robot) {
        robot.interact(() -> {
            workspace.getSelected().nameProperty().set("National");
            workspace.newScenario();
            workspace.getSelected().nameProperty().set("Docs example");
            workspace.getSelected().planner().showDocsExample();
        });
        robot.interact(() -> window.compare(List.copyOf(workspace.scenarios())));
        Stage stage = window.windows().compareStage();
        robot.interact(stage::requestFocus);
        return stage;
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    @Test
    @DisplayName("Ctrl+S saves the table and the chart as one PNG, under the comparison's title")
    void savePicture(FxRobot robot) throws Exception {
        Stage stage = compare(robot);
        Path file = dir.resolve("comparison");
        dialogs.saveTo(file);

        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertThat(dialogs.asked).containsExactly("save as: Compare National, Docs example.png");
        BufferedImage image = ImageIO.read(dir.resolve("comparison.png").toFile());
        CompareView view = (CompareView) stage.getScene().getRoot();
        double width = view.content().getLayoutBounds().getWidth();
        double height = view.content().getLayoutBounds().getHeight();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * width) + 2 * 2 * 12);
        // The title and the line on the highlights above the table and the chart.
        assertThat(image.getHeight()).isGreaterThan((int) Math.ceil(2 * height) + 2 * 30);
    }

    @Test
    @DisplayName("the comparison's export opens where the last workbook went, and the main window's export follows it")
    void remembersTheFolder(FxRobot robot) throws Exception {
        compare(robot);
        Path folder = Files.createDirectories(dir.resolve("procurement"));
        dialogs.saveTo(folder.resolve("comparison.xlsx"));

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.notifications.isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.E);

        assertThat(dialogs.saveRequests).hasSize(2);
        assertThat(dialogs.saveRequests.get(1).folder()).isEqualTo(folder);
        assertThat(new ExportFolder(TestWindow.lightTheme().preferences()).last())
                .as("where the procurement workbook's dialog opens").isEqualTo(folder);
    }

    @Test
    @DisplayName("Ctrl+E writes a workbook whose Compare sheet holds both scenarios, a unit per row")
    void exportWorkbook(FxRobot robot) throws Exception {
        compare(robot);
        Path file = dir.resolve("comparison.xlsx");
        dialogs.saveTo(file);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.notifications.isEmpty());

        assertThat(dialogs.asked).hasSize(1).first().asString()
                .startsWith("save as: Compare National, Docs example ").endsWith(".xlsx");
        assertThat(dialogs.notifications.get(0).title()).isEqualTo("Comparison exported");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet("Compare");
            assertThat(rowText(sheet.getRow(3))).startsWith("Figure", "Unit", "National", "Docs example",
                    "Difference: Docs example − National");
            Row horizon = find(sheet, "Planning horizon");
            assertThat(horizon.getCell(1).getStringCellValue()).isEqualTo("years");
            assertThat(horizon.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(horizon.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(horizon.getCell(4).getCellFormula()).isEqualTo("D7-C7");
            Row disk = find(sheet, "Disk in year 1");
            assertThat(disk.getCell(1).getStringCellValue()).isEqualTo("GB");
            assertThat(disk.getCell(3).getNumericCellValue()).isEqualTo(1013.71, org.assertj.core.api.Assertions.within(0.005));
            assertThat(find(sheet, "Crude birth rate").getCell(1).getStringCellValue()).isEqualTo("per 1,000 people");
            assertThat(find(sheet, "Deployment stage").getCell(2).getStringCellValue()).isEqualTo("National");
        }
    }

    @Test
    @DisplayName("the buttons do the same, and their tooltips name the shortcuts")
    void buttons(FxRobot robot) {
        compare(robot);
        Button export = robot.lookup("#compare-export").queryAs(Button.class);
        assertThat(export.getTooltip().getText()).contains("Ctrl+E");
        assertThat(robot.lookup("#compare-save-picture").queryAs(Button.class).getTooltip().getText())
                .contains("Ctrl+S");
        assertThat(robot.lookup("#compare-copy-picture").queryAs(Button.class).getTooltip().getText())
                .contains("Ctrl+Shift+C");

        robot.clickOn(export);
        robot.clickOn("#compare-save-picture");

        assertThat(dialogs.asked).hasSize(2);
        assertThat(dialogs.asked.get(0)).endsWith(".xlsx");
        assertThat(dialogs.asked.get(1)).endsWith(".png");
    }

    @Test
    @DisplayName("with invalid text in a compared scenario, each asks first, naming it; Cancel takes nothing away")
    void staleAsks(FxRobot robot) {
        robot.interact(() -> workspace.newScenario());
        retype(robot, "#population", "12,3x");
        List<ScenarioViewModel> both = List.copyOf(workspace.scenarios());
        robot.interact(() -> window.compare(both));
        robot.interact(window.windows().compareStage()::requestFocus);
        dialogs.answer(StalePlanCheck.ID, false, false, false);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.E);

        assertThat(dialogs.asked).containsExactly(
                "stale: Make the comparison's picture with the last valid plan of \"Untitled 2\"?",
                "stale: Make the comparison's picture with the last valid plan of \"Untitled 2\"?",
                "stale: Export the comparison with the last valid plan of \"Untitled 2\"?");

        dialogs.answer(StalePlanCheck.ID, true);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertThat(dialogs.asked).hasSize(5);
        assertThat(dialogs.asked.get(4)).startsWith("save as: Compare Untitled, Untitled 2");
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("12,3x");
    }

    private static List<String> rowText(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
