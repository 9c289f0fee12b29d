package org.crvsplanner.model;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * One run's figures, a column of trials per year (and per threshold), filled chunk by chunk
 * with the projection's estimates; the drawn values are kept so that the trials a percentile
 * picks can be projected again exactly.
 */
final class TrialRun {
    /** Trials projected together, then copied to the columns. */
    private static final int BATCH = 64;
    private static final AtomicReference<SoftReference<double[][]>> SPARE = new AtomicReference<>();

    private final TrialProjection projection;
    private final Draws draws;
    private final int trials;
    private final int years;
    private final double osReserveGb;
    private final double[] thresholds;
    private final double[] drawn;
    private final double[] dataGb;
    private final double[] records;
    private final double[] months;
    /** A fill month beyond any within the horizon stands for "not within the horizon". */
    private final double beyond;
    private final Map<Integer, double[][]> exact = new HashMap<>();
    /** Each column's smallest and largest value, which spares the percentiles a pass. */
    private final double[] lowest;
    private final double[] highest;

    TrialRun(TrialProjection projection, Draws draws, int trials, double osReserveGb, double[] thresholds) {
        this.projection = projection;
        this.draws = draws;
        this.trials = trials;
        this.years = projection.years();
        this.osReserveGb = osReserveGb;
        this.thresholds = thresholds;
        double[][] spare = takeSpare();
        this.drawn = fit(spare[0], draws.slots().length * trials);
        this.dataGb = fit(spare[1], years * trials);
        this.records = fit(spare[2], years * trials);
        this.months = fit(spare[3], thresholds.length * trials);
        this.beyond = years * FillDates.MONTHS_PER_YEAR + 1;
        int columns = 2 * years + thresholds.length;
        this.lowest = new double[columns];
        this.highest = new double[columns];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    }

    void simulate(SplittableRandom random, int from, int to) {
        int[] slots = draws.slots();
        double[] lows = draws.low();
        double[] highs = draws.high();
        double[] likely = draws.likely();
        // A batch of trials is projected year by year across the batch, and each year's figures
        // are copied to their column in one run.
        double[][] values = new double[likely.length][BATCH];
        for (int s = 0; s < likely.length; s++) {
            Arrays.fill(values[s], likely[s]);
        }
        double[][] data = new double[years][BATCH];
        double[][] counts = new double[years][BATCH];
        double[] yearData = new double[years];
        double[][] filling = new double[thresholds.length][BATCH];
        int columns = lowest.length;
        double[] low = lowest.clone();
        double[] high = highest.clone();
        for (int start = from; start < to; start += BATCH) {
            int size = Math.min(BATCH, to - start);
            for (int j = 0; j < size; j++) {
                for (int k = 0; k < slots.length; k++) {
                    int s = slots[k];
                    values[s][j] = Triangular.quantile(lows[k], likely[s], highs[k], random.nextDouble());
                }
            }
            for (int k = 0; k < slots.length; k++) {
                System.arraycopy(values[slots[k]], 0, drawn, k * trials + start, size);
            }
            projection.estimate(values, size, data, counts);
            if (thresholds.length > 0) {
                fillMonths(data, size, filling);
            }
            for (int c = 0; c < columns; c++) {
                double[] run = c < years ? data[c] : c < 2 * years ? counts[c - years] : filling[c - 2 * years];
                double min = low[c];
                double max = high[c];
                for (int j = 0; j < size; j++) {
                    min = Math.min(min, run[j]);
                    max = Math.max(max, run[j]);
                }
                low[c] = min;
                high[c] = max;
                System.arraycopy(run, 0, column(c), offset(c) + start, size);
            }
        }
        synchronized (this) {
            for (int c = 0; c < columns; c++) {
                lowest[c] = Math.min(lowest[c], low[c]);
                highest[c] = Math.max(highest[c], high[c]);
            }
        }
    }

    /**
     * Each trial's fill months, the thresholds in ascending order sharing one walk through the
     * years, as {@link FillDates#month} finds them one by one.
     */
    private void fillMonths(double[][] data, int size, double[][] filling) {
        for (int j = 0; j < size; j++) {
            int y = 0;
            double before = 0;
            for (int i = 0; i < thresholds.length; i++) {
                double threshold = thresholds[i];
                while (y < years && osReserveGb + data[y][j] < threshold) {
                    before = data[y][j];
                    y++;
                }
                filling[i][j] = y == years ? beyond
                        : y * FillDates.MONTHS_PER_YEAR + FillDates.monthWithin(before, data[y][j], osReserveGb, threshold);
            }
        }
    }

    private double month(double[] yearData, double threshold) {
        int month = FillDates.month(yearData, years, osReserveGb, threshold);
        return month == FillDates.NOT_WITHIN ? beyond : month;
    }

    /**
     * The columns of an earlier run, or none. A run writes every cell it reads, so old figures
     * never leak into a new run; reusing them spares the window's repeated runs allocating and
     * clearing tens of MB each time. Kept softly, so memory pressure can take them back.
     */
    private static double[][] takeSpare() {
        SoftReference<double[][]> spare = SPARE.getAndSet(null);
        double[][] columns = spare == null ? null : spare.get();
        return columns != null ? columns : new double[4][0];
    }

    private static double[] fit(double[] spare, int length) {
        return spare.length >= length ? spare : new double[length];
    }

    /** Hands the columns on to the next run, once this one has read them. */
    private void release() {
        SPARE.set(new SoftReference<>(new double[][] {drawn, dataGb, records, months}));
    }

    Uncertainty result(long seed) {
        try {
            return read(seed);
        } finally {
            release();
        }
    }

    private Uncertainty read(long seed) {
        int columns = 2 * years + thresholds.length;
        int[][] picked = new int[columns][];
        IntStream.range(0, columns).parallel().forEach(c -> picked[c] = OrderStatistics.trialsAt(column(c),
                offset(c), trials, OrderStatistics.deciles(trials), lowest[c], highest[c]));
        List<YearBand> bands = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            int year = y;
            Quantiles data = exactly(picked[y], figures -> figures[0][year]);
            Quantiles application = map(data, gb -> projection.applicationDiskGb(year + 1, gb));
            Quantiles backup = map(data, gb -> projection.backupDiskGb(year + 1, gb));
            bands.add(new YearBand(y + 1, exactly(picked[years + y], figures -> figures[1][year]), application,
                    map(application, projection::provisionedGb), backup, map(backup, projection::provisionedGb)));
        }
        List<FillDate.MonthRange> fill = new ArrayList<>(thresholds.length);
        for (int i = 0; i < thresholds.length; i++) {
            double threshold = thresholds[i];
            Quantiles q = exactly(picked[2 * years + i], figures -> month(figures[0], threshold));
            fill.add(new FillDate.MonthRange(month(q.p10()), month(q.p50()), month(q.p90())));
        }
        return new Uncertainty(trials, seed, bands, fill);
    }

    private double[] column(int c) {
        return c < years ? dataGb : c < 2 * years ? records : months;
    }

    private int offset(int c) {
        return (c < years ? c : c < 2 * years ? c - years : c - 2 * years) * trials;
    }

    /**
     * The exact figure of each picked trial. Ranks come from the estimates, so two trials a
     * rounding error apart could come out the wrong way round; a reader must never see P50
     * below P10 for that, so each percentile is at least the one before.
     */
    private Quantiles exactly(int[] trial, ToDoubleFunction<double[][]> figure) {
        double p10 = figure.applyAsDouble(exact(trial[0]));
        double p50 = Math.max(p10, figure.applyAsDouble(exact(trial[1])));
        double p90 = Math.max(p50, figure.applyAsDouble(exact(trial[2])));
        return new Quantiles(p10, p50, p90);
    }

    /** The trial's data and records per year, by the engine's own arithmetic. */
    private double[][] exact(int trial) {
        return exact.computeIfAbsent(trial, t -> {
            double[] values = draws.likely().clone();
            int[] slots = draws.slots();
            for (int k = 0; k < slots.length; k++) {
                values[slots[k]] = drawn[k * trials + t];
            }
            double[][] figures = new double[2][years];
            projection.project(values, figures[0], figures[1]);
            return figures;
        });
    }

    private OptionalInt month(double value) {
        return value >= beyond ? OptionalInt.empty() : OptionalInt.of((int) value);
    }

    /**
     * The disk figures grow with the data, so their percentiles are those of the data, mapped;
     * this keeps one column of figures per year instead of five.
     */
    private static Quantiles map(Quantiles q, DoubleUnaryOperator f) {
        return new Quantiles(f.applyAsDouble(q.p10()), f.applyAsDouble(q.p50()), f.applyAsDouble(q.p90()));
    }

    /** The drawn inputs: their slots in {@link Inputs#WITH_RANGES}, lows, highs, and every likely value. */
    record Draws(int[] slots, double[] low, double[] high, double[] likely) {
        static Draws of(SizingInputs in, InputRanges ranges) {
            List<NumberInput> inputs = Inputs.WITH_RANGES;
            double[] likely = new double[inputs.size()];
            for (int s = 0; s < likely.length; s++) {
                likely[s] = inputs.get(s).get(in);
            }
            List<InputRange> given = ranges.ranges();
            int[] slots = new int[given.size()];
            double[] low = new double[slots.length];
            double[] high = new double[slots.length];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = inputs.indexOf(given.get(k).input());
                low[k] = given.get(k).low();
                high[k] = given.get(k).high();
            }
            return new Draws(slots, low, high, likely);
        }
    }
}
