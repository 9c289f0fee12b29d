package org.crvsplanner.ui.workspace;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip above a scenario's panels: its name and its notes. */
public final class ScenarioHeader extends HBox {
    /**
     * Marks text fields whose own undo (of typed text) answers Ctrl+Z, rather than the scenario's
     * undo of inputs.
     */
    public static final String OWN_TEXT_UNDO = "crvs.ownTextUndo";

    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");
    private static final PseudoClass READING = PseudoClass.getPseudoClass("reading");

    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();

    public ScenarioHeader(ScenarioViewModel model) {
        super(8);
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
        getChildren().addAll(nameLabel, name, notesLabel, notes);
        setAlignment(Pos.TOP_LEFT);
        getStyleClass().add(Styles.SCENARIO_HEADER);
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

    /** Whether Ctrl+Z in {@code control} belongs to the control's own text undo. */
    public static boolean hasOwnTextUndo(TextInputControl control) {
        return Boolean.TRUE.equals(control.getProperties().get(OWN_TEXT_UNDO));
    }

    public TextField nameField() {
        return name;
    }

    public TextArea notesArea() {
        return notes;
    }
}
