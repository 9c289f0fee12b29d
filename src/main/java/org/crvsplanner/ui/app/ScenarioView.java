package org.crvsplanner.ui.app;

import org.crvsplanner.ui.base.LayoutBoundary;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.workspace.ScenarioHeader;
import org.crvsplanner.ui.workspace.ScenarioTabs;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.years.YearTableView;
import org.crvsplanner.ui.years.YearTableViewModel;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * One scenario's tab: its name and notes on top, the inputs on the left, the disk chart above the
 * plan and its year-by-year table in the centre. The panels come from three features that do not know each other; this is
 * the one place that puts them side by side, each handed the scenario's plan.
 */
public final class ScenarioView extends BorderPane {
    private final ScenarioHeader header;
    private final InputsView inputs;
    private final PlanView plan;
    private final DiskChartView chart;
    private final YearTableView years;
    private final SplitPane centre;
    private double planShare = -1;

    public ScenarioView(ScenarioViewModel model) {
        getStylesheets().add(ScenarioTabs.stylesheet());
        header = new ScenarioHeader(model);
        inputs = new InputsView(model.planner());
        inputs.setPrefWidth(330);
        inputs.setMinWidth(280);
        chart = new DiskChartView(new DiskChartViewModel(model.planner().planProperty(), model.planner().outlook()));
        plan = new PlanView(new PlanViewModel(model.planner().planProperty(), model.planner().outlook()));
        years = new YearTableView(new YearTableViewModel(model.planner().planProperty()));
        years.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane planScroll = new ScrollPane(new VBox(plan, years));
        planScroll.setFitToWidth(true);

        centre = new SplitPane(new LayoutBoundary(chart), new LayoutBoundary(planScroll));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);

        setTop(header);
        setLeft(new LayoutBoundary(inputs));
        setCenter(centre);
    }

    /**
     * Gives the chart most of the centre while the walkthrough talks about it, and puts the
     * divider back where it was afterwards.
     */
    public void setChartFirst(boolean first) {
        if (first && planShare < 0) {
            planShare = centre.getDividerPositions()[0];
            centre.setDividerPositions(0.8);
        } else if (!first && planShare >= 0) {
            centre.setDividerPositions(planShare);
            planShare = -1;
        }
    }

    public InputsView inputs() {
        return inputs;
    }

    public PlanView plan() {
        return plan;
    }

    public YearTableView years() {
        return years;
    }

    public DiskChartView chart() {
        return chart;
    }

    public TextField nameField() {
        return header.nameField();
    }

    public TextArea notesArea() {
        return header.notesArea();
    }
}
