package org.crvsplanner.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.text.EventNotation;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Flag values that are not plain numbers; each failure explains what is allowed. */
final class Converters {
    private Converters() {
    }

    /** {@code NAME=RATE[:ATTACHMENTS]}, e.g. {@code marriage=4.5:2}. */
    static final class Event implements ITypeConverter<EventType> {
        @Override
        public EventType convert(String value) {
            try {
                return EventNotation.parse(value);
            } catch (InvalidInputException e) {
                String part = switch (e.field()) {
                    case EVENT_NAME -> e.problem() == InvalidInputException.Problem.EVENT_NOTATION ? "" : "name ";
                    case EVENT_RATE -> "rate ";
                    default -> "attachments ";
                };
                String where = part.isEmpty() ? "" : " (in '" + value + "')";
                throw new TypeConversionException(part + ModelWords.problem(e, Wording.ENGLISH) + where);
            }
        }
    }
}
