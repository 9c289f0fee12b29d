package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.InvalidInputException.Problem;

/**
 * The ranges a planner gave, at most one per input, in the order of {@link Inputs#WITH_RANGES}.
 * An input without a range keeps its likely value in every trial.
 */
public record InputRanges(List<InputRange> ranges) {
    public static final InputRanges NONE = new InputRanges(List.of());

    /** @throws IllegalArgumentException when an input has two ranges */
    public InputRanges {
        List<InputRange> sorted = new ArrayList<>(requireNonNull(ranges, "ranges"));
        sorted.sort(Comparator.comparingInt(r -> Inputs.WITH_RANGES.indexOf(r.input())));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).input() == sorted.get(i - 1).input()) {
                throw new IllegalArgumentException(sorted.get(i).input().key() + " has two ranges");
            }
        }
        ranges = List.copyOf(sorted);
    }

    public static InputRanges of(InputRange... ranges) {
        return new InputRanges(List.of(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public Optional<InputRange> of(NumberInput input) {
        for (InputRange range : ranges) {
            if (range.input() == input) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    /** These ranges with {@code range} in place of any other range of the same input. */
    public InputRanges with(InputRange range) {
        List<InputRange> copy = new ArrayList<>(ranges);
        copy.removeIf(r -> r.input() == range.input());
        copy.add(range);
        return new InputRanges(copy);
    }

    public InputRanges without(NumberInput input) {
        List<InputRange> copy = new ArrayList<>(ranges);
        copy.removeIf(r -> r.input() == input);
        return new InputRanges(copy);
    }

    /**
     * Checks the ranges against the likely values: low ≤ likely ≤ high for each, and the inputs
     * still valid as a whole with each input at its low and at its high (a year-1 coverage below
     * 100% needs a ramp, for instance).
     *
     * @return {@code likely}, for chaining
     * @throws InvalidInputException naming the first input whose range breaks a rule
     */
    public SizingInputs check(SizingInputs likely) {
        for (InputRange range : ranges) {
            double value = range.input().get(likely);
            if (!(range.low() <= value && value <= range.high())) {
                throw InvalidInputException.of(range.input().field(), Problem.RANGE_ORDER, range.low(), value,
                        range.high());
            }
            at(likely, range.input(), range.low());
            at(likely, range.input(), range.high());
        }
        return likely;
    }

    /** The likely inputs with one input set to {@code value}. */
    static SizingInputs at(SizingInputs likely, NumberInput input, double value) {
        SizingInputs.Builder builder = likely.toBuilder();
        input.set(builder, value);
        return builder.build();
    }
}
