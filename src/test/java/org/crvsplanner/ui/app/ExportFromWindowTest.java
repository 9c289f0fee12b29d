package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The export as the window runs it: in the background, reporting in the status bar. */
@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {
    @TempDir
    Path folder;
    private PlannerWindow window;
    private PlannerSession session;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = PlannerWindow.start(folder.resolve("app-data"), TestWindow.lightTheme(), () -> { });
        session = window.session();
        view = window.view();
        session.openAtStart(java.util.List.of());
        TestWindow.show(stage, view, 1280, 800);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the workbook holds the plan on screen, written off the JavaFX thread, with .xlsx added")
    void exportsThePlanOnScreen(FxRobot robot) throws Exception {
        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("12000000").type(KeyCode.TAB);
        MenuItem item = view.fileMenu().getItems().stream().filter(i -> "export-workbook".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).contains("Export workbook");
        assertThat(item.getAccelerator().getName()).isEqualTo("Shortcut+E");

        Task<Path>[] started = new Task[1];
        robot.interact(() -> started[0] = window.export().export(folder.resolve("plan")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();

        Path file = folder.resolve("plan.xlsx");
        assertThat(started[0].get()).isEqualTo(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Name population = book.getName("Population");
            var reference = new org.apache.poi.ss.util.CellReference(population.getRefersToFormula());
            double value = book.getSheet(reference.getSheetName()).getRow(reference.getRow())
                    .getCell(reference.getCol()).getNumericCellValue();
            assertThat(value).isEqualTo(12_000_000);
        }
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEqualTo("Exported plan.xlsx");
        assertThat(item.isDisable()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("a later save or open replaces \"Exported …\" in the status bar, and a later export replaces them")
    void laterEventsReplaceTheExport(FxRobot robot) throws Exception {
        Task<Path>[] started = new Task[1];
        robot.interact(() -> started[0] = window.export().export(folder.resolve("plan")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Exported plan.xlsx");

        Path saved = folder.resolve("national.crvsplan");
        robot.interact(() -> session.workspace().saveTo(session.workspace().getSelected(), saved));
        assertThat(status.getText()).isEqualTo("Saved national.crvsplan");

        robot.interact(() -> started[0] = window.export().export(folder.resolve("again")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("Exported again.xlsx");

        robot.interact(() -> session.workspace().saveTo(session.workspace().getSelected(), saved));
        assertThat(status.getText()).isEqualTo("Saved national.crvsplan");
        robot.interact(() -> session.workspace().close(session.workspace().getSelected()));
        robot.interact(() -> session.workspace().open(saved));
        assertThat(status.getText()).isEqualTo("Opened national.crvsplan");
        robot.interact(() -> I18n.setLanguage(Language.FRENCH));
        try {
            assertThat(status.getText()).isEqualTo("national.crvsplan ouvert");
        } finally {
            robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("a window in French exports a French workbook, worded when the export starts")
    void exportsInTheWindowsLanguage(FxRobot robot) throws Exception {
        Task<Path>[] started = new Task[1];
        try {
            robot.interact(() -> {
                I18n.setLanguage(Language.FRENCH);
                started[0] = window.export().export(folder.resolve("plan-fr"));
                // The language the export started in holds, whatever happens in the window meanwhile.
                I18n.setLanguage(Language.ENGLISH);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
            WaitForAsyncUtils.waitForFxEvents();
            try (InputStream in = Files.newInputStream(started[0].get()); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheetName(0)).isEqualTo("Synthèse");
                assertThat(book.getSheet("Serveurs")).isNotNull();
            }
        } finally {
            robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("notes too long for a spreadsheet cell fail the export with a message, not silently")
    void notesTooLong(FxRobot robot) throws Exception {
        Task<Path>[] started = new Task[1];
        robot.interact(() -> {
            session.workspace().getSelected().notesProperty().set("n".repeat(40_000));
            started[0] = window.export().export(folder.resolve("long"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(started[0]::get).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The notes have 40,000 characters");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains("not exported");
        assertThat(Files.exists(folder.resolve("long.xlsx"))).isFalse();
        robot.type(KeyCode.ENTER);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("a folder that does not exist is reported and nothing is written")
    void failureIsReported(FxRobot robot) throws Exception {
        Task<Path>[] started = new Task[1];
        Path target = folder.resolve("missing").resolve("plan.xlsx");
        robot.interact(() -> started[0] = window.export().export(target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(started[0]::get).hasCauseInstanceOf(FileProblem.class)
                .hasMessageContaining("does not exist");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains("not exported");
        assertThat(Files.exists(target)).isFalse();
        robot.type(KeyCode.ENTER);
    }
}
