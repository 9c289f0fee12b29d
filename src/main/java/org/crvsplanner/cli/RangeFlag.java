package org.crvsplanner.cli;

import java.util.Optional;
import java.util.stream.Collectors;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --range NAME=LOW:LIKELY:HIGH}: an input's key, as scenario files name it, and its
 * three values, each checked against the input's own range and against each other as it is read.
 */
record RangeFlag(NumberInput input, double low, double likely, double high, String text) {
    static final String FLAG = "--range";
    static final String EXAMPLE = "population=27e6:30e6:34e6";

    InputRange range() {
        return InputRange.of(input, low, high);
    }

    static final class Converter implements ITypeConverter<RangeFlag> {
        @Override
        public RangeFlag convert(String value) {
            int equals = value.indexOf('=');
            String[] parts = equals < 0 ? new String[0] : value.substring(equals + 1).split(":", -1);
            if (parts.length != 3) {
                throw new TypeConversionException("must look like NAME=LOW:LIKELY:HIGH, e.g. " + EXAMPLE + "; got '"
                        + value + "'");
            }
            String name = value.substring(0, equals).strip();
            Optional<NumberInput> input = Inputs.withRangeKey(name);
            if (input.isEmpty()) {
                String names = Inputs.WITH_RANGES.stream().map(NumberInput::key).collect(Collectors.joining(", "));
                throw new TypeConversionException("NAME must be one of " + names + "; got '" + name + "' (in '"
                        + value + "')");
            }
            InputField field = input.get().field();
            double low = number(name + " low", parts[0], field, value);
            double likely = number(name + " likely", parts[1], field, value);
            double high = number(name + " high", parts[2], field, value);
            try {
                InputRange.of(input.get(), low, high).checkOrder(likely);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(name + " " + ModelWords.problem(e, Wording.ENGLISH) + " (in '"
                        + value + "')");
            }
            return new RangeFlag(input.get(), low, likely, high, value);
        }

        private static double number(String part, String text, InputField field, String value) {
            double number;
            try {
                number = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(part + " must be a number " + ModelWords.range(field, Wording.ENGLISH)
                        + "; got '" + text + "' (in '" + value + "')");
            }
            try {
                return field.check(number);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(part + " " + ModelWords.problem(e, Wording.ENGLISH) + " (in '"
                        + value + "')");
            }
        }
    }
}
