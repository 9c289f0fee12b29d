package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.scenario.AppDataFolder;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.compare.CompareRow;
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

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The scenario features as a person uses them, at the smallest window size (1024 × 700): menus
 * and shortcuts, dialogs, tabs, undo, compare, autosave and recovery. The system's file dialogs
 * cannot be driven headless, so a stand-in answers them with paths in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {
    @TempDir
    Path dir;
    private PlannerSession session;
    private WorkspaceViewModel workspace;
    private MainView view;
    private Stage stage;
    private boolean exited;
    /** Answers the file dialogs; the questions and messages are the window's own, clicked by the robot. */
    private FakeDialogs dialogs;

    @Start
    void start(Stage window) {
        stage = window;
        PlannerWindow planner = PlannerWindow.start(dir.resolve("app-data"), TestWindow.lightTheme(),
                () -> exited = true, Duration.seconds(30), Duration.millis(150), real -> dialogs = FakeDialogs.over(real));
        session = planner.session();
        workspace = session.workspace();
        view = planner.view();
        planner.attach(stage);
        TestWindow.show(stage, view, WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT);
        session.openAtStart(List.of());
        // What offerRecovery does first when the planner starts; that test calls it again.
        session.startRecovery();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(session::exit);
    }

    private ScenarioView front() {
        return view.selectedScenarioView();
    }

    private static String label(FxRobot robot, Node within, String id) {
        return robot.from(within).lookup(id).queryAs(Label.class).getText();
    }

    private MenuItem menuItem(String id) {
        return ((MenuBar) view.getTop()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** Runs an action that opens a dialog, without waiting for the dialog to be answered. */
    private static void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @DisplayName("edit, Save As (Ctrl+Shift+S), close (Ctrl+W), Open (Ctrl+O): the same figures come back")
    void saveAndReopen(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Untitled — CRVS Capacity Planner");
        robot.clickOn("#scenario-name").write("Pilot");
        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("5000000").type(KeyCode.TAB);
        robot.clickOn("#horizonYears").push(KeyCode.CONTROL, KeyCode.A).write("12").type(KeyCode.ENTER);
        assertThat(stage.getTitle()).isEqualTo("• Pilot — CRVS Capacity Planner");
        String disk = label(robot, front(), "#horizon-disk");
        String records = label(robot, front(), "#records-per-year");
        String backup = label(robot, front(), "#backup-disk");

        dialogs.saveTo(dir.resolve("pilot"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        Path saved = dir.resolve("pilot.crvsplan");
        assertThat(saved).exists();
        assertThat(stage.getTitle()).isEqualTo("Pilot — CRVS Capacity Planner");

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(workspace.scenarios()).as("a saved scenario closes without a question").isEmpty();
        assertThat(robot.lookup(".empty-workspace").queryAs(Node.class).isVisible()).isTrue();

        dialogs.open(List.of(saved));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertThat(workspace.scenarios()).hasSize(1);
        assertThat(label(robot, front(), "#horizon-disk")).isEqualTo(disk);
        assertThat(label(robot, front(), "#records-per-year")).isEqualTo(records);
        assertThat(label(robot, front(), "#backup-disk")).isEqualTo(backup);
        assertThat(robot.from(front()).lookup("#scenario-name").queryAs(TextField.class).getText())
                .isEqualTo("Pilot");
        assertThat(workspace.getSelected().getPlan())
                .isEqualTo(org.crvsplanner.model.SizingEngine.plan(ScenarioFiles.read(saved).inputs()));

        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("File").clickOn("#menu-recent").clickOn("#menu-recent-0");
        assertThat(workspace.scenarios()).as("File › Open Recent opens it too")
                .singleElement().satisfies(s -> assertThat(s.getFile()).isEqualTo(saved));
    }

    @Test
    @DisplayName("undo after a slider drag restores the value before the drag in one step; redo brings it back")
    void undoDrag(FxRobot robot) {
        ScenarioViewModel scenario = workspace.getSelected();
        double before = scenario.planner().number(Inputs.POPULATION).getValue();

        robot.drag("#population-slider .thumb").moveBy(30, 0).moveBy(30, 0).moveBy(30, 0).drop();
        double dragged = scenario.planner().number(Inputs.POPULATION).getValue();
        assertThat(dragged).isNotEqualTo(before);
        assertThat(scenario.planner().history().undoCount()).as("one drag, one step").isEqualTo(1);

        MenuItem undoItem = menuItem("menu-undo");
        MenuItem redoItem = menuItem("menu-redo");
        assertThat(undoItem.isDisable()).isFalse();
        assertThat(redoItem.isDisable()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(scenario.planner().number(Inputs.POPULATION).getValue()).isEqualTo(before);
        assertThat(undoItem.isDisable()).isTrue();
        assertThat(redoItem.isDisable()).isFalse();
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("30,000,000");
        assertThat(scenario.isUnsaved()).isFalse();
        assertThat(scenario.planner().history().canUndoProperty().get()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(scenario.planner().number(Inputs.POPULATION).getValue()).isEqualTo(dragged);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(scenario.planner().number(Inputs.POPULATION).getValue()).as("Ctrl+Shift+Z redoes too").isEqualTo(dragged);
    }

    @Test
    @DisplayName("Ctrl+Z in a number field undoes the typed value; in the notes it undoes typing only")
    void undoInFields(FxRobot robot) {
        ScenarioViewModel scenario = workspace.getSelected();
        robot.clickOn("#crudeDeathRate").push(KeyCode.CONTROL, KeyCode.A).write("12.5");
        assertThat(scenario.planner().inputsProperty().get().crudeDeathRate()).isEqualTo(12.5);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(scenario.planner().inputsProperty().get().crudeDeathRate()).isEqualTo(7.7);
        assertThat(scenario.planner().history().canRedoProperty().get())
                .as("the scenario's undo took it back, not the field's own text undo").isTrue();
        assertThat(robot.lookup("#crudeDeathRate").queryAs(TextField.class).getText()).isEqualTo("7.7");

        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("8000000").type(KeyCode.ENTER);
        robot.clickOn("#scenario-notes").write("abc");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(scenario.notesProperty().get()).isEmpty();
        assertThat(scenario.planner().number(Inputs.POPULATION).getValue()).as("the input stays").isEqualTo(8_000_000);
    }

    @Test
    @DisplayName("closing or quitting with unsaved changes asks first; Cancel keeps the scenario and the window")
    void closeAsksFirst(FxRobot robot) {
        ScenarioViewModel scenario = workspace.getSelected();
        robot.clickOn("#horizonYears-slider .thumb").type(KeyCode.RIGHT);
        assertThat(scenario.isUnsaved()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(robot.lookup("#unsaved-cancel").tryQuery()).as("File › Close asks").isPresent();
        robot.clickOn("#unsaved-cancel");
        assertThat(workspace.scenarios()).containsExactly(scenario);
        assertThat(scenario.isUnsaved()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.clickOn("#unsaved-cancel");
        assertThat(exited).isFalse();

        later(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn("#unsaved-cancel");
        assertThat(exited).isFalse();
        assertThat(stage.isShowing()).as("the close button was cancelled").isTrue();
        assertThat(workspace.scenarios()).containsExactly(scenario);

        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("#unsaved-discard");
        assertThat(workspace.scenarios()).isEmpty();
    }

    @Test
    @DisplayName("View › Compare scenarios… shows both scenarios' curves in one chart and marks the differences")
    void compareTwo(FxRobot robot) {
        robot.interact(() -> workspace.getSelected().nameProperty().set("National"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        ScenarioViewModel pilot = workspace.getSelected();
        robot.interact(() -> {
            pilot.nameProperty().set("Pilot");
            pilot.planner().number(Inputs.POPULATION).setValue(5_000_000);
            pilot.planner().number(Inputs.HORIZON_YEARS).setValue(8);
        });

        robot.clickOn("#population");
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        assertThat(workspace.getSelected()).as("Ctrl+Tab goes to the next tab").isNotSameAs(pilot);
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        assertThat(workspace.getSelected()).isSameAs(pilot);

        robot.clickOn("View").clickOn("#menu-compare");
        robot.clickOn("#compare-ok");

        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly(
                "National: required", "National: provisioned", "Pilot: required", "Pilot: provisioned");
        assertSeries(chart.getData().get(0), workspace.scenarios().get(0).getPlan(), false);
        assertSeries(chart.getData().get(3), pilot.getPlan(), true);

        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        CompareRow disk = (CompareRow) table.getItems().stream()
                .filter(r -> ((CompareRow) r).figure().equals("Disk in year 1")).findFirst().orElseThrow();
        assertThat(disk.cells().get(1).differs()).isTrue();
        assertThat(robot.lookup(".compare-table .table-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(Styles.COMPARE_DIFFERS))))
                .as("differing cells are highlighted").isNotEmpty();
    }

    @Test
    @DisplayName("the version pills move the plan to v2.1, and View › Compare OpenCRVS versions… sets it beside v1.8")
    void compareVersions(FxRobot robot) {
        ToggleButton v21 = robot.lookup("#docsVersion-3").queryAs(ToggleButton.class);
        robot.interact(v21::fire);
        SizingPlan plan = workspace.getSelected().getPlan();
        assertThat(plan.inputs().docsVersion()).isEqualTo(DocsVersion.V2_1);
        assertThat(v21.isSelected()).isTrue();
        assertThat(plan.servers()).filteredOn(l -> l.environment() == Environment.PRODUCTION)
                .allSatisfy(l -> assertThat(l.ramGb()).isEqualTo(32));

        robot.clickOn("View").clickOn("#menu-compare-versions");
        assertThat(robot.lookup("#compare-version-3").queryAs(RadioButton.class).isDisabled())
                .as("the scenario's own version is not offered").isTrue();
        robot.clickOn("#compare-version-0");
        robot.clickOn("#compare-versions-ok");

        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        CompareRow ram = (CompareRow) table.getItems().stream()
                .filter(r -> ((CompareRow) r).figure().equals("RAM of a production server")).findFirst().orElseThrow();
        assertThat(ram.cells()).extracting(c -> c.value()).containsExactly("32 GB", "16 GB");
        assertThat(ram.cells().get(1).delta()).isEqualTo("−16 GB");
    }

    private static void assertSeries(XYChart.Series<?, ?> series, SizingPlan plan, boolean provisioned) {
        List<YearProjection> years = plan.years();
        assertThat(series.getData()).hasSize(years.size());
        for (int i = 0; i < years.size(); i++) {
            double expected = provisioned ? years.get(i).provisionedDiskGb() : years.get(i).applicationServerDiskGb();
            assertThat(((Number) series.getData().get(i).getYValue()).doubleValue()).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    @DisplayName("unsaved work is autosaved after a quiet moment; a clean quit removes the recovery folder")
    void autosaveAndCleanExit(FxRobot robot) throws Exception {
        Path folder = session.recoveryFolder();
        robot.clickOn("#scenario-name").write("Kept");
        RecoveryStore store = new RecoveryStore(folder);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.list().snapshots().stream()
                .anyMatch(s -> s.scenario().name().equals("Kept")));

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.clickOn("#unsaved-discard");
        assertThat(exited).isTrue();
        assertThat(folder).doesNotExist();
    }

    @Test
    @DisplayName("at start, work a crashed planner left is offered; Restore opens it unsaved in a tab")
    void recoveryAtStart(FxRobot robot) throws Exception {
        Path crashed = Files.createDirectories(AppDataFolder.recoveryFolder(dir.resolve("app-data"))
                .resolve("session-crashed"));
        Files.writeString(crashed.resolve("owner.lock"), "a planner that crashed");
        new RecoveryStore(crashed).save("x", Scenario.of("Left by a crash", "",
                SizingInputs.builder().population(4_000_000).build()), null);

        later(session::offerRecovery);
        assertThat(robot.lookup("#recovery-list").queryAs(Node.class)).isNotNull();
        robot.clickOn("#recovery-restore");

        assertThat(workspace.scenarios()).extracting(ScenarioViewModel::getDisplayName)
                .containsExactly("Left by a crash");
        assertThat(workspace.getSelected().isUnsaved()).isTrue();
        assertThat(workspace.getSelected().getPlan().inputs().population()).isEqualTo(4_000_000);
        assertThat(crashed).doesNotExist();
    }

    @Test
    @DisplayName("a broken file named on the command line gets a message and the window stays as it was")
    void brokenFile(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.crvsplan"), "{\"schemaVersion\": \"1.0\", \"inputs\": [");
        ScenarioViewModel before = workspace.getSelected();

        later(() -> session.openAtStart(List.of(broken.toString(), dir.resolve("missing.crvsplan").toString())));

        List<String> messages = robot.lookup("#notice").queryAll().stream()
                .map(n -> ((javafx.scene.control.DialogPane) n).getContentText()).toList();
        assertThat(messages).hasSize(2).anySatisfy(m -> assertThat(m).startsWith("Cannot open " + broken + ": line 1"))
                .anySatisfy(m -> assertThat(m).contains("missing.crvsplan").contains("no such file"));
        assertThat(workspace.scenarios()).containsExactly(before);
    }
}
