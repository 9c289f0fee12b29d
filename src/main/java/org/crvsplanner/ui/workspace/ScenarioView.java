package org.crvsplanner.ui.workspace;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.LayoutBoundary;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.plan.PlanViewModel;

import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One scenario's tab: its name and notes on top, the inputs on the left, the disk chart above the
 * plan in the centre.
 */
public final class ScenarioView extends BorderPane {
    /**
     * Marks text fields whose own undo (of typed text) answers Ctrl+Z, rather than the scenario's
     * undo of inputs.
     */
    public static final String OWN_TEXT_UNDO = "crvs.ownTextUndo";

    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");
    private static final PseudoClass READING = PseudoClass.getPseudoClass("reading");

    private final InputsView inputs;
    private final PlanView plan;
    private final DiskChartView chart;
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();
    private final SplitPane centre;
    private double planShare = -1;

    public ScenarioView(ScenarioViewModel model) {
        getStylesheets().add(ScenarioView.class.getResource("workspace.css").toExternalForm());
        inputs = new InputsView(model.planner());
        inputs.setPrefWidth(330);
        inputs.setMinWidth(280);
        chart = new DiskChartView(new DiskChartViewModel(model.planner().planProperty()));
        plan = new PlanView(new PlanViewModel(model.planner().planProperty()));
        ScrollPane planScroll = new ScrollPane(plan);
        planScroll.setFitToWidth(true);

        centre = new SplitPane(new LayoutBoundary(chart), new LayoutBoundary(planScroll));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);

        setTop(header(model));
        setLeft(new LayoutBoundary(inputs));
        setCenter(centre);
    }

    private HBox header(ScenarioViewModel model) {
        name.setId("scenario-name");
        name.promptTextProperty().bind(I18n.text("workspace.name.prompt"));
        name.setPrefColumnCount(18);
        name.setMinWidth(160);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setTooltip(tooltip("workspace.name.tooltip"));
        name.getProperties().put(OWN_TEXT_UNDO, Boolean.TRUE);
        Label nameLabel = label("workspace.name.label");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);

        notes.setId("scenario-notes");
        notes.promptTextProperty().bind(I18n.text("workspace.notes.prompt"));
        notes.setWrapText(true);
        // One line while reading the scenario, room to write while typing: the header takes
        // little of a small screen.
        notes.getStyleClass().add(Styles.SCENARIO_NOTES);
        notes.pseudoClassStateChanged(READING, true);
        notes.focusedProperty().addListener((obs, was, focused) -> {
            notes.pseudoClassStateChanged(EDITING, focused);
            notes.pseudoClassStateChanged(READING, !focused);
        });
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setTooltip(tooltip("workspace.notes.tooltip"));
        notes.getProperties().put(OWN_TEXT_UNDO, Boolean.TRUE);
        Label notesLabel = label("workspace.notes.label");
        notesLabel.setMnemonicParsing(true);
        notesLabel.setLabelFor(notes);
        HBox.setHgrow(notes, Priority.ALWAYS);

        for (Label label : new Label[] {nameLabel, notesLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(8, nameLabel, name, notesLabel, notes);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add(Styles.SCENARIO_HEADER);
        return header;
    }

    private static Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(I18n.text(key));
        return label;
    }

    private static Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(I18n.text(key));
        return tooltip;
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

    /** Whether Ctrl+Z in {@code control} belongs to the control's own text undo. */
    public static boolean hasOwnTextUndo(TextInputControl control) {
        return Boolean.TRUE.equals(control.getProperties().get(OWN_TEXT_UNDO));
    }

    public InputsView inputs() {
        return inputs;
    }

    public PlanView plan() {
        return plan;
    }

    public DiskChartView chart() {
        return chart;
    }

    public TextField nameField() {
        return name;
    }

    public TextArea notesArea() {
        return notes;
    }
}
