package org.crvsplanner.model;

import java.util.Arrays;

/**
 * Exact percentiles of many values without sorting them all: a histogram finds the bucket that
 * holds each wanted rank, and only that bucket's few values are sorted. Two passes over the
 * values (three when their range is not known) instead of a sort of each year's 100,000 trials,
 * which is what keeps a run within its time (docs/PERFORMANCE.md). It gives the trial at each
 * rank, not only its value, so that a run can report that trial's exact figures.
 *
 * <p>A sorted sample bracketing each rank, then one pass, was tried too: its pass branches
 * unpredictably at the median and gathers a tenth of the values, and measured four times slower.
 */
final class OrderStatistics {
    private static final int MOST_BUCKETS = 4096;
    private static final int VALUES_PER_BUCKET = 16;

    private OrderStatistics() {
    }

    /** The 0-based rank of the {@code percent}th percentile of {@code n} values, by nearest rank. */
    static int rank(int percent, int n) {
        long atLeast = ((long) percent * n + 99) / 100;
        return (int) Math.max(0, Math.min(n - 1, atLeast - 1));
    }

    /** The ranks of P10, P50 and P90 among {@code n} values. */
    static int[] deciles(int n) {
        return new int[] {rank(10, n), rank(50, n), rank(90, n)};
    }

    /** The 10th, 50th and 90th percentiles of {@code values[from, from + n)}, which are not changed. */
    static Quantiles percentiles(double[] values, int from, int n) {
        int[] at = trialsAt(values, from, n, deciles(n));
        return new Quantiles(values[from + at[0]], values[from + at[1]], values[from + at[2]]);
    }

    /**
     * For each of the given ascending 0-based ranks, a position (counted from {@code from}) whose
     * value a full sort would put at that rank. Infinities are allowed; NaN is not.
     */
    static int[] trialsAt(double[] values, int from, int n, int[] ranks) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from, to = from + n; i < to; i++) {
            double v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return trialsAt(values, from, n, ranks, min, max);
    }

    /** Like {@link #trialsAt(double[], int, int, int[])} when the smallest and largest value are known. */
    static int[] trialsAt(double[] values, int from, int n, int[] ranks, double min, double max) {
        int to = from + n;
        int[] result = new int[ranks.length];
        if (min == max) {
            return result;
        }
        // Infinite ends (a disk never filled within the horizon) go into the end buckets.
        double low = Double.isInfinite(min) ? -Double.MAX_VALUE : min;
        double high = Double.isInfinite(max) ? Double.MAX_VALUE : max;
        int buckets = Math.max(1, Math.min(MOST_BUCKETS, n / VALUES_PER_BUCKET));
        double scale = buckets / (high - low);
        if (Double.isInfinite(scale) || Double.isNaN(scale) || scale == 0) {
            scale = 0;
            buckets = 1;
        }
        int[] counts = new int[buckets];
        for (int i = from; i < to; i++) {
            counts[bucket(values[i], low, scale, buckets)]++;
        }
        int[] bucketOf = new int[ranks.length];
        int[] offset = new int[ranks.length];
        int r = 0;
        int before = 0;
        for (int b = 0; b < buckets && r < ranks.length; b++) {
            while (r < ranks.length && ranks[r] < before + counts[b]) {
                bucketOf[r] = b;
                offset[r] = ranks[r] - before;
                r++;
            }
            before += counts[b];
        }
        // Few buckets are wanted; gather their values and positions in one pass. A bucket's group
        // is looked up in a table, so that the pass takes one predictable branch per value.
        int[] first = new int[ranks.length];
        int[] groupOf = new int[buckets];
        double[][] gathered = new double[ranks.length][];
        int[][] positions = new int[ranks.length][];
        int[] filled = new int[ranks.length];
        for (int k = 0; k < ranks.length; k++) {
            first[k] = firstWith(bucketOf, k);
            if (first[k] == k) {
                gathered[k] = new double[counts[bucketOf[k]]];
                positions[k] = new int[counts[bucketOf[k]]];
                groupOf[bucketOf[k]] = k + 1;
            }
        }
        for (int i = from; i < to; i++) {
            double v = values[i];
            int group = groupOf[bucket(v, low, scale, buckets)];
            if (group != 0) {
                int j = group - 1;
                gathered[j][filled[j]] = v;
                positions[j][filled[j]++] = i - from;
            }
        }
        for (int k = 0; k < ranks.length; k++) {
            int j = first[k];
            double[] sorted = gathered[j].clone();
            Arrays.sort(sorted);
            double wanted = sorted[offset[k]];
            int p = 0;
            while (Double.compare(gathered[j][p], wanted) != 0) {
                p++;
            }
            result[k] = positions[j][p];
        }
        return result;
    }

    /** Values at or below {@code low} go into the first bucket, those at the top into the last. */
    private static int bucket(double v, double low, double scale, int buckets) {
        int position = (int) ((v - low) * scale);
        return position < 0 ? 0 : position >= buckets ? buckets - 1 : position;
    }

    private static int firstWith(int[] bucketOf, int k) {
        for (int j = 0; j < k; j++) {
            if (bucketOf[j] == bucketOf[k]) {
                return j;
            }
        }
        return k;
    }
}
