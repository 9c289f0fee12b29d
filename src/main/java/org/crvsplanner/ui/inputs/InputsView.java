package org.crvsplanner.ui.inputs;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.ChoiceViewModel;
import org.crvsplanner.ui.planner.EventsInputViewModel;
import org.crvsplanner.ui.planner.Following;
import org.crvsplanner.ui.planner.InputViewModel;
import org.crvsplanner.ui.planner.NumberInputViewModel;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.planner.ToggleViewModel;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The left panel: the inputs people change most, then the advanced assumptions, closed. */
public final class InputsView extends ScrollPane {
    private final ValidationSupport validation = new ValidationSupport();
    private final TitledPane advanced;

    public InputsView(PlannerViewModel model) {
        getStyleClass().add(Styles.INPUTS);
        getStylesheets().add(InputsView.class.getResource("inputs.css").toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label();
        title.textProperty().bind(I18n.text("inputs.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);

        Button docsExample = new Button();
        docsExample.textProperty().bind(I18n.text("inputs.docsExample"));
        docsExample.setId("docs-example");
        docsExample.setTooltip(tip(I18n.text("inputs.docsExample.tooltip")));
        docsExample.setOnAction(e -> model.showDocsExample());
        docsExample.setMaxWidth(Double.MAX_VALUE);
        docsExample.setWrapText(true);

        VBox main = new VBox(12, title, projectionNote(model));
        for (InputViewModel input : model.everydayInputs()) {
            main.getChildren().add(view(input, true));
        }
        main.getChildren().add(docsExample);

        advanced = new TitledPane();
        advanced.textProperty().bind(I18n.text("inputs.advanced"));
        advanced.setId("advanced");
        advanced.setExpanded(false);
        // Built when first opened: closed, its dozen inputs would still be styled and laid out
        // before the window's first frame (about a tenth of the start-up of `java -jar`).
        advanced.expandedProperty().addListener((obs, was, open) -> {
            if (open && advanced.getContent() == null) {
                advanced.setContent(advancedInputs(model));
            }
        });
        advanced.setAnimated(false);

        VBox content = new VBox(16, main, advanced);
        content.setPadding(new Insets(12));
        setContent(content);
    }

    /**
     * While the figures follow a projection, says so, with a way to stop; once stopped by a
     * change, says that, with a way to follow it again.
     */
    private static VBox projectionNote(PlannerViewModel model) {
        Label text = new Label();
        text.setId("projection-note-text");
        text.setWrapText(true);
        text.textProperty().bind(model.projectionNoteProperty());
        Button stop = new Button();
        stop.setId("projection-stop");
        stop.textProperty().bind(I18n.text("inputs.projection.stop"));
        stop.setTooltip(tip(I18n.text("inputs.projection.stop.tooltip")));
        stop.setOnAction(e -> model.stopFollowing());
        Button again = new Button();
        again.setId("projection-follow-again");
        again.textProperty().bind(I18n.text("inputs.projection.followAgain"));
        again.setTooltip(tip(I18n.text("inputs.projection.followAgain.tooltip")));
        again.setOnAction(e -> model.followAgain());
        VBox note = new VBox(text, new HBox(6, stop, again));
        note.setId("projection-note");
        note.getStyleClass().add(Styles.PROJECTION_NOTE);
        Runnable show = () -> {
            Following now = model.followingProperty().get();
            note.setVisible(now != Following.NO);
            note.setManaged(now != Following.NO);
            stop.setVisible(now == Following.YES);
            stop.setManaged(now == Following.YES);
            again.setVisible(now == Following.STOPPED);
            again.setManaged(now == Following.STOPPED);
        };
        show.run();
        model.followingProperty().addListener(obs -> show.run());
        return note;
    }

    private VBox advancedInputs(PlannerViewModel model) {
        VBox box = new VBox(10);
        for (InputViewModel input : model.advancedInputs()) {
            box.getChildren().add(view(input, false));
        }
        return box;
    }

    /**
     * An everyday number gets a slider, an everyday choice a row of buttons; advanced ones a
     * field and a list, which take less room.
     */
    private Node view(InputViewModel input, boolean everyday) {
        if (input instanceof NumberInputViewModel number) {
            return everyday
                    ? new NumberInputView(number, SliderScale.forRange(number.min(), number.max(), number.whole()),
                            validation)
                    : new NumberInputView(number, validation);
        }
        if (input instanceof ChoiceViewModel<?> choice) {
            return everyday ? pills(choice) : choice(choice);
        }
        if (input instanceof ToggleViewModel toggle) {
            return toggle(toggle);
        }
        return events((EventsInputViewModel) input);
    }

    private static Tooltip tip(ObservableValue<String> text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }

    private static VBox pills(ChoiceViewModel<?> choice) {
        Label label = new Label();
        label.textProperty().bind(choice.labelText());
        label.getStyleClass().add(Styles.INPUT_LABEL);
        label.setTooltip(tip(choice.descriptionText()));
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        String[] pills = {atlantafx.base.theme.Styles.LEFT_PILL, atlantafx.base.theme.Styles.CENTER_PILL,
            atlantafx.base.theme.Styles.RIGHT_PILL};
        for (int i = 0; i < choice.labels().size(); i++) {
            int index = i;
            ToggleButton button = new ToggleButton(choice.labels().get(i));
            // The language replaces all the labels at once; each button takes its own.
            choice.labels().addListener((ListChangeListener<String>) c -> button.setText(choice.labels().get(index)));
            button.setId(choice.id() + "-" + i);
            button.setToggleGroup(group);
            button.getStyleClass().add(pills[Math.min(i, pills.length - 1)]);
            button.setTooltip(tip(choice.descriptionText()));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> {
                // A toggle group lets the chosen button be unpressed; a stage is always chosen.
                choice.selectedIndexProperty().set(index);
                button.setSelected(true);
            });
            buttons.getChildren().add(button);
        }
        Runnable show = () -> group.selectToggle(group.getToggles().get(choice.selectedIndexProperty().get()));
        show.run();
        choice.selectedIndexProperty().addListener((obs, old, now) -> show.run());
        return new VBox(4, label, buttons);
    }

    private static VBox choice(ChoiceViewModel<?> choice) {
        Label label = new Label();
        label.textProperty().bind(choice.labelText());
        label.getStyleClass().add(Styles.INPUT_LABEL);
        ComboBox<String> box = new ComboBox<>();
        box.setId(choice.id());
        box.getItems().setAll(choice.labels());
        box.getSelectionModel().select(choice.selectedIndexProperty().get());
        choice.labels().addListener((ListChangeListener<String>) c -> {
            // New labels in another language: the same option stays chosen, shown in its new words.
            box.getItems().setAll(choice.labels());
            box.getSelectionModel().clearAndSelect(choice.selectedIndexProperty().get());
        });
        box.setTooltip(tip(choice.descriptionText()));
        box.setMaxWidth(Double.MAX_VALUE);
        label.setLabelFor(box);
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                choice.selectedIndexProperty().set(now.intValue());
            }
        });
        choice.selectedIndexProperty().addListener((obs, old, now) -> box.getSelectionModel().select(now.intValue()));
        return new VBox(4, label, box);
    }

    private VBox events(EventsInputViewModel events) {
        Label label = new Label();
        label.textProperty().bind(events.labelText());
        label.getStyleClass().add(Styles.INPUT_LABEL);
        TextField field = new TextField();
        field.setId("otherEvents");
        field.promptTextProperty().bind(events.promptText());
        field.textProperty().bindBidirectional(events.textProperty());
        field.focusedProperty().addListener((obs, was, focused) -> events.setEditing(focused));
        field.setTooltip(tip(events.tooltipText()));
        label.setLabelFor(field);
        validation.registerValidator(field, false, (control, text) ->
                ValidationResult.fromErrorIf(control, events.errorProperty().get(), events.errorProperty().get() != null));
        events.errorProperty().addListener((obs, old, error) -> validation.revalidate(field));
        return new VBox(4, label, field);
    }

    private static CheckBox toggle(ToggleViewModel toggle) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(toggle.labelText());
        box.setId(toggle.id());
        box.setTooltip(tip(toggle.tooltipText()));
        box.selectedProperty().bindBidirectional(toggle.selectedProperty());
        return box;
    }

    public TitledPane advanced() {
        return advanced;
    }
}
