package org.crvsplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Draws the inputs that have a range many times, each from its triangular distribution
 * (low, likely, high) and independently of the others, projects every draw with the rule set's
 * {@link Projection}, and reads each year's percentiles.
 *
 * <p>The trials are cut into a fixed number of chunks, each with its own random stream split
 * from the seed in chunk order, and the chunks run on the common fork-join pool. Which thread
 * runs a chunk, and when, changes nothing: the same seed gives the same result on one core or
 * many.
 */
public final class MonteCarlo {
    public static final int DEFAULT_TRIALS = 10_000;
    public static final int MIN_TRIALS = 100;
    /** Each trial keeps two figures per year: 100,000 trials of 50 years take 80 MB. */
    public static final int MAX_TRIALS = 100_000;
    public static final long DEFAULT_SEED = 1;

    /** More chunks than cores, so that a core that falls behind does not hold the run back. */
    private static final int CHUNKS = 16;

    private MonteCarlo() {
    }

    /** Whether {@code trials} is a trial count a run accepts. */
    public static boolean isTrialCount(long trials) {
        return trials >= MIN_TRIALS && trials <= MAX_TRIALS;
    }

    /** A run without a disk size, so without fill dates. */
    public static Uncertainty run(SizingInputs likely, InputRanges ranges, int trials, long seed) {
        return run(likely, ranges, trials, seed, OptionalDouble.empty());
    }

    /**
     * @param likely the inputs as the planner set them; each range's likely value is the input's
     * @param diskGb a disk size whose fill dates to find over the trials, or empty
     * @throws InvalidInputException when a range does not fit its likely value
     * @throws IllegalArgumentException when the trial count or the disk size is outside what
     *         {@link #isTrialCount} and {@link FillDates#isDiskSize} accept
     */
    public static Uncertainty run(SizingInputs likely, InputRanges ranges, int trials, long seed,
            OptionalDouble diskGb) {
        ranges.check(likely);
        if (!isTrialCount(trials)) {
            throw new IllegalArgumentException("trials must be between " + MIN_TRIALS + " and " + MAX_TRIALS
                    + "; got " + trials);
        }
        if (diskGb.isPresent() && !FillDates.isDiskSize(diskGb.getAsDouble())) {
            throw new IllegalArgumentException("disk size out of range: " + diskGb.getAsDouble());
        }
        Run run = new Run(Projection.of(likely), Draws.of(likely, ranges), trials, likely.osReserveGb(),
                thresholds(diskGb));
        SplittableRandom seeds = new SplittableRandom(seed);
        int chunks = Math.min(CHUNKS, trials);
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = seeds.split();
        }
        IntStream.range(0, chunks).parallel().forEach(c -> run.simulate(streams[c],
                (int) ((long) trials * c / chunks), (int) ((long) trials * (c + 1) / chunks)));
        return run.result(seed);
    }

    private static double[] thresholds(OptionalDouble diskGb) {
        if (diskGb.isEmpty()) {
            return new double[0];
        }
        return FillDates.THRESHOLDS.stream().mapToDouble(p -> FillDates.thresholdGb(diskGb.getAsDouble(), p))
                .toArray();
    }

    /** The drawn inputs: their slots in {@link Inputs#WITH_RANGES}, lows, highs, and every likely value. */
    private record Draws(int[] slots, double[] low, double[] high, double[] likely) {
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

    /** One run's figures, a column of trials per year (and per threshold), filled chunk by chunk. */
    private static final class Run {
        private final Projection projection;
        private final Draws draws;
        private final int trials;
        private final int years;
        private final double osReserveGb;
        private final double[] thresholds;
        private final double[] dataGb;
        private final double[] records;
        private final double[] months;
        /** A fill month beyond any within the horizon stands for "not within the horizon". */
        private final double beyond;

        Run(Projection projection, Draws draws, int trials, double osReserveGb, double[] thresholds) {
            this.projection = projection;
            this.draws = draws;
            this.trials = trials;
            this.years = projection.years();
            this.osReserveGb = osReserveGb;
            this.thresholds = thresholds;
            this.dataGb = new double[years * trials];
            this.records = new double[years * trials];
            this.months = new double[thresholds.length * trials];
            this.beyond = years * FillDates.MONTHS_PER_YEAR + 1;
        }

        void simulate(SplittableRandom random, int from, int to) {
            int[] slots = draws.slots();
            double[] low = draws.low();
            double[] high = draws.high();
            double[] likely = draws.likely();
            double[] drawn = likely.clone();
            double[] yearData = new double[years];
            double[] yearRecords = new double[years];
            for (int t = from; t < to; t++) {
                for (int k = 0; k < slots.length; k++) {
                    int s = slots[k];
                    drawn[s] = Triangular.quantile(low[k], likely[s], high[k], random.nextDouble());
                }
                projection.project(drawn, yearData, yearRecords);
                for (int y = 0, at = t; y < years; y++, at += trials) {
                    dataGb[at] = yearData[y];
                    records[at] = yearRecords[y];
                }
                for (int i = 0; i < thresholds.length; i++) {
                    int month = FillDates.month(yearData, years, osReserveGb, thresholds[i]);
                    months[i * trials + t] = month == FillDates.NOT_WITHIN ? beyond : month;
                }
            }
        }

        Uncertainty result(long seed) {
            int columns = 2 * years + thresholds.length;
            Quantiles[] found = new Quantiles[columns];
            IntStream.range(0, columns).parallel().forEach(c -> found[c] = column(c));
            List<YearBand> bands = new ArrayList<>(years);
            for (int y = 0; y < years; y++) {
                Quantiles data = found[y];
                Quantiles application = map(data, projection::applicationDiskGb);
                Quantiles backup = map(data, projection::backupDiskGb);
                bands.add(new YearBand(y + 1, found[years + y], application,
                        map(application, projection::provisionedGb), backup, map(backup, projection::provisionedGb)));
            }
            List<FillDate.MonthRange> fill = new ArrayList<>(thresholds.length);
            for (int i = 0; i < thresholds.length; i++) {
                Quantiles q = found[2 * years + i];
                fill.add(new FillDate.MonthRange(month(q.p10()), month(q.p50()), month(q.p90())));
            }
            return new Uncertainty(trials, seed, bands, fill);
        }

        private Quantiles column(int c) {
            if (c < years) {
                return OrderStatistics.percentiles(dataGb, c * trials, trials);
            }
            if (c < 2 * years) {
                return OrderStatistics.percentiles(records, (c - years) * trials, trials);
            }
            return OrderStatistics.percentiles(months, (c - 2 * years) * trials, trials);
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
    }
}
