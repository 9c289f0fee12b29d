package org.crvsplanner.ui.inputs;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.ui.Formats;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One numeric input: the last valid value, the text the person is typing, and what is wrong with
 * it. Typing a valid number moves the value at once; typing anything else marks the input and
 * leaves the value, and so the plan, as it was.
 */
public final class NumberInputViewModel {
    private final InputField field;
    private final String label;
    private final String unit;
    private final String description;
    private final double defaultValue;
    private final int decimals;

    private final ReadOnlyDoubleWrapper value;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper typingError = new ReadOnlyStringWrapper(this, "typingError");
    private final ReadOnlyStringWrapper planError = new ReadOnlyStringWrapper(this, "planError");
    private final StringExpression error;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private boolean updatingText;

    /**
     * @param label what the window calls the input, e.g. "Crude birth rate"
     * @param unit shown beside the field, e.g. "per 1,000 people"
     * @param description for the tooltip: what the input means and where its default comes from
     * @param decimals how many decimals the field shows
     */
    public NumberInputViewModel(InputField field, String label, String unit, String description,
            double defaultValue, int decimals) {
        this.field = requireNonNull(field, "field");
        this.label = requireNonNull(label, "label");
        this.unit = requireNonNull(unit, "unit");
        this.description = requireNonNull(description, "description");
        this.defaultValue = field.check(defaultValue);
        this.decimals = decimals;
        this.value = new ReadOnlyDoubleWrapper(this, "value", defaultValue);
        this.text.set(format(defaultValue));
        this.error = Bindings.when(typingError.isNotNull()).then(typingError).otherwise(planError);
        text.addListener((obs, old, typed) -> {
            if (!updatingText) {
                accept(typed);
            }
        });
    }

    private void accept(String typed) {
        OptionalDouble parsed = Formats.parse(typed);
        if (parsed.isEmpty()) {
            typingError.set(label + ": enter " + (field.whole() ? "a whole number " : "a number ")
                    + field.rangeText() + ".");
            return;
        }
        try {
            double checked = field.check(parsed.getAsDouble());
            typingError.set(null);
            value.set(checked);
        } catch (InvalidInputException e) {
            typingError.set(e.messageFor(label) + ".");
        }
    }

    /** Sets the value, from a slider or a loaded plan, and writes it into the text. */
    public void setValue(double newValue) {
        double checked = field.check(newValue);
        typingError.set(null);
        value.set(checked);
        updatingText = true;
        try {
            text.set(format(checked));
        } finally {
            updatingText = false;
        }
    }

    /** Rewrites the text in its tidy form, e.g. after the field loses focus. */
    public void tidyText() {
        if (typingError.get() == null) {
            setValue(value.get());
        }
    }

    public void reset() {
        setValue(defaultValue);
    }

    /**
     * Whether the person is in the middle of changing this input: dragging its slider or typing
     * in its field. Undo counts such a change as one step, from start to end.
     */
    public void setEditing(boolean now) {
        editing.set(now);
    }

    /** Enter in the field: the typed value is done, as one undo step; typing on starts another. */
    public void commit() {
        tidyText();
        if (editing.get()) {
            editing.set(false);
            editing.set(true);
        }
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** A rule that involves other inputs, such as the coverage ramp, or null when there is none. */
    public void setPlanError(String message) {
        planError.set(message);
    }

    private String format(double v) {
        return Formats.number(v, decimals);
    }

    public InputField field() {
        return field;
    }

    /** A stable name for the view's node ids: the model's key, such as "population". */
    public String id() {
        return field.key();
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return field.min();
    }

    public double max() {
        return field.max();
    }

    public double defaultValue() {
        return defaultValue;
    }

    public int decimals() {
        return decimals;
    }

    /** The tooltip: what the input means, where its default comes from, and its range. */
    public String tooltip() {
        return description + "\nDefault: " + format(defaultValue) + (unit.isEmpty() ? "" : " " + unit)
                + "\nAllowed: " + field.rangeText() + ".";
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public double getValue() {
        return value.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the input now, or null. */
    public StringExpression errorProperty() {
        return error;
    }

    public String getError() {
        return error.get();
    }

    public boolean hasTypingError() {
        return typingError.get() != null;
    }

    /** What is wrong with the typed text alone, or null. */
    public ReadOnlyStringProperty typingErrorProperty() {
        return typingError.getReadOnlyProperty();
    }
}
