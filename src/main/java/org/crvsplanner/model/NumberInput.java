package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * A numeric input with the range of its {@link InputField}, whose key it shares.
 *
 * @param decimals how many decimals are worth showing and typing: 3 for a rate per 1,000
 */
public record NumberInput(InputField field, int decimals, boolean everyday,
        ToDoubleFunction<SizingInputs> getter, ObjDoubleConsumer<SizingInputs.Builder> setter) implements Input {

    public NumberInput {
        requireNonNull(field, "field");
        requireNonNull(getter, "getter");
        requireNonNull(setter, "setter");
    }

    @Override
    public String key() {
        return field.key();
    }

    public double get(SizingInputs in) {
        return getter.applyAsDouble(in);
    }

    /**
     * Sets the value, checked against the field's own range first, so a fraction never reaches a
     * whole-number input by truncation. Rules between inputs wait for {@link SizingInputs.Builder#build()}.
     *
     * @throws InvalidInputException naming this input's field
     */
    public void set(SizingInputs.Builder to, double value) {
        setter.accept(to, field.check(value));
    }

    public double defaultValue() {
        return get(SizingInputs.defaults());
    }

    /** Whether only whole numbers are allowed. */
    public boolean whole() {
        return field.whole();
    }
}
