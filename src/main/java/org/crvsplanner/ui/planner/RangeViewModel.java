package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The low and high estimate of one input, as typed, around its likely value, which is the input
 * itself. Both blank: no range. A range is only used while it is valid; what is wrong with it is
 * said in the language of the moment.
 */
public final class RangeViewModel {
    private final NumberInput input;
    private final NumberInputViewModel likely;
    private final StringProperty low = new SimpleStringProperty(this, "low", "");
    private final StringProperty high = new SimpleStringProperty(this, "high", "");
    private final ReadOnlyObjectWrapper<InputRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Supplier<String> problem;
    /** The likely value at the last check: another input moving leaves this row's ends as typed. */
    private double checkedLikely = Double.NaN;

    RangeViewModel(NumberInput input, NumberInputViewModel likely) {
        this.input = requireNonNull(input, "input");
        this.likely = requireNonNull(likely, "likely");
    }

    /**
     * Reads the typed ends against the likely inputs.
     *
     * @param inputsMoved whether the inputs moved rather than the typed ends: if this row's likely
     *        value is among them, an end it passed follows it, as a scenario's range does, instead
     *        of being an error
     */
    void check(SizingInputs inputs, boolean inputsMoved) {
        double value = input.get(inputs);
        boolean likelyMoved = inputsMoved && value != checkedLikely;
        checkedLikely = value;
        String lowText = low.get() == null ? "" : low.get();
        String highText = high.get() == null ? "" : high.get();
        if (lowText.isBlank() && highText.isBlank()) {
            settle(null, null);
            return;
        }
        if (lowText.isBlank() || highText.isBlank()) {
            settle(null, () -> I18n.get("inputs.range.error.both", likely.label()));
            return;
        }
        OptionalDouble lowValue = read(lowText, "inputs.range.low");
        OptionalDouble highValue = lowValue.isEmpty() ? OptionalDouble.empty() : read(highText, "inputs.range.high");
        if (lowValue.isEmpty() || highValue.isEmpty()) {
            return;
        }
        InputRange typed = InputRange.of(input, lowValue.getAsDouble(), highValue.getAsDouble());
        if (likelyMoved && typed.low() <= typed.high()) {
            typed = InputRange.of(input, Math.min(typed.low(), value), Math.max(typed.high(), value));
        }
        try {
            typed.checkOrder(value);
        } catch (InvalidInputException e) {
            settle(null, () -> I18n.get("inputs.error.plan", ModelWords.message(e, likely.label(), I18n.wording())));
            return;
        }
        for (double end : new double[] {typed.low(), typed.high()}) {
            try {
                typed.at(inputs, end);
            } catch (InvalidInputException e) {
                settle(null, () -> I18n.get("inputs.range.error.rule", likely.label(), format(end),
                        ModelWords.message(e, I18n.get("inputs." + e.field().key() + ".label"), I18n.wording())));
                return;
            }
        }
        if (typed.low() != lowValue.getAsDouble() || typed.high() != highValue.getAsDouble()) {
            show(typed);
        }
        settle(typed, null);
    }

    private OptionalDouble read(String text, String endKey) {
        InputField field = input.field();
        OptionalDouble parsed = Formats.parse(text);
        if (parsed.isEmpty() || (field.whole() && I18n.wording().hasDecimalMark(text))) {
            settle(null, () -> I18n.get(field.whole() ? "inputs.error.whole" : "inputs.error.number",
                    I18n.get(endKey, likely.label()), ModelWords.range(field, I18n.wording())));
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(field.check(parsed.getAsDouble()));
        } catch (InvalidInputException e) {
            settle(null, () -> I18n.get("inputs.error.plan",
                    ModelWords.message(e, I18n.get(endKey, likely.label()), I18n.wording())));
            return OptionalDouble.empty();
        }
    }

    private void settle(InputRange value, Supplier<String> what) {
        problem = what;
        error.set(what == null ? null : what.get());
        range.set(value);
    }

    /** Shows a range of a loaded scenario, or none. */
    void show(InputRange loaded) {
        low.set(loaded == null ? "" : format(loaded.low()));
        high.set(loaded == null ? "" : format(loaded.high()));
    }

    /** Words the error and the valid ends again, in the language of the moment. */
    void relabel() {
        if (range.get() != null) {
            show(range.get());
        }
        error.set(problem == null ? null : problem.get());
    }

    private String format(double value) {
        return Formats.number(value, likely.decimals());
    }

    public NumberInput input() {
        return input;
    }

    /** A stable name for node ids: the input's key, such as "population". */
    public String id() {
        return input.key();
    }

    public StringBinding labelText() {
        return likely.labelText();
    }

    public StringBinding unitText() {
        return likely.unitText();
    }

    /** The likely value, as the input's field shows it, and its unit: "likely 30,000,000 people". */
    public StringBinding likelyText() {
        return Bindings.createStringBinding(() -> I18n.get("inputs.range.likely", likely.textProperty().get(),
                likely.unit()), likely.textProperty(), I18n.languageProperty());
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** The range in use, or null when there is none or it is not valid. */
    public ReadOnlyObjectProperty<InputRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** What is wrong with the typed range, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
