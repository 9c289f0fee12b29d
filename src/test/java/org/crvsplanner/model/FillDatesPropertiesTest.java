package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

@Label("Fill dates")
class FillDatesPropertiesTest {

    @Property(tries = 3000)
    @Label("the month found from a guess is the first month by the definition, month by month")
    void sameAsTryingEveryMonth(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0, max = 5000) Double> added,
            @ForAll @DoubleRange(min = 0, max = 1000) double os, @ForAll @DoubleRange(min = 0, max = 100_000) double threshold) {
        double[] data = new double[added.size()];
        double sum = 0;
        for (int i = 0; i < data.length; i++) {
            // Some years add nothing, as a shrinking or tiny population can.
            sum += added.get(i) < 500 ? 0 : added.get(i);
            data[i] = sum;
        }
        assertThat(FillDates.month(data, data.length, os, threshold)).isEqualTo(everyMonth(data, os, threshold));
    }

    /** The definition: the end of month k of year y holds the years before and k twelfths of year y. */
    private static int everyMonth(double[] data, double os, double threshold) {
        double before = 0;
        for (int y = 0; y < data.length; y++) {
            double added = data[y] - before;
            for (int k = 1; k <= 12; k++) {
                double inUse = k == 12 ? os + data[y] : os + (before + added * k / 12);
                if (inUse >= threshold) {
                    return y * 12 + k;
                }
            }
            before = data[y];
        }
        return FillDates.NOT_WITHIN;
    }
}
