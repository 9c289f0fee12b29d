package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("Order statistics")
class OrderStatisticsTest {

    @Property
    @Label("the selected percentiles are those of a full sort, by nearest rank")
    void sameAsASort(@ForAll("values") double[] values, @ForAll @IntRange(min = 0, max = 5) int offset) {
        double[] padded = new double[values.length + offset + 3];
        Arrays.fill(padded, -7);
        System.arraycopy(values, 0, padded, offset, values.length);
        double[] before = padded.clone();

        Quantiles q = OrderStatistics.percentiles(padded, offset, values.length);

        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        assertThat(q.p10()).isEqualTo(sorted[(int) Math.ceil(0.1 * n) - 1]);
        assertThat(q.p50()).isEqualTo(sorted[(int) Math.ceil(0.5 * n) - 1]);
        assertThat(q.p90()).isEqualTo(sorted[(int) Math.ceil(0.9 * n) - 1]);
        assertThat(padded).as("the values are left as they were").isEqualTo(before);
    }

    @Property
    @Label("the rank is the nearest rank: the first value with at least that share at or below it")
    void nearestRank(@ForAll @IntRange(min = 1, max = 99) int percent, @ForAll @IntRange(min = 1, max = 1_000_000) int n) {
        int rank = OrderStatistics.rank(percent, n);
        assertThat((rank + 1) * 100L).isGreaterThanOrEqualTo((long) percent * n);
        assertThat(rank * 100L).isLessThan((long) percent * n);
    }

    /** Lengths from 1 to 20,000; ties, clusters, far outliers and infinities. */
    @Provide
    Arbitrary<double[]> values() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(0, 1).map(v -> Math.floor(v * 20)),
                Arbitraries.of(1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                        Double.MIN_VALUE, 601.0));
        return Arbitraries.oneOf(value.array(double[].class).ofMinSize(1).ofMaxSize(50),
                value.array(double[].class).ofMinSize(1).ofMaxSize(20_000));
    }
}
