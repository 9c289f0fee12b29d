package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** An input that is on or off. */
public record ToggleInput(String key, boolean everyday, Predicate<SizingInputs> getter,
        BiConsumer<SizingInputs.Builder, Boolean> setter) implements Input {

    public ToggleInput {
        requireNonNull(key, "key");
        requireNonNull(getter, "getter");
        requireNonNull(setter, "setter");
    }

    public boolean get(SizingInputs in) {
        return getter.test(in);
    }

    public void set(SizingInputs.Builder to, boolean value) {
        setter.accept(to, value);
    }

    public boolean defaultValue() {
        return get(SizingInputs.defaults());
    }
}
