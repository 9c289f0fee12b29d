package org.crvsplanner.countrydata;

import java.util.Arrays;
import java.util.OptionalDouble;

import org.crvsplanner.model.Projection;

/** One figure of one country, year by year; years without a figure are empty. */
final class YearSeries {
    private static final int FIRST = Projection.EARLIEST_YEAR;
    private static final int LAST = Projection.LATEST_YEAR;

    private double[] values = new double[0];

    /** Whether {@code year} can be held: the years a projection may start in. */
    static boolean holds(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** @return false when the year already had a figure */
    boolean put(int year, double value) {
        int index = year - FIRST;
        if (index >= values.length) {
            int length = Math.min(LAST - FIRST + 1, Math.max(index + 1, values.length * 2));
            int old = values.length;
            values = Arrays.copyOf(values, length);
            Arrays.fill(values, old, length, Double.NaN);
        }
        boolean fresh = Double.isNaN(values[index]);
        values[index] = value;
        return fresh;
    }

    OptionalDouble get(int year) {
        int index = year - FIRST;
        if (index < 0 || index >= values.length || Double.isNaN(values[index])) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(values[index]);
    }

    boolean has(int year) {
        return get(year).isPresent();
    }

    /** The years with a figure, oldest first. */
    int[] years() {
        int[] years = new int[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                years[n++] = FIRST + i;
            }
        }
        return Arrays.copyOf(years, n);
    }
}
