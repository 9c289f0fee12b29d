package org.crvsplanner.ui.inputs;

import static java.util.Objects.requireNonNull;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.WrappingLabel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.NumberInputViewModel;
import org.crvsplanner.ui.planner.SourceMark;

import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A labelled input: a slider for quick what-ifs, a field for exact values, its unit, and a reset
 * to the default. Either can be used; they follow each other.
 */
public final class NumberInputView extends GridPane {
    private final NumberInputViewModel model;
    private final TextField field = new TextField();
    private final Slider slider;
    private final Tooltip tooltip;
    private final BooleanExpression editing;
    private boolean fromModel;
    private boolean fromSlider;

    /** An input with only a field, for assumptions that are rarely changed. */
    public NumberInputView(NumberInputViewModel model, ValidationSupport validation) {
        this(model, null, validation);
    }

    public NumberInputView(NumberInputViewModel model, SliderScale scale, ValidationSupport validation) {
        this.model = requireNonNull(model, "model");
        getStyleClass().add(Styles.NUMBER_INPUT);
        String id = model.id();
        setId(id + "-input");
        tooltip = new Tooltip();
        // The tooltip says what is wrong while something is, and follows the language.
        tooltip.textProperty().bind(model.tooltipText());
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);

        // Remembers its height: the inputs panel is laid out on every change, and a wrapping label
        // would otherwise measure its text again each time (see WrappingLabel).
        Label label = new WrappingLabel();
        label.textProperty().bind(model.labelText());
        label.getStyleClass().add(Styles.INPUT_LABEL);
        label.setLabelFor(field);
        // A long label, e.g. "Attachments per legacy record", takes a second line rather than an
        // ellipsis in a narrow inputs panel.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setTooltip(tooltip);
        Label unit = new Label();
        unit.textProperty().bind(model.unitText());
        unit.getStyleClass().add(Styles.INPUT_UNIT);
        unit.setMinWidth(Region.USE_PREF_SIZE);

        field.setId(id);
        field.getStyleClass().add(Styles.INPUT_FIELD);
        field.setTooltip(tooltip);
        field.setPrefColumnCount(9);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(model.textProperty());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.tidyText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.commit();
            } else if (e.getCode() == KeyCode.ESCAPE && model.hasTypingError()) {
                model.cancelEdit();
                e.consume();
            }
        });
        field.accessibleTextProperty().bind(model.accessibleText());
        // A screen reader reads what is wrong, with the allowed range, as the field's help.
        field.accessibleHelpProperty().bind(model.errorProperty());

        Button reset = new Button("↺");
        reset.setId(id + "-reset");
        reset.getStyleClass().add(Styles.RESET_BUTTON);
        Tooltip resetTip = new Tooltip();
        resetTip.textProperty().bind(model.resetTooltip());
        reset.setTooltip(resetTip);
        reset.accessibleTextProperty().bind(model.resetAccessibleText());
        reset.setOnAction(e -> model.reset());

        HBox valueRow = new HBox(6, field, unit);
        valueRow.setAlignment(Pos.CENTER_LEFT);
        HBox labelRow = new HBox(6, label, mark(id));
        labelRow.setAlignment(Pos.CENTER_LEFT);
        add(labelRow, 0, 0);
        add(reset, 1, 0);
        GridPane.setHgrow(labelRow, Priority.ALWAYS);
        if (scale != null) {
            slider = slider(id, scale);
            add(slider, 0, 1, 2, 1);
            add(valueRow, 0, 2, 2, 1);
        } else {
            slider = null;
            add(valueRow, 0, 1, 2, 1);
        }
        setVgap(2);

        // Typing in the field or dragging the slider is one change for undo, however many
        // values pass on the way.
        // A field of the view, because a binding only weakly referenced would be collected.
        editing = slider != null ? field.focusedProperty().or(slider.valueChangingProperty()) : field.focusedProperty();
        editing.addListener((obs, was, now) -> model.setEditing(now));

        validation.registerValidator(field, false, (control, text) ->
                ValidationResult.fromMessageIf(control, model.getError(), Severity.ERROR, model.getError() != null));
        model.errorProperty().addListener((obs, old, error) -> {
            validation.revalidate(field);
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.INVALID), error != null);
        });
    }

    /** "from file" while the figure is still the file's, with the file in its tooltip; "not used" for growth beside a projection. */
    private Label mark(String id) {
        Label mark = new Label();
        mark.setId(id + "-mark");
        mark.getStyleClass().add(Styles.SOURCE_MARK);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(model.markDetailProperty());
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        detail.setShowDelay(Duration.millis(300));
        mark.setTooltip(detail);
        Runnable show = () -> {
            SourceMark now = model.getMark();
            mark.textProperty().unbind();
            mark.getStyleClass().removeAll(Styles.FROM_FILE, Styles.NOT_USED);
            if (now != SourceMark.NONE) {
                mark.textProperty().bind(I18n.text(now == SourceMark.FROM_FILE ? "inputs.mark.fromFile"
                        : "inputs.mark.notUsed"));
                mark.getStyleClass().add(now == SourceMark.FROM_FILE ? Styles.FROM_FILE : Styles.NOT_USED);
            }
            mark.setVisible(now != SourceMark.NONE);
            mark.setManaged(now != SourceMark.NONE);
        };
        show.run();
        model.markProperty().addListener(obs -> show.run());
        mark.accessibleTextProperty().bind(model.markDetailProperty());
        return mark;
    }

    private Slider slider(String id, SliderScale scale) {
        Slider s = new Slider(scale.minPosition(), scale.maxPosition(), scale.toPosition(model.getValue()));
        s.setId(id + "-slider");
        s.setBlockIncrement(scale.step());
        s.setTooltip(tooltip);
        s.accessibleTextProperty().bind(model.labelText());
        s.setMaxWidth(Double.MAX_VALUE);
        model.valueProperty().addListener((obs, old, value) -> {
            if (!fromSlider) {
                fromModel = true;
                try {
                    s.setValue(scale.toPosition(value.doubleValue()));
                } finally {
                    fromModel = false;
                }
            }
        });
        s.valueProperty().addListener((obs, old, position) -> {
            if (!fromModel) {
                fromSlider = true;
                try {
                    model.setValue(scale.toValue(position.doubleValue()));
                } finally {
                    fromSlider = false;
                }
            }
        });
        return s;
    }

    public TextField field() {
        return field;
    }

    /** The slider, or null for a field-only input. */
    public Slider slider() {
        return slider;
    }
}
