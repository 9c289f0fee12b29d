package org.crvsplanner.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.app.Theme;
import org.crvsplanner.ui.base.Formats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.geometry.Bounds;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The chart after a change, as drawn: axes that read right after their bounds move (and keep
 * their label nodes while they do), and lines and points where the data says.
 */
@ExtendWith(ApplicationExtension.class)
class DiskChartLayoutTest {
    private final SimpleObjectProperty<SizingPlan> plan =
            new SimpleObjectProperty<>(SizingEngine.plan(inputs(30_000_000, 5)));
    private DiskChartViewModel model;
    private DiskChartView view;

    private static SizingInputs inputs(long population, int years) {
        return SizingInputs.builder().population(population).horizonYears(years).build();
    }

    private static SizingInputs growing(long population) {
        return SizingInputs.builder().population(population).horizonYears(30).growthPercent(2).build();
    }

    @Start
    void start(Stage stage) {
        new Theme(Preferences.userRoot().node("crvs-planner-tests")).apply(false);
        model = new DiskChartViewModel(plan);
        view = new DiskChartView(model);
        Scene scene = new Scene(view, 800, 500);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, SizingInputs inputs) {
        robot.interact(() -> plan.set(SizingEngine.plan(inputs)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tick labels on screen, from the axis' bottom (or left) end to its other end. */
    private static List<Text> labels(Axis<Number> axis) {
        List<Text> labels = new ArrayList<>();
        for (var node : axis.getChildrenUnmodifiable()) {
            if (node instanceof Text text && text.isVisible()) {
                labels.add(text);
            }
        }
        boolean vertical = axis.getSide().isVertical();
        labels.sort(Comparator.comparingDouble(t -> vertical ? -t.getLayoutY() : t.getLayoutX()));
        return labels;
    }

    private static List<String> texts(List<Text> labels) {
        return labels.stream().map(Text::getText).toList();
    }

    private List<String> expectedDiskLabels() {
        double top = model.dataProperty().get().axisTop();
        double step = model.dataProperty().get().axisStep();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i * step <= top + 1e-9; i++) {
            expected.add(Formats.number(i * step, 1));
        }
        return expected;
    }

    @Test
    @DisplayName("a new round top rewrites the disk axis' labels in place, and they read the new figures")
    void diskAxisStep(FxRobot robot) {
        Axis<Number> disk = view.chart().getYAxis();
        double topBefore = model.dataProperty().get().axisTop();
        List<Text> before = labels(disk);
        assertThat(texts(before)).isEqualTo(expectedDiskLabels());

        // From 0 to 10,000 in steps of 2,000 to 0 to 5,000 in steps of 1,000: the same places.
        show(robot, inputs(15_000_000, 5));

        assertThat(model.dataProperty().get().axisTop()).isNotEqualTo(topBefore);
        List<Text> after = labels(disk);
        assertThat(texts(after)).isEqualTo(expectedDiskLabels());
        assertThat(after).containsExactlyElementsOf(before);
        // The labels sit at their ticks: the top one at the top of the axis, 0 at the bottom.
        double top = model.dataProperty().get().axisTop();
        assertThat(disk.getDisplayPosition(top)).isCloseTo(0, within(1e-9));
        assertThat(disk.getDisplayPosition(0)).isCloseTo(disk.getHeight(), within(1e-9));
        assertThat(disk.getTickMarks()).extracting(m -> m.getValue().doubleValue())
                .containsExactly(0.0, top / 5, 2 * top / 5, 3 * top / 5, 4 * top / 5, top);
    }

    @Test
    @DisplayName("shorter disk labels leave the plot's width, and the year labels, alone")
    void diskAxisKeepsItsWidth(FxRobot robot) {
        show(robot, growing(35_000_000));
        Axis<Number> disk = view.chart().getYAxis();
        assertThat(texts(labels(disk))).endsWith("100,000");
        double width = disk.getWidth();
        List<Text> years = labels(view.chart().getXAxis());

        show(robot, inputs(5_000_000, 30));

        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels()).last().asString().hasSizeLessThan(7);
        assertThat(disk.getWidth()).isEqualTo(width);
        assertThat(labels(view.chart().getXAxis())).containsExactlyElementsOf(years);
    }

    @Test
    @DisplayName("disk ticks fall on 1-2-5 steps: 0, 2,000, 4,000… not 0, 1,600, 3,200 (issue 13, point 11)")
    void oneTwoFiveTicks(FxRobot robot) {
        for (long population : new long[] {1_000_000, 12_000_000, 21_000_000, 30_000_000, 47_000_000, 80_000_000}) {
            show(robot, inputs(population, 5));
            double step = model.dataProperty().get().axisStep();
            double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
            assertThat(step / magnitude).as("step %s for %s people", step, population).isIn(1.0, 2.0, 5.0);
            assertThat(texts(labels(view.chart().getYAxis()))).isEqualTo(expectedDiskLabels());
        }
    }

    @Test
    @DisplayName("one year reads as points over one tick mid-axis, and the last year's points are drawn whole "
            + "(issue 13, points 4 and 11)")
    void oneYearAndLastPoints(FxRobot robot) {
        show(robot, inputs(30_000_000, 1));
        XYChart<Number, Number> chart = view.chart();
        Axis<Number> years = chart.getXAxis();
        assertThat(texts(labels(years))).containsExactly("1");
        assertThat(years.getDisplayPosition(1)).isCloseTo(years.getWidth() / 2, within(1.0));
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            assertThat(series.getData()).hasSize(1);
            Bounds symbol = series.getData().get(0).getNode().getBoundsInParent();
            assertThat(symbol.getMinX()).isGreaterThan(0);
        }

        show(robot, inputs(30_000_000, 5));
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            Bounds last = series.getData().get(4).getNode().getBoundsInParent();
            assertThat(last.getMaxX()).as("the year-5 point inside the plot").isLessThan(years.getWidth());
        }
    }

    @Test
    @DisplayName("one year: each point carries its figure beside it, inside the plot, none over another "
            + "(issue 13, point 4); more years carry none")
    void oneYearFigures(FxRobot robot) {
        show(robot, SizingInputs.docsExample());
        SizingPlan docs = SizingEngine.plan(SizingInputs.docsExample());
        List<javafx.scene.control.Label> labels = ((MarkedLineChart) view.chart()).values().labels();
        assertThat(labels).extracting(javafx.scene.control.Label::getText).containsExactly(
                Formats.gb(docs.firstYear().applicationServerDiskGb()), Formats.gb(docs.firstYear().provisionedDiskGb()),
                Formats.gb(docs.firstYear().backupServerDiskGb()));
        assertThat(labels.get(2).getText()).isEqualTo("2,027.42 GB");
        Axis<Number> years = view.chart().getXAxis();
        Axis<Number> disk = view.chart().getYAxis();
        double pointX = years.getDisplayPosition(1);
        List<Bounds> placed = new ArrayList<>();
        for (var label : labels) {
            assertThat(label.isVisible()).isTrue();
            Bounds bounds = label.getBoundsInParent();
            assertThat(bounds.getWidth()).as("the whole figure shows").isGreaterThan(label.prefWidth(-1) - 0.5);
            assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as("left of its point").isLessThan(pointX);
            assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(-1);
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(disk.getHeight() + 1);
            placed.forEach(other -> assertThat(other.intersects(bounds)).as("labels overlap").isFalse());
            placed.add(bounds);
        }
        // The backup's figure is level with its point.
        double backupY = disk.getDisplayPosition(docs.firstYear().backupServerDiskGb());
        assertThat(labels.get(2).getBoundsInParent().getCenterY()).isCloseTo(backupY, within(1.0));

        show(robot, inputs(30_000_000, 5));
        assertThat(((MarkedLineChart) view.chart()).values().labels()).isEmpty();
        assertThat(view.chart().lookupAll(".point-value")).isEmpty();
    }

    @Test
    @DisplayName("each series' line and points pass through the data's positions on the axes")
    void linesFollowTheData(FxRobot robot) {
        show(robot, inputs(45_000_000, 30));
        show(robot, inputs(52_000_000, 30));

        XYChart<Number, Number> chart = view.chart();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            List<PathElement> elements = ((Path) series.getNode()).getElements();
            assertThat(elements).hasSize(30);
            for (int i = 0; i < 30; i++) {
                XYChart.Data<Number, Number> point = series.getData().get(i);
                double x = chart.getXAxis().getDisplayPosition(point.getXValue());
                double y = chart.getYAxis().getDisplayPosition(point.getYValue());
                PathElement element = elements.get(i);
                assertThat(element).isInstanceOf(i == 0 ? MoveTo.class : LineTo.class);
                assertThat(element instanceof MoveTo m ? m.getX() : ((LineTo) element).getX()).isCloseTo(x, within(1e-9));
                assertThat(element instanceof MoveTo m ? m.getY() : ((LineTo) element).getY()).isCloseTo(y, within(1e-9));
                // Bounds are kept in single precision.
                Bounds symbol = point.getNode().getBoundsInParent();
                assertThat(symbol.getCenterX()).isCloseTo(x, within(1e-3));
                assertThat(symbol.getCenterY()).isCloseTo(y, within(1e-3));
            }
        }
    }

    @Test
    @DisplayName("large figures and a longer horizon: the axes stay in GB, as the cards, and show the new years")
    void unitAndHorizon(FxRobot robot) {
        show(robot, inputs(80_000_000, 30));

        Axis<Number> disk = view.chart().getYAxis();
        assertThat(disk.getLabel()).isEqualTo("Disk (GB)");
        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels());
        assertThat(texts(labels(view.chart().getXAxis())))
                .containsExactly("1", "6", "11", "16", "21", "26", "30");

        show(robot, inputs(30_000_000, 5));

        assertThat(disk.getLabel()).isEqualTo("Disk (GB)");
        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels());
        assertThat(texts(labels(view.chart().getXAxis()))).containsExactly("1", "2", "3", "4", "5");
    }
}
