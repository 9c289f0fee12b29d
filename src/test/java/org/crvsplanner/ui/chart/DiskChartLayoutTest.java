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
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            expected.add(Formats.number(top * i / 5, 1));
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

        show(robot, inputs(45_000_000, 5));

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
    @DisplayName("shorter disk labels in the same unit leave the plot's width, and the year labels, alone")
    void diskAxisKeepsItsWidth(FxRobot robot) {
        show(robot, growing(35_000_000));
        Axis<Number> disk = view.chart().getYAxis();
        assertThat(texts(labels(disk))).endsWith("100");
        double width = disk.getWidth();
        List<Text> years = labels(view.chart().getXAxis());

        show(robot, growing(25_000_000));

        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels()).endsWith("80");
        assertThat(disk.getWidth()).isEqualTo(width);
        assertThat(labels(view.chart().getXAxis())).containsExactlyElementsOf(years);
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
    @DisplayName("GB to TB and a longer horizon: the axes show the new unit and years")
    void unitAndHorizon(FxRobot robot) {
        show(robot, inputs(80_000_000, 30));

        Axis<Number> disk = view.chart().getYAxis();
        assertThat(disk.getLabel()).isEqualTo("Disk (TB)");
        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels());
        assertThat(texts(labels(view.chart().getXAxis())))
                .containsExactly("1", "6", "11", "16", "21", "26", "30");

        show(robot, inputs(30_000_000, 5));

        assertThat(disk.getLabel()).isEqualTo("Disk (GB)");
        assertThat(texts(labels(disk))).isEqualTo(expectedDiskLabels());
        assertThat(texts(labels(view.chart().getXAxis()))).containsExactly("1", "2", "3", "4", "5");
    }
}
