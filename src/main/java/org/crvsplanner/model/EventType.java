package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * A vital event registered besides births and deaths (marriage, divorce, adoption, stillbirth…).
 *
 * @param name a label of up to 60 characters, without control characters or direction overrides
 *        ({@link PrintableText}), which would make it show as something other than it is
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
            throw InvalidInputException.of(InputField.EVENT_NAME, InvalidInputException.Problem.EVENT_NAME_LENGTH, MAX_NAME_LENGTH, name);
        }
        if (PrintableText.hasHidden(name)) {
            throw InvalidInputException.of(InputField.EVENT_NAME, InvalidInputException.Problem.EVENT_NAME_CHARACTERS,
                    name);
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

    double attachmentsOr(double generalAverage) {
        return attachmentsPerRecord.orElse(generalAverage);
    }
}
