package org.crvsplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.app.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The comparison's chart with a one-year scenario (issue 13, point 4): that scenario is its
 * points, marked in its colours, each with its figure beside it; the other scenarios stay lines.
 */
@ExtendWith(ApplicationExtension.class)
class CompareChartTest {
    private final SimpleObjectProperty<SizingPlan> national =
            new SimpleObjectProperty<>(SizingEngine.plan(SizingInputs.defaults()));
    private final SimpleObjectProperty<SizingPlan> docs =
            new SimpleObjectProperty<>(SizingEngine.plan(SizingInputs.docsExample()));
    private CompareView view;

    @Start
    void start(Stage stage) {
        new Theme(Preferences.userRoot().node("crvs-planner-tests")).apply(false);
        view = new CompareView(new CompareViewModel(List.of(
                new CompareViewModel.Compared(new SimpleStringProperty("National"), national),
                new CompareViewModel.Compared(new SimpleStringProperty("Docs example"), docs))));
        Scene scene = new Scene(view, 900, 740);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.show();
    }

    private List<Label> figures() {
        return ((CompareChart) view.chart()).values().labels();
    }

    @Test
    @DisplayName("a one-year scenario's points carry their figures, inside the plot and apart; the lines carry none")
    void oneYearFigures() {
        XYChart<Number, Number> chart = view.chart();
        assertThat(figures()).extracting(Label::getText).containsExactly("1,013.71 GB", "1,013.71 GB");
        List<XYChart.Series<Number, Number>> series = chart.getData();
        assertThat(series.get(0).getData()).allMatch(point -> point.getNode() == null);
        assertThat(series.get(1).getData()).allMatch(point -> point.getNode() == null);
        for (XYChart.Series<Number, Number> one : series.subList(2, 4)) {
            assertThat(one.getData()).hasSize(1);
            assertThat(one.getData().get(0).getNode().isVisible()).isTrue();
        }
        double width = chart.getXAxis().getWidth();
        double height = chart.getYAxis().getHeight();
        double y = chart.getYAxis().getDisplayPosition(1013.71);
        List<Bounds> placed = new ArrayList<>();
        for (Label figure : figures()) {
            Bounds bounds = figure.getBoundsInParent();
            assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).isLessThanOrEqualTo(width);
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(height + 1);
            assertThat(bounds.getCenterY()).isCloseTo(y, within(bounds.getHeight() * 1.5));
            placed.forEach(other -> assertThat(other.intersects(bounds)).isFalse());
            placed.add(bounds);
        }
        // Its legend beside the chart, so a short chart still says whose points they are.
        assertThat(chart.getLegendSide()).isEqualTo(Side.RIGHT);
        assertThat(chart.lookup(".chart-legend").isVisible()).isTrue();
    }

    @Test
    @DisplayName("when the scenario grows to more years its figures go and its line comes back")
    void longerHorizon(FxRobot robot) {
        robot.interact(() -> docs.set(SizingEngine.plan(SizingInputs.docsExample().toBuilder().horizonYears(3).build())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figures()).isEmpty();
        assertThat(view.chart().lookupAll(".point-value")).isEmpty();
        assertThat(view.chart().getData().get(2).getData()).hasSize(3).allMatch(point -> point.getNode() == null);

        robot.interact(() -> docs.set(SizingEngine.plan(SizingInputs.docsExample())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figures()).hasSize(2);
    }
}
