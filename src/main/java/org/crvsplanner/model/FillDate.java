package org.crvsplanner.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * When the data on a disk of a given size reaches one share of it.
 *
 * @param thresholdPercent the share: 50 (OpenCRVS warns), 70 (it alerts) or 100 (full)
 * @param thresholdGb that share of the disk
 * @param monthsFromStart the first whole month after go-live by whose end the disk in use
 *        reaches the share, counted from 1; empty when that is beyond the planning horizon
 * @param range the same month over the trials of a Monte Carlo run, when ranges were given
 */
public record FillDate(int thresholdPercent, double thresholdGb, OptionalInt monthsFromStart,
        Optional<MonthRange> range) {

    /** The year of operation, counted from 1, that the month falls in. */
    public static int yearOf(int monthsFromStart) {
        return (monthsFromStart - 1) / FillDates.MONTHS_PER_YEAR + 1;
    }

    /** The month within its year, 1 to 12. */
    public static int monthOfYear(int monthsFromStart) {
        return (monthsFromStart - 1) % FillDates.MONTHS_PER_YEAR + 1;
    }

    /**
     * The fill month's percentiles over the trials; each is empty when that share of the trials
     * does not reach the threshold within the horizon. P10 is the early date: one trial in ten
     * fills the disk that soon or sooner.
     */
    public record MonthRange(OptionalInt p10, OptionalInt p50, OptionalInt p90) {
    }
}
