package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * A vital event registered besides births and deaths (marriage, divorce, adoption, stillbirth…).
 *
 * @param name a label of up to 60 characters
 * @param ratePerThousand events a year per 1,000 people in participating locations
 * @param attachmentsPerRecord its own attachments average; when empty the general average applies
 */
public record EventType(String name, double ratePerThousand, OptionalDouble attachmentsPerRecord) {
    public static final int MAX_NAME_LENGTH = 60;

    public EventType {
        requireNonNull(name, "name");
        requireNonNull(attachmentsPerRecord, "attachmentsPerRecord");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of(InputField.EVENT_NAME, "invalid.eventNameLength", MAX_NAME_LENGTH, name);
        }
        InputField.EVENT_RATE.check(ratePerThousand);
        attachmentsPerRecord.ifPresent(InputField.EVENT_ATTACHMENTS::check);
    }

    /** An event type that uses the general attachments average. */
    public static EventType of(String name, double ratePerThousand) {
        return new EventType(name, ratePerThousand, OptionalDouble.empty());
    }

    public static EventType of(String name, double ratePerThousand, double attachmentsPerRecord) {
        return new EventType(name, ratePerThousand, OptionalDouble.of(attachmentsPerRecord));
    }

    /** The notation of {@link #parse(String)}. */
    public static final String NOTATION = "NAME=RATE[:ATTACHMENTS], e.g. marriage=4.5:2";

    /**
     * Reads the compact notation {@code NAME=RATE[:ATTACHMENTS]} that the command line and the
     * window share.
     *
     * @throws InvalidInputException naming the part that is wrong
     */
    public static EventType parse(String spec) {
        requireNonNull(spec, "spec");
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw InvalidInputException.of(InputField.EVENT_NAME, "invalid.eventNotation", NOTATION, spec);
        }
        String name = spec.substring(0, equals);
        String rest = spec.substring(equals + 1);
        int colon = rest.indexOf(':');
        double rate = number(colon < 0 ? rest : rest.substring(0, colon), spec);
        return colon < 0 ? of(name, rate) : of(name, rate, number(rest.substring(colon + 1), spec));
    }

    private static double number(String text, String spec) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(InputField.EVENT_NAME, "invalid.eventNotation", NOTATION, spec);
        }
    }

    /** This event type in the notation of {@link #parse(String)}. */
    public String toSpec() {
        String rate = InputField.format(ratePerThousand).replace(",", "");
        return attachmentsPerRecord.isPresent()
                ? name + "=" + rate + ":" + InputField.format(attachmentsPerRecord.getAsDouble()).replace(",", "")
                : name + "=" + rate;
    }

    double attachmentsOr(double generalAverage) {
        return attachmentsPerRecord.orElse(generalAverage);
    }
}
