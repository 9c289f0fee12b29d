package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try {
                awaitFirstSave(child, output);
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

    private static void awaitFirstSave(Process child, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(output);
            if (text.contains(SaveLoop.STARTED)) {
                return;
            }
            if (!child.isAlive()) {
                fail("the saving JVM stopped before its first save: " + text);
            }
            Thread.sleep(10);
        }
        fail("the saving JVM did not save within 60 seconds");
    }
}
