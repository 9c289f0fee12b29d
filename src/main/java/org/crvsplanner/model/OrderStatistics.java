package org.crvsplanner.model;

import java.util.Arrays;

/**
 * Exact percentiles of many values without sorting them all: a histogram finds the bucket that
 * holds each wanted rank, and only that bucket's few values are sorted. Two passes over the
 * values instead of a sort of each year's 100,000 trials, which is what keeps a run within its
 * time (docs/PERFORMANCE.md).
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

    /** The 10th, 50th and 90th percentiles of {@code values[from, from + n)}, which are not changed. */
    static Quantiles percentiles(double[] values, int from, int n) {
        double[] at = select(values, from, n, new int[] {rank(10, n), rank(50, n), rank(90, n)});
        return new Quantiles(at[0], at[1], at[2]);
    }

    /**
     * The values of the given ascending 0-based ranks, as a full sort would give them.
     * Infinities are allowed; NaN is not.
     */
    static double[] select(double[] values, int from, int n, int[] ranks) {
        int to = from + n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] result = new double[ranks.length];
        if (min == max) {
            Arrays.fill(result, min);
            return result;
        }
        // Infinite ends (a disk never filled within the horizon) go into the end buckets.
        double low = Double.isInfinite(min) ? -Double.MAX_VALUE : min;
        double high = Double.isInfinite(max) ? Double.MAX_VALUE : max;
        int buckets = Math.max(1, Math.min(MOST_BUCKETS, n / VALUES_PER_BUCKET));
        double scale = buckets / (high - low);
        if (Double.isInfinite(scale) || Double.isNaN(scale) || scale == 0) {
            return sorted(values, from, n, ranks);
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
        // At most three buckets are wanted; gather their values in one pass.
        double[][] gathered = new double[ranks.length][];
        int[] filled = new int[ranks.length];
        for (int k = 0; k < ranks.length; k++) {
            int first = firstWith(bucketOf, k);
            gathered[k] = first == k ? new double[counts[bucketOf[k]]] : gathered[first];
        }
        for (int i = from; i < to; i++) {
            double v = values[i];
            int b = bucket(v, low, scale, buckets);
            for (int k = 0; k < ranks.length; k++) {
                if (bucketOf[k] == b) {
                    gathered[k][filled[k]++] = v;
                    break;
                }
            }
        }
        for (int k = 0; k < ranks.length; k++) {
            if (firstWith(bucketOf, k) == k) {
                Arrays.sort(gathered[k]);
            }
            result[k] = gathered[k][offset[k]];
        }
        return result;
    }

    private static int bucket(double v, double low, double scale, int buckets) {
        double position = (Math.max(v, low) - low) * scale;
        return position >= buckets ? buckets - 1 : (int) position;
    }

    private static int firstWith(int[] bucketOf, int k) {
        for (int j = 0; j < k; j++) {
            if (bucketOf[j] == bucketOf[k]) {
                return j;
            }
        }
        return k;
    }

    private static double[] sorted(double[] values, int from, int n, int[] ranks) {
        double[] copy = Arrays.copyOfRange(values, from, from + n);
        Arrays.sort(copy);
        double[] result = new double[ranks.length];
        for (int k = 0; k < ranks.length; k++) {
            result[k] = copy[ranks[k]];
        }
        return result;
    }
}
