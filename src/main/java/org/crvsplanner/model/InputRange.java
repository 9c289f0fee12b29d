package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

/**
 * A planner's low and high estimate of one input, around its likely value, which is the input's
 * own value in {@link SizingInputs}. Keeping the likely value there, and only there, means the
 * point figures and the bands can never disagree about it.
 *
 * @param input one of {@link Inputs#WITH_RANGES}
 * @param low the lowest value the planner thinks credible, within the input's own range
 * @param high the highest, within the input's own range
 */
public record InputRange(NumberInput input, double low, double high) {

    /**
     * @throws IllegalArgumentException when {@code input} does not take a range (a programming
     *         error: front ends look inputs up in {@link Inputs#withRangeKey(String)})
     * @throws InvalidInputException when low or high is outside the input's own range
     */
    public InputRange {
        requireNonNull(input, "input");
        if (!Inputs.WITH_RANGES.contains(input)) {
            throw new IllegalArgumentException(input.key() + " does not take a range");
        }
        input.field().check(low);
        input.field().check(high);
    }

    public static InputRange of(NumberInput input, double low, double high) {
        return new InputRange(input, low, high);
    }

    /** Whether low, likely and high are all the same value, so the input does not vary. */
    public boolean isPoint(double likely) {
        return low == likely && likely == high;
    }
}
