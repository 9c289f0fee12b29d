package org.crvsplanner.text;

import static java.util.Objects.requireNonNull;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;

/**
 * The compact notation {@code NAME=RATE[:ATTACHMENTS]} of an event type (e.g. {@code marriage=4.5:2})
 * that the command line and the window share. Figures are {@link PlainNumber}s, with a decimal
 * point, in every language.
 */
public final class EventNotation {
    private EventNotation() {
    }

    /**
     * Reads the notation.
     *
     * @throws InvalidInputException naming the part that is wrong
     */
    public static EventType parse(String spec) {
        requireNonNull(spec, "spec");
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw notation(spec);
        }
        String name = spec.substring(0, equals);
        String rest = spec.substring(equals + 1);
        int colon = rest.indexOf(':');
        double rate = number(colon < 0 ? rest : rest.substring(0, colon), spec);
        return colon < 0 ? EventType.of(name, rate) : EventType.of(name, rate, number(rest.substring(colon + 1), spec));
    }

    private static double number(String text, String spec) {
        try {
            return PlainNumber.parse(text);
        } catch (NumberFormatException e) {
            throw notation(spec);
        }
    }

    private static InvalidInputException notation(String spec) {
        return InvalidInputException.of(InputField.EVENT_NAME, InvalidInputException.Problem.EVENT_NOTATION, spec);
    }

    /** An event type in the notation {@link #parse(String)} reads. */
    public static String format(EventType event) {
        String rate = plain(event.ratePerThousand());
        return event.attachmentsPerRecord().isPresent()
                ? event.name() + "=" + rate + ":" + plain(event.attachmentsPerRecord().getAsDouble())
                : event.name() + "=" + rate;
    }

    private static String plain(double value) {
        return ModelWords.figure(value).replace(",", "");
    }
}
