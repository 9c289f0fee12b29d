package org.crvsplanner.model;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws the inputs that have a range many times, each from its triangular distribution
 * (low, likely, high) and independently of the others, projects every draw with the rule set's
 * {@link TrialProjection}, and reads each year's percentiles ({@link TrialRun} holds one run).
 *
 * <p>The trials are cut into a fixed number of chunks, each with its own random stream split
 * from the seed in chunk order, and the chunks run on the common fork-join pool. Which thread
 * runs a chunk, and when, changes nothing: the same seed gives the same result on one core or
 * many.
 */
public final class MonteCarlo {
    public static final int DEFAULT_TRIALS = 10_000;
    public static final int MIN_TRIALS = 100;
    /** Each trial keeps two figures per year and its drawn values: 100,000 trials of 50 years take 86 MB. */
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
        TrialRun run = new TrialRun(TrialProjection.of(likely), TrialRun.Draws.of(likely, ranges), trials,
                likely.osReserveGb(), thresholds(diskGb));
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
}
