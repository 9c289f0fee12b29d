package org.crvsplanner.model;

/**
 * The 10th, 50th and 90th percentiles of a figure over the trials: a share of 10%, 50% and 90% of
 * the trials gave that value or less (the nearest-rank definition, so each is a value one trial
 * actually gave).
 */
public record Quantiles(double p10, double p50, double p90) {

    /** All three the same value, as when nothing varies. */
    public static Quantiles of(double value) {
        return new Quantiles(value, value, value);
    }
}
