package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.MonteCarlo;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;
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

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

/**
 * Ranges, bands, the tornado and fill dates in the window, checked against the model's own run
 * (the window uses the command line's 10,000 trials and seed 1, so both agree to the digit).
 */
@ExtendWith(ApplicationExtension.class)
class OutlookWindowTest {
    private static final InputRanges RANGES = InputRanges.of(
            InputRange.of(Inputs.POPULATION, 27_000_000, 34_000_000),
            InputRange.of(Inputs.MB_PER_ATTACHMENT, 0.3, 0.8));

    @TempDir
    java.nio.file.Path dir;
    private PlannerSession session;
    private WorkspaceViewModel workspace;
    private MainView view;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        PlannerWindow planner = TestWindow.planner(stage, dir.resolve("app-data"), 1280, 800,
                real -> dialogs = FakeDialogs.over(real));
        session = planner.session();
        workspace = session.workspace();
        view = planner.view();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        robot.interact(session::exit);
    }

    private PlannerViewModel planner() {
        return workspace.selectedProperty().get().planner();
    }

    private void waitForBands() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> planner().outlook().currentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void open(FxRobot robot, SizingInputs inputs, InputRanges ranges) {
        java.nio.file.Path file = dir.resolve("ranges.crvsplan");
        ScenarioFiles.write(file, Scenario.of("Ranges", "", inputs).withRanges(ranges));
        dialogs.open(List.of(file));
        robot.interact(workspace::openChosen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @DisplayName("a scenario with ranges: bands on the chart and the cards, the tornado and the fill dates, as the model gives them")
    void scenarioWithRanges(FxRobot robot) throws Exception {
        SizingInputs inputs = SizingInputs.builder().growthPercent(2).horizonYears(10).build();
        open(robot, inputs, RANGES);
        waitForBands();
        SizingPlan plan = SizingEngine.plan(inputs);
        double provisioned = plan.horizonYear().provisionedDiskGb();
        Uncertainty expected = MonteCarlo.run(inputs, RANGES, MonteCarlo.DEFAULT_TRIALS, MonteCarlo.DEFAULT_SEED,
                OptionalDouble.of(provisioned));
        YearBand last = expected.horizonYear();

        assertThat(text(robot, "#horizon-band")).isEqualTo("P10 " + Formats.whole(last.applicationServerDiskGb().p10())
                + " – P90 " + Formats.whole(last.applicationServerDiskGb().p90()) + " GB");
        assertThat(text(robot, "#records-band")).isEqualTo("P10 " + Formats.whole(expected.years().get(0).records().p10())
                + " – P90 " + Formats.whole(expected.years().get(0).records().p90()));
        assertThat(robot.lookup("#horizon-band").queryAs(Label.class).isVisible()).isTrue();

        XYChart<?, ?> chart = robot.lookup("#disk-chart").queryAs(XYChart.class);
        assertThat(chart.getTitle()).isEqualTo("Disk per server, year by year (shaded: P10 to P90)");
        List<javafx.scene.shape.Path> bands = robot.lookup(".band-required").queryAllAs(javafx.scene.shape.Path.class).stream().toList();
        assertThat(bands).hasSize(1);
        assertThat(bands.get(0).getElements()).hasSize(2 * 10 + 1);
        // P90 of year 10 lies above P10 of year 10 on screen (smaller y).
        assertThat(bands.get(0).getLayoutBounds().getHeight()).isPositive();

        assertThat(robot.lookup("#tornado").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#tornado-bar-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#tornado-bar-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#tornado-bar-2").tryQuery()).isEmpty();

        List<FillDate> dates = FillDates.of(plan, provisioned);
        String fill = text(robot, "#fill-dates");
        assertThat(fill).startsWith("A " + Formats.whole(provisioned) + " GB disk warns in month "
                + dates.get(0).monthsFromStart().getAsInt() + " (P10 " + expected.fillDates().get(0).p10().getAsInt());
        assertThat(robot.lookup("#fill-marker-50").queryAs(Label.class).getText())
                .isEqualTo("50% (warning): month " + dates.get(0).monthsFromStart().getAsInt());
    }

    @Test
    @DisplayName("typing ranges and a disk: bands appear, a wrong range is named and left out, the scenario keeps them")
    void typing(FxRobot robot) throws Exception {
        robot.interact(() -> view.selectedScenarioView().inputs().ranges().setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        // The section sits below the everyday inputs: scroll it into view, as a person would.
        robot.interact(() -> view.selectedScenarioView().inputs().setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#population-low").write("27000000");
        robot.clickOn("#population-high").write("34000000");
        waitForBands();
        assertThat(planner().ranges().rangesProperty().get())
                .isEqualTo(InputRanges.of(InputRange.of(Inputs.POPULATION, 27e6, 34e6)));
        assertThat(text(robot, "#horizon-band")).startsWith("P10 ");

        robot.clickOn("#crudeBirthRate-low").write("18");
        robot.clickOn("#crudeBirthRate-high").write("20");
        WaitForAsyncUtils.waitForFxEvents();
        TextField low = robot.lookup("#crudeBirthRate-low").queryAs(TextField.class);
        assertThat(low.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
        assertThat(planner().ranges().rows().get(1).errorProperty().get())
                .isEqualTo("Crude birth rate must have low ≤ likely ≤ high; got 18 : 17.299 : 20.");
        assertThat(planner().ranges().rangesProperty().get().ranges()).hasSize(1);

        robot.clickOn("#fill-disk").write("2000");
        // Over 20 years, months 12, 18 and 25 lie close together on the chart.
        robot.interact(() -> planner().number(Inputs.HORIZON_YEARS).setValue(20));
        WaitForAsyncUtils.waitForFxEvents();
        waitForBands();
        assertThat(text(robot, "#fill-dates")).startsWith("A 2,000 GB disk warns in month 12 (P10 ")
                .contains("alerts in month 18 (P10 ").contains("is full in month 25 (P10 ")
                .endsWith("It gives 18 months before OpenCRVS's 70% alert.");
        // Their labels must not cover each other.
        List<Label> markers = List.of(robot.lookup("#fill-marker-50").queryAs(Label.class),
                robot.lookup("#fill-marker-70").queryAs(Label.class), robot.lookup("#fill-marker-100").queryAs(Label.class));
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                assertThat(markers.get(i).getBoundsInParent().intersects(markers.get(j).getBoundsInParent()))
                        .as("%s and %s", markers.get(i).getText(), markers.get(j).getText()).isFalse();
            }
        }

        Scenario saved = workspace.selectedProperty().get().toScenario();
        assertThat(saved.ranges()).isEqualTo(InputRanges.of(InputRange.of(Inputs.POPULATION, 27e6, 34e6)));
        assertThat(workspace.selectedProperty().get().isUnsaved()).isTrue();

        robot.interact(() -> I18n.setLanguage(Language.FRENCH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ranges").queryAs(TitledPane.class).getText()).isEqualTo("Quelle certitude\u00A0: fourchettes");
        assertThat(text(robot, "#fill-dates")).startsWith("Un disque de 2\u202F000\u00A0Go déclenche l'avertissement au mois 12");
        assertThat(robot.lookup("#population-low").queryAs(TextField.class).getText()).isEqualTo("27\u202F000\u202F000");
    }

    @Test
    @DisplayName("a drag never waits for the bands: the figures follow each step, the bands end on the last")
    void drag(FxRobot robot) throws Exception {
        open(robot, SizingInputs.defaults(), RANGES);
        waitForBands();
        PlannerViewModel planner = planner();
        robot.interact(() -> {
            // A hundred steps of a slider in one go, as fast as the JavaFX thread can take them.
            for (int i = 1; i <= 100; i++) {
                planner.number(Inputs.POPULATION).setValue(30_000_000 + i * 20_000);
            }
        });
        SizingInputs last = planner.inputsProperty().get();
        assertThat(last.population()).isEqualTo(32_000_000);
        // The point figure is the last step's at once, whatever the bands are doing.
        assertThat(text(robot, "#horizon-disk"))
                .isEqualTo(Formats.gb(SizingEngine.plan(last).horizonYear().applicationServerDiskGb()));
        waitForBands();
        Uncertainty expected = MonteCarlo.run(last, RANGES, MonteCarlo.DEFAULT_TRIALS, MonteCarlo.DEFAULT_SEED);
        assertThat(planner.outlook().bandsProperty().get().uncertainty().orElseThrow().years())
                .isEqualTo(expected.years());
    }
}
