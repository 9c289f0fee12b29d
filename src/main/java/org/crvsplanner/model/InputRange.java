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

    /**
     * @throws InvalidInputException naming this input, when {@code likely} is not between low
     *         and high
     */
    public void checkOrder(double likely) {
        if (!(low <= likely && likely <= high)) {
            throw InvalidInputException.of(input.field(), InvalidInputException.Problem.RANGE_ORDER, low, likely, high);
        }
    }

    /**
     * The likely inputs with this input at {@code end}, one of its ends.
     *
     * @throws InvalidInputException when that breaks a rule between inputs, naming the input
     *         whose rule it is (a year-1 coverage below 100% makes the full-coverage year wrong)
     */
    public SizingInputs at(SizingInputs likely, double end) {
        SizingInputs.Builder builder = likely.toBuilder();
        input.set(builder, end);
        return builder.build();
    }

    /** Whether low, likely and high are all the same value, so the input does not vary. */
    public boolean isPoint(double likely) {
        return low == likely && likely == high;
    }
}
