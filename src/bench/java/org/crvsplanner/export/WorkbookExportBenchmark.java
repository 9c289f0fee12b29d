package org.crvsplanner.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A warm, in-process export of a 50-year plan that uses every feature (target: 150 ms or less):
 * to bytes in memory, and to a file through the atomic write, which adds an fsync.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@bench -Dbench.include=WorkbookExport}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkbookExportBenchmark {
    private WorkbookContent content;
    private Path folder;
    private Path target;

    @Setup(Level.Trial)
    public void plan() throws IOException {
        SizingInputs inputs = SizingInputs.builder()
                .population(40_000_000)
                .growthPercent(2.5)
                .horizonYears(50)
                .coverageStartPercent(30)
                .coverageFullYear(8)
                .otherEvents(List.of(EventType.of("marriage", 4.5, 2), EventType.of("divorce", 1.2)))
                .legacy(LegacyRecords.of(3_000_000, 1))
                .backup(BackupPolicy.retention(7))
                .includeDevelopment(true)
                .build();
        content = WorkbookContent.of(SizingPlan.of(inputs), "Fifty years", "Benchmark plan", LocalDate.of(2026, 11, 25),
                "bench");
        folder = Files.createTempDirectory("workbook-bench");
        target = folder.resolve("plan.xlsx");
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public byte[] toBytes() {
        return ProcurementWorkbook.toBytes(content);
    }

    @Benchmark
    public Path toFile() {
        ProcurementWorkbook.write(content, target);
        return target;
    }
}
