package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is saving, at random moments, and checks the file is always whole. */
class AtomicSaveKillTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a JVM killed at random moments during repeated saves always leaves a whole, readable file")
    void killDuringSaves() throws Exception {
        Path target = dir.resolve("plan.crvsplan");
        Random random = new Random(4L);
        for (int kill = 0; kill < KILLS; kill++) {
            Path output = dir.resolve("child-" + kill + ".txt");
            Process child = startChild(SaveLoop.class, target, output);
            try {
                await(child, output, SaveLoop.STARTED);
                Thread.sleep(random.nextInt(300));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends after the kill").isTrue();
            }
            Scenario read = ScenarioFiles.read(target);
            assertThat(read).as("after kill %d the file holds one save, whole", kill)
                    .isEqualTo(SaveLoop.save(SaveLoop.number(read)));
        }
    }

    @Test
    @DisplayName("the temporary file a kill leaves is removed by a later save there, never while its save is alive")
    void killLeavesNothingForLong() throws Exception {
        Path target = dir.resolve("plan.crvsplan");
        Path output = dir.resolve("child.txt");
        Process child = startChild(HangingSave.class, target, output);
        try {
            await(child, output, HangingSave.WRITING);
            Path leftover = temporaryFiles().get(0);
            // Old enough to be stale, but its save is alive and holds it: it stays.
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(TemporaryFiles.STALE).minusSeconds(5)));
            ScenarioFiles.write(target, SaveLoop.save(1));
            assertThat(temporaryFiles()).containsExactly(leftover);

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends after the kill").isTrue();
            assertThat(temporaryFiles()).as("a kill leaves the temporary file").containsExactly(leftover);
            ScenarioFiles.write(target, SaveLoop.save(2));
            assertThat(temporaryFiles()).as("the next save removes it").isEmpty();
            assertThat(ScenarioFiles.read(target)).isEqualTo(SaveLoop.save(2));
        } finally {
            child.destroyForcibly();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(TemporaryFiles.SUFFIX)).toList();
        }
    }

    /** A JVM running {@code main} on the target, writing what it says to {@code output}. */
    private static Process startChild(Class<?> main, Path target, Path output) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName(), target.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** Waits until the child has said {@code line}. */
    private static void await(Process child, Path output, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(output);
            if (text.contains(line)) {
                return;
            }
            if (!child.isAlive()) {
                fail("the child stopped early: " + text);
            }
            Thread.sleep(10);
        }
        fail("the child did not get to '" + line + "' within 60 seconds");
    }
}
