package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a Monte Carlo run found: each year's figures as percentiles over the trials and, when a
 * disk size was given, the percentiles of its fill dates. The same inputs, ranges, trials and
 * seed always give the same result.
 *
 * @param trials how many sets of inputs were drawn
 * @param seed the seed the draws start from
 * @param years one band per year of the horizon
 * @param fillDates the month ranges of {@link FillDates#THRESHOLDS}, or empty without a disk size
 */
public record Uncertainty(int trials, long seed, List<YearBand> years, List<FillDate.MonthRange> fillDates) {

    public Uncertainty {
        years = List.copyOf(requireNonNull(years, "years"));
        fillDates = List.copyOf(requireNonNull(fillDates, "fillDates"));
    }

    public YearBand horizonYear() {
        return years.get(years.size() - 1);
    }
}
