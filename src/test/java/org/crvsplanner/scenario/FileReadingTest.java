package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading opens the file once and never waits for ever on what it opened. */
class FileReadingTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    @DisplayName("a pipe that takes the file's place after the checks is refused, not waited on for ever")
    void pipeSwappedInIsNotWaitedOn() throws Exception {
        Path pipe = dir.resolve("plan.crvsplan");
        assumeThat(SystemCommand.run("mkfifo", pipe.toString())).as("needs mkfifo (Linux or macOS)").isTrue();
        // The open step, as it meets a pipe that was swapped in after the path was checked.
        ScenarioFileException refused = catchThrowableOfType(
                () -> FileReading.openWithin(pipe, pipe, Duration.ofSeconds(2)), ScenarioFileException.class);
        assertThat(refused.getMessage()).isEqualTo("Cannot open " + pipe + ": it did not open within 2 seconds: it is "
                + "not a regular file (a pipe?), or its disk does not answer");
        // The opener was set free rather than left blocked.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (openers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(openers()).as("threads still blocked opening").isZero();
    }

    @Test
    @DisplayName("a link is read through, once, as the file it names")
    void linkReadThrough() throws Exception {
        Path real = dir.resolve("real.crvsplan");
        ScenarioFiles.write(real, Samples.pilot());
        Path link = Files.createSymbolicLink(dir.resolve("link.crvsplan"), real);
        assertThat(ScenarioFiles.read(link)).isEqualTo(Samples.pilot());
        try (FileChannel channel = FileReading.openWithin(real, real, Duration.ofSeconds(1))) {
            assertThat(channel.size()).isEqualTo(Files.size(real));
        }
    }

    private static long openers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("scenario-open")).count();
    }
}
