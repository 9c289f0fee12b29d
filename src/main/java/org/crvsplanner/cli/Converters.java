package org.crvsplanner.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.text.EventNotation;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.PlainNumber;
import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Flag values: numbers, paths and choices; each failure explains what is allowed. */
final class Converters {
    private Converters() {
    }

    /**
     * Gives every Long, Integer and Double flag of the command line the one notation of
     * {@link PlainNumber}. A value it refuses gets {@link BadInputHandler}'s message, which names
     * the flag and its range.
     */
    static void registerNumbers(CommandLine commandLine) {
        commandLine.registerConverter(Long.class, value -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE));
        commandLine.registerConverter(Integer.class, value -> (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        commandLine.registerConverter(Double.class, value -> {
            try {
                return PlainNumber.parse(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("is not a number");
            }
        });
    }

    private static long whole(String value, long min, long max) {
        try {
            return PlainNumber.parseWhole(value, min, max);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("is not a whole number");
        }
    }

    /** A path to a file: anything but the empty path, which Java takes for the current folder. */
    static final class FilePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isEmpty()) {
                throw new TypeConversionException("needs the path of a file; the path given is empty");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + ShownText.excerpt(value) + "' is not a usable path: "
                        + e.getReason());
            }
        }
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
                String where = part.isEmpty() ? "" : " (in '" + ShownText.excerpt(value) + "')";
                throw new TypeConversionException(part + ModelWords.problem(e, Wording.ENGLISH) + where);
            }
        }
    }
}
