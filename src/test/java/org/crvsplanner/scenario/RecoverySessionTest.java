package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of the planner side by side, and the leftovers of one that crashed. */
class RecoverySessionTest {
    @TempDir
    Path dir;
    private Path recovery;

    @BeforeEach
    void folder() {
        recovery = dir.resolve("recovery");
    }

    @Test
    @DisplayName("a running copy's snapshots are not leftovers to another copy, and survive its clean exit")
    void twoCopies() {
        RecoverySession first = RecoverySession.start(recovery);
        RecoverySession second = RecoverySession.start(recovery);
        first.store().save("a", Samples.pilot(), null);
        second.store().save("b", Samples.pilot().withName("second"), null);

        assertThat(second.leftovers()).isEmpty();
        assertThat(first.leftovers()).isEmpty();

        second.close();
        assertThat(second.folder()).doesNotExist();
        assertThat(first.store().list().snapshots()).extracting(RecoveryStore.Snapshot::id).containsExactly("a");
        first.close();
        assertThat(sessionFolders()).isEmpty();
    }

    @Test
    @DisplayName("the snapshots of a killed process are offered once, to one copy, and deleted when discarded")
    void killedProcess() throws Exception {
        Process child = startChild();
        try {
            RecoverySession running = RecoverySession.start(recovery);
            assertThat(running.leftovers()).as("the child still runs: its folder is not a leftover").isEmpty();

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<LeftoverSession> leftovers = running.leftovers();
            assertThat(leftovers).singleElement().satisfies(l -> assertThat(l.listing().snapshots())
                    .extracting(s -> s.scenario().name()).containsExactly(RecoveryChild.NAME));
            // A second session in this JVM stands for another copy; across processes the free
            // lock is what the first leftovers() call above already relied on.
            RecoverySession another = RecoverySession.start(recovery);
            assertThat(another.leftovers()).as("while one copy holds a leftover, no other copy sees it").isEmpty();

            leftovers.get(0).discard();
            assertThat(leftovers.get(0).folder()).doesNotExist();
            assertThat(another.leftovers()).isEmpty();
            another.close();
            running.close();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    @DisplayName("a released leftover is offered again at the next start; one without snapshots is deleted")
    void releaseAndEmpty() throws IOException {
        Path crashed = leftover("session-crashed");
        new RecoveryStore(crashed).save("x", Samples.pilot(), null);
        Path empty = leftover("session-empty");
        Files.writeString(empty.resolve(".x.crvsplan123.tmp"), "half a save");

        RecoverySession session = RecoverySession.start(recovery);
        List<LeftoverSession> found = session.leftovers();
        assertThat(found).extracting(LeftoverSession::folder).containsExactly(crashed);
        assertThat(empty).doesNotExist();
        found.get(0).release();

        assertThat(session.leftovers()).extracting(LeftoverSession::folder).containsExactly(crashed);
        session.close();
    }

    @Test
    @DisplayName("a folder whose owner file is missing, such as one still starting, is left alone")
    void noOwnerFile() throws IOException {
        Path starting = Files.createDirectories(recovery.resolve("session-starting"));
        RecoverySession session = RecoverySession.start(recovery);
        assertThat(session.leftovers()).isEmpty();
        assertThat(starting).exists();
        session.close();
    }

    private Path leftover(String name) throws IOException {
        Path folder = Files.createDirectories(recovery.resolve(name));
        Files.writeString(folder.resolve(RecoverySession.LOCK_FILE), "a process that crashed");
        return folder;
    }

    private List<Path> sessionFolders() {
        try (Stream<Path> files = Files.list(recovery)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Process startChild() throws IOException, InterruptedException {
        Path output = dir.resolve("child.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName(), recovery.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(output);
            if (text.contains(RecoveryChild.READY)) {
                return child;
            }
            if (!child.isAlive()) {
                fail("the child stopped before its snapshot: " + text);
            }
            Thread.sleep(10);
        }
        child.destroyForcibly();
        fail("the child did not save a snapshot within 60 seconds");
        return child;
    }
}
