package org.crvsplanner.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 50-year projection: the cost of re-planning while a slider is dragged. The target is at
 * most 1 µs per plan (see docs/PERFORMANCE.md).
 *
 * <p>Run with {@code mvn -Pbench -DskipTests test-compile exec:exec@bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProjectionBenchmark {

    private SizingInputs plain;
    private SizingInputs withEventsAndLegacy;
    private SizingInputs v21;

    @Setup
    public void setUp() {
        plain = SizingInputs.defaults().toBuilder()
                .horizonYears(50)
                .growthPercent(2.5)
                .build();
        withEventsAndLegacy = plain.toBuilder()
                .otherEvents(List.of(EventType.of("marriage", 6.5, 2), EventType.of("divorce", 1.2)))
                .legacy(LegacyRecords.of(5_000_000, 1))
                .build();
        // Every part of the newest formula: overhead, rounding, monitoring, logs and headroom.
        v21 = plain.withDocsVersion(DocsVersion.V2_1).toBuilder().diskEncryption(true).build();
    }

    /** The defaults over 50 years at 2.5% growth. */
    @Benchmark
    public SizingPlan fiftyYears() {
        return SizingEngine.plan(plain);
    }

    /** The defaults under v2.1's rules, monitoring kept here and the disk encrypted. */
    @Benchmark
    public SizingPlan fiftyYearsV21() {
        return SizingEngine.plan(v21);
    }

    /** The same with two other event types and 5 million legacy records. */
    @Benchmark
    public SizingPlan fiftyYearsWithEventsAndLegacy() {
        return SizingEngine.plan(withEventsAndLegacy);
    }
}
