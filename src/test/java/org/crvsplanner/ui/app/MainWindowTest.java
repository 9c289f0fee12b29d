package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.plan.ServerGrid;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.css.PseudoClass;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Works the window as a person would: drag, type, tab, click; then reads what is on screen. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private PlannerViewModel model;
    private PlannerWindow window;
    private MainView view;

    @Start
    void start(Stage stage) {
        model = new PlannerViewModel();
        window = PlannerWindow.around(model, TestWindow.lightTheme());
        view = window.view();
        TestWindow.show(stage, view, 1280, 800);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private double lastChartValue(int series) {
        List<XYChart.Data<Number, Number>> points = view.chart().chart().getData().get(series).getData();
        return points.get(points.size() - 1).getYValue().doubleValue();
    }

    /** The count column of the production row, as shown on screen. */
    private static String productionCount(FxRobot robot) {
        return robot.lookup("#servers").queryAs(ServerGrid.class).shownRows().stream()
                .filter(row -> row.get(0).equals("production")).findFirst().orElseThrow().get(2);
    }

    @Test
    @DisplayName("dragging the population slider moves the chart, the table and the figures together")
    void dragSlider(FxRobot robot) {
        String diskBefore = text(robot, "#horizon-disk");
        double chartBefore = lastChartValue(0);

        robot.drag("#population-slider .thumb").moveBy(90, 0).drop();

        SizingPlan plan = model.getPlan();
        assertThat(plan.inputs().population()).isGreaterThan(30_000_000);
        double required = plan.horizonYear().applicationServerDiskGb();
        double gbPerUnit = view.chart().chart().getYAxis().getLabel().contains("TB") ? 1000 : 1;
        assertThat(lastChartValue(0)).isNotEqualTo(chartBefore);
        assertThat(lastChartValue(0) * gbPerUnit).isCloseTo(required, within(1e-6));
        assertThat(text(robot, "#horizon-disk")).isEqualTo(Formats.gb(required)).isNotEqualTo(diskBefore);
        assertThat(productionCount(robot)).isEqualTo(Integer.toString(plan.productionServers()));
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText())
                .isEqualTo(Formats.whole(plan.inputs().population()));
    }

    @Test
    @DisplayName("typing a population and pressing Tab replans: 75 million people need 5 production servers")
    void typePopulation(FxRobot robot) {
        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("75000000").type(KeyCode.TAB);

        SizingPlan expected = SizingEngine.plan(SizingInputs.builder().population(75_000_000).build());
        assertThat(productionCount(robot)).isEqualTo("5");
        assertThat(text(robot, "#production-servers")).isEqualTo("5");
        assertThat(text(robot, "#records-per-year")).isEqualTo("1,874,925");
        assertThat(lastChartValue(0)).isCloseTo(expected.horizonYear().applicationServerDiskGb(), within(1e-6));
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("75,000,000");
    }

    @Test
    @DisplayName("an invalid typed value marks the field and leaves the plan as it was")
    void invalidValue(FxRobot robot) {
        String disk = text(robot, "#horizon-disk");
        double chart = lastChartValue(1);
        TextField field = robot.lookup("#crudeBirthRate").queryAs(TextField.class);

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("abc");

        assertThat(field.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(Styles.INVALID));
        assertThat(field.getTooltip().getText()).contains("between 0 and 80 per 1,000 people");
        assertThat(text(robot, "#horizon-disk")).isEqualTo(disk);
        assertThat(lastChartValue(1)).isEqualTo(chart);
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText())
                .startsWith("Crude birth rate: enter a number between 0 and 80 per 1,000 people.");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("20");
        assertThat(field.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass(Styles.INVALID));
        assertThat(text(robot, "#horizon-disk")).isNotEqualTo(disk);
    }

    @Test
    @DisplayName("the docs example shows 1,013.71 GB and a 2,027.42 GB backup")
    void docsExample(FxRobot robot) {
        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("5000000").type(KeyCode.TAB);
        // The button sits at the foot of the inputs, below the fold under the scenario's header.
        robot.interact(() -> view.inputs().setVvalue(1));
        robot.clickOn("#docs-example");

        assertThat(text(robot, "#first-year-disk")).isEqualTo("1,013.71 GB");
        assertThat(text(robot, "#horizon-disk")).isEqualTo("1,013.71 GB");
        assertThat(text(robot, "#backup-disk")).isEqualTo("2,027.42 GB");
        assertThat(text(robot, "#records-per-year")).isEqualTo("749,970");
        assertThat(lastChartValue(0)).isCloseTo(1013.71, within(0.005));
    }

    @Test
    @DisplayName("arrow keys move a focused slider, and the advanced assumptions start closed")
    void keyboard(FxRobot robot) {
        assertThat(robot.lookup("#advanced").queryAs(TitledPane.class).isExpanded()).isFalse();
        robot.clickOn("#horizonYears-slider .thumb").type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(model.getPlan().inputs().horizonYears()).isEqualTo(7);
        assertThat(view.chart().chart().getData().get(0).getData()).hasSize(7);
    }

    @Test
    @DisplayName("the advanced assumptions are built when first opened, and their fields then replan")
    void advancedOnDemand(FxRobot robot) {
        TitledPane advanced = robot.lookup("#advanced").queryAs(TitledPane.class);
        assertThat(robot.lookup("#maxFillPercent").tryQuery()).isEmpty();
        // The section's title is below the fold of the inputs panel at this window size.
        robot.interact(() -> advanced.setExpanded(true));
        robot.interact(() -> robot.lookup("#maxFillPercent").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("50").type(KeyCode.TAB);
        assertThat(model.getPlan().inputs().maxFillPercent()).isEqualTo(50);
    }
}
