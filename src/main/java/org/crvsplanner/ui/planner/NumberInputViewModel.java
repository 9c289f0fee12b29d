package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One numeric input: the last valid value, the text the person is typing, and what is wrong with
 * it. Typing a valid number moves the value at once; typing anything else marks the input and
 * leaves the value, and so the plan, as it was.
 *
 * <p>Its words come from the inputs bundle under {@code inputs.<field key>}. Numbers are read
 * and written in the window's language; a change of language rewrites the value and any error
 * in the new language, but leaves a mistyped text as the person typed it.
 */
public final class NumberInputViewModel implements InputViewModel {
    private final InputField field;
    private final String key;
    // A version's figure for some inputs (kB per record, OS reserve), so it follows the version.
    private final ReadOnlyDoubleWrapper defaultValue;
    private final int decimals;

    private final ReadOnlyDoubleWrapper value;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper typingError = new ReadOnlyStringWrapper(this, "typingError");
    private final ReadOnlyStringWrapper planError = new ReadOnlyStringWrapper(this, "planError");
    private final StringExpression error;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyObjectWrapper<SourceMark> mark = new ReadOnlyObjectWrapper<>(this, "mark", SourceMark.NONE);
    private final ReadOnlyStringWrapper markDetail = new ReadOnlyStringWrapper(this, "markDetail");
    private Supplier<String> markWords;
    // Errors are kept as how to word them, so a change of language can word them again.
    private Supplier<String> typingProblem;
    private Supplier<String> planProblem;
    // Held here: the language property keeps only a weak reference, so an input of a closed tab goes.
    private final InvalidationListener relabel = obs -> relabel();
    private boolean updatingText;

    /**
     * @param defaultValue where the input starts and returns to on reset
     * @param decimals how many decimals the field shows
     */
    public NumberInputViewModel(InputField field, double defaultValue, int decimals) {
        this.field = requireNonNull(field, "field");
        this.key = "inputs." + field.key();
        this.defaultValue = new ReadOnlyDoubleWrapper(this, "defaultValue", field.check(defaultValue));
        this.decimals = decimals;
        this.value = new ReadOnlyDoubleWrapper(this, "value", defaultValue);
        this.text.set(format(defaultValue));
        this.error = Bindings.when(typingError.isNotNull()).then(typingError).otherwise(planError);
        text.addListener((obs, old, typed) -> {
            if (!updatingText) {
                accept(typed);
            }
        });
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void accept(String typed) {
        OptionalDouble parsed = Formats.parse(typed);
        // In French "1,000" is one, not a thousand: a whole-number field takes no decimal mark at all.
        if (parsed.isEmpty() || (field.whole() && I18n.wording().hasDecimalMark(typed))) {
            setTypingProblem(() -> I18n.get(field.whole() ? "inputs.error.whole" : "inputs.error.number", label(),
                    ModelWords.range(field, I18n.wording())));
            return;
        }
        try {
            double checked = field.check(parsed.getAsDouble());
            setTypingProblem(null);
            value.set(checked);
        } catch (InvalidInputException e) {
            setTypingProblem(() -> I18n.get("inputs.error.plan", ModelWords.message(e, label(), I18n.wording())));
        }
    }

    private void setTypingProblem(Supplier<String> problem) {
        typingProblem = problem;
        typingError.set(problem == null ? null : problem.get());
    }

    private void relabel() {
        planError.set(planProblem == null ? null : planProblem.get());
        markDetail.set(markWords == null ? null : markWords.get());
        if (typingProblem != null) {
            // What was typed may read differently now ("1,5" is refused in English, 1.5 in
            // French); reading it again also words a remaining problem in the new language.
            accept(text.get());
        }
        if (typingProblem == null) {
            // The value in the new language's style: 17.299 becomes 17,299 in French.
            writeText(value.get());
        }
    }

    /** Sets the value, from a slider or a loaded plan, and writes it into the text. */
    public void setValue(double newValue) {
        double checked = field.check(newValue);
        setTypingProblem(null);
        value.set(checked);
        writeText(checked);
    }

    private void writeText(double v) {
        updatingText = true;
        try {
            text.set(format(v));
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
        setValue(defaultValue.get());
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

    /**
     * A rule that involves other inputs, such as the coverage ramp, worded in the language of the
     * moment; null when there is none.
     */
    public void setPlanError(Supplier<String> message) {
        planProblem = message;
        planError.set(message == null ? null : message.get());
    }

    /**
     * Says where the figure came from, worded in the language of the moment; the planner sets it
     * after every change, since a figure stays the file's only while it holds the file's value.
     */
    void setMark(SourceMark value, Supplier<String> detail) {
        markWords = value == SourceMark.NONE ? null : detail;
        mark.set(value);
        markDetail.set(markWords == null ? null : markWords.get());
    }

    /** Whether the figure is still the file's, or unused while a projection is followed. */
    public ReadOnlyObjectProperty<SourceMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    public SourceMark getMark() {
        return mark.get();
    }

    /** Which file, indicator, country and year the figure came from; null without a mark. */
    public ReadOnlyStringProperty markDetailProperty() {
        return markDetail.getReadOnlyProperty();
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

    /** What the window calls the input now, e.g. "Crude birth rate" or "Taux brut de natalité". */
    public String label() {
        return I18n.get(key + ".label");
    }

    /** The unit beside the field, e.g. "per 1,000 people"; may be empty. */
    public String unit() {
        return I18n.get(key + ".unit");
    }

    public StringBinding labelText() {
        return I18n.text(key + ".label");
    }

    public StringBinding unitText() {
        return I18n.text(key + ".unit");
    }

    /** For screen readers: the label and the unit. */
    public StringBinding accessibleText() {
        return Bindings.createStringBinding(() -> I18n.get("inputs.accessible", label(), unit()),
                I18n.languageProperty());
    }

    public StringBinding resetTooltip() {
        return Bindings.createStringBinding(
                () -> I18n.get("inputs.reset.tooltip", label().toLowerCase(I18n.wording().locale())),
                I18n.languageProperty());
    }

    public StringBinding resetAccessibleText() {
        return Bindings.createStringBinding(() -> I18n.get("inputs.reset.accessible", label()),
                I18n.languageProperty());
    }

    public double min() {
        return field.min();
    }

    public double max() {
        return field.max();
    }

    /** Whether only whole numbers are allowed. */
    public boolean whole() {
        return field.whole();
    }

    public double defaultValue() {
        return defaultValue.get();
    }

    /** Where a reset now returns the input, e.g. the record size of the OpenCRVS version chosen. */
    public void setDefaultValue(double value) {
        defaultValue.set(field.check(value));
    }

    public int decimals() {
        return decimals;
    }

    /** The tooltip: what the input means, where its default comes from, and its range. */
    public String tooltip() {
        String unit = unit();
        String byDefault = unit.isEmpty() ? format(defaultValue.get())
                : format(defaultValue.get()) + I18n.wording().unitSpace() + unit;
        return I18n.get("inputs.tooltip", I18n.get(key + ".description"), byDefault,
                ModelWords.range(field, I18n.wording()));
    }

    /** What is wrong with the input, or else its tooltip, in the language of the moment. */
    public StringBinding tooltipText() {
        return Bindings.createStringBinding(() -> error.get() != null ? error.get() : tooltip(), error,
                defaultValue, I18n.languageProperty());
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
