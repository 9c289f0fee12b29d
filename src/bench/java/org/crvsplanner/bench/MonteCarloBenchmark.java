package org.crvsplanner.bench;

import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.MonteCarlo;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.Uncertainty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 100,000 trials of a 20-year projection with a range on each of the seven inputs that take one:
 * the draws, the projections and every year's percentiles. The target is at most 50 ms on this
 * machine's 2 cores (see docs/PERFORMANCE.md).
 *
 * <p>Run with {@code mvn -Pbench -DskipTests test-compile exec:exec@bench -Dbench.include=MonteCarloBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {
    private static final int TRIALS = 100_000;

    private SizingInputs likely;
    private InputRanges ranges;

    @Setup
    public void setUp() {
        likely = SizingInputs.defaults().toBuilder()
                .horizonYears(20)
                .growthPercent(2.5)
                .coverageStartPercent(40)
                .coverageFullYear(5)
                .build();
        ranges = InputRanges.of(
                InputRange.of(Inputs.POPULATION, 27e6, 34e6),
                InputRange.of(Inputs.CRUDE_BIRTH_RATE, 15, 20),
                InputRange.of(Inputs.CRUDE_DEATH_RATE, 6, 9),
                InputRange.of(Inputs.ATTACHMENTS_PER_RECORD, 2, 5),
                InputRange.of(Inputs.MB_PER_ATTACHMENT, 0.3, 0.8),
                InputRange.of(Inputs.GROWTH_PERCENT, 1.5, 3.5),
                InputRange.of(Inputs.COVERAGE_START_PERCENT, 20, 60));
    }

    /** Bands for every year of the horizon. */
    @Benchmark
    public Uncertainty bands() {
        return MonteCarlo.run(likely, ranges, TRIALS, 1);
    }

    /** The same plus the fill dates of a 20 TB disk at 50%, 70% and 100%. */
    @Benchmark
    public Uncertainty bandsAndFillDates() {
        return MonteCarlo.run(likely, ranges, TRIALS, 1, OptionalDouble.of(20_000));
    }
}
