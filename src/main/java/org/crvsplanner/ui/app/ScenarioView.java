package org.crvsplanner.ui.app;

import org.crvsplanner.ui.base.LayoutBoundary;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.workspace.ScenarioHeader;
import org.crvsplanner.ui.workspace.ScenarioTabs;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.years.YearTableView;
import org.crvsplanner.ui.years.YearTableViewModel;

import javafx.geometry.Insets;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One scenario's tab: its name and notes on top, the inputs on the left, the disk chart above the
 * plan and its year-by-year table in the centre. The panels come from three features that do not know each other; this is
 * the one place that puts them side by side, each handed the scenario's plan.
 */
public final class ScenarioView extends BorderPane {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass(Styles.STALE);

    private final ScenarioHeader header;
    private final InputsView inputs;
    private final PlanView plan;
    private final DiskChartView chart;
    private final YearTableView years;
    private final SplitPane centre;
    private final ScrollPane planScroll;
    private final VBox walkthroughSlot = new VBox();
    private final Label staleNotice;
    private double dividerBefore = -1;

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
        planScroll = new ScrollPane(new VBox(plan, years));
        planScroll.setFitToWidth(true);

        centre = new SplitPane(new LayoutBoundary(chart), new LayoutBoundary(planScroll));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);
        staleNotice = staleNotice(model.planner().problemProperty());
        VBox.setVgrow(centre, Priority.ALWAYS);

        setTop(header);
        setLeft(new LayoutBoundary(inputs));
        // The walkthrough's card goes under the chart and the plan, beside the inputs: the inputs
        // keep the window's height for the ones a step talks about.
        setCenter(new VBox(staleNotice, centre, walkthroughSlot));
        // While some input holds invalid text, the figures are the last valid plan's: stepped
        // back, with the line above saying why. A style toggle when validity changes, never
        // work on a slider step.
        showStale(!model.planner().validProperty().get());
        model.planner().validProperty().addListener((obs, was, valid) -> showStale(!valid));
    }

    private static Label staleNotice(ObservableValue<String> problem) {
        Label notice = new Label();
        notice.setId("stale-notice");
        notice.getStyleClass().add(Styles.STALE_NOTICE);
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(Bindings.createStringBinding(
                () -> problem.getValue() == null ? "" : I18n.get("window.stale", problem.getValue()), problem,
                I18n.languageProperty()));
        notice.accessibleTextProperty().bind(notice.textProperty());
        return notice;
    }

    private void showStale(boolean stale) {
        staleNotice.setVisible(stale);
        staleNotice.setManaged(stale);
        centre.pseudoClassStateChanged(STALE, stale);
    }

    /** The line saying why the figures are stale; hidden while they are up to date. */
    public Label staleNotice() {
        return staleNotice;
    }

    /** The chart and the plan, which step back while the figures are stale. */
    public SplitPane centre() {
        return centre;
    }

    /**
     * Gives the chart {@code share} of the centre while the walkthrough talks about it, and puts
     * the divider back where it was once the share is negative.
     */
    public void setChartShare(double share) {
        if (share >= 0) {
            if (dividerBefore < 0) {
                dividerBefore = centre.getDividerPositions()[0];
            }
            centre.setDividerPositions(share);
        } else if (dividerBefore >= 0) {
            centre.setDividerPositions(dividerBefore);
            dividerBefore = -1;
        }
    }

    /** Where the walkthrough's card goes while this scenario is in front. */
    public VBox walkthroughSlot() {
        return walkthroughSlot;
    }

    /** The plan and its year table, which scroll under the chart. */
    public ScrollPane planScroll() {
        return planScroll;
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
