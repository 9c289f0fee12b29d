package org.crvsplanner.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by its lower-case id, with a message that lists the choices. */
final class Ids {
    private Ids() {
    }

    static <E extends Enum<E>> E fromId(Class<E> type, E[] values, Function<E, String> id, String wanted) {
        for (E value : values) {
            if (id.apply(value).equalsIgnoreCase(wanted == null ? "" : wanted.strip())) {
                return value;
            }
        }
        String choices = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                type.getSimpleName() + " must be one of " + choices + "; got '" + wanted + "'");
    }
}
