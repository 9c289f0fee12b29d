package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** An input that takes one of a fixed set of values, each named by its {@link Choice#id()}. */
public record ChoiceInput<E extends Choice>(String key, List<E> values, boolean everyday,
        Function<SizingInputs, E> getter, BiConsumer<SizingInputs.Builder, E> setter) implements Input {

    public ChoiceInput {
        requireNonNull(key, "key");
        values = List.copyOf(values);
        requireNonNull(getter, "getter");
        requireNonNull(setter, "setter");
    }

    public E get(SizingInputs in) {
        return getter.apply(in);
    }

    public void set(SizingInputs.Builder to, E value) {
        setter.accept(to, requireNonNull(value, key));
    }

    public E defaultValue() {
        return get(SizingInputs.defaults());
    }

    /** The value with exactly this id, as files write it. */
    public Optional<E> withId(String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
