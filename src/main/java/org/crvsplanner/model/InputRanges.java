package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
            range.checkOrder(range.input().get(likely));
            range.at(likely, range.low());
            range.at(likely, range.high());
        }
        return likely;
    }

    /**
     * These ranges made to fit new likely values, for when a planner moves an input past one of
     * its ends: the range stretches to the new value, keeping the planner's other end. A range
     * whose ends no longer fit the other inputs (a year-1 coverage below 100% once the ramp is
     * gone) is dropped, as it could not be drawn from.
     */
    public InputRanges fitTo(SizingInputs likely) {
        List<InputRange> fitted = new ArrayList<>(ranges.size());
        for (InputRange range : ranges) {
            double value = range.input().get(likely);
            InputRange stretched = InputRange.of(range.input(), Math.min(range.low(), value),
                    Math.max(range.high(), value));
            try {
                stretched.at(likely, stretched.low());
                stretched.at(likely, stretched.high());
                fitted.add(stretched);
            } catch (InvalidInputException e) {
                // Dropped: see above.
            }
        }
        return fitted.equals(ranges) ? this : new InputRanges(fitted);
    }
}
