package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that cannot happen says why and changes nothing. */
class AtomicSaveFailureTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a read-only file is left as it was, with a clear message")
    void readOnlyFile() throws Exception {
        Path file = savedPilot();
        byte[] before = Files.readAllBytes(file);
        ReadOnly readOnly = ReadOnly.make(file);
        try {
            assertThatThrownBy(() -> ScenarioFiles.write(file, Samples.pilot().withName("changed")))
                    .isInstanceOf(FileProblem.class)
                    .hasMessage("Cannot use " + file + ": the file is read-only");
        } finally {
            readOnly.undo();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    @DisplayName("in a read-only folder the old file stays whole and no temporary file is left")
    void readOnlyFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path file = folder.resolve("plan.crvsplan");
        ScenarioFiles.write(file, Samples.pilot());
        byte[] before = Files.readAllBytes(file);
        ReadOnly readOnly = ReadOnly.make(folder);
        try {
            assertThatThrownBy(() -> ScenarioFiles.write(file, Samples.pilot().withName("changed")))
                    .isInstanceOf(FileProblem.class)
                    .hasMessageStartingWith("Cannot use " + file + ": permission denied");
        } finally {
            readOnly.undo();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    @DisplayName("a folder in place of the file, or a folder that does not exist, is named as such")
    void wrongPaths() {
        Path folder = dir.resolve("plans");
        assertThatThrownBy(() -> ScenarioFiles.write(dir, Samples.pilot()))
                .isInstanceOf(FileProblem.class)
                .hasMessage("Cannot use " + dir + ": it is a folder, not a file");
        assertThatThrownBy(() -> ScenarioFiles.write(folder.resolve("plan.crvsplan"), Samples.pilot()))
                .isInstanceOf(FileProblem.class)
                .hasMessage("Cannot use " + folder.resolve("plan.crvsplan") + ": the folder " + folder
                        + " does not exist");
    }

    @Test
    @DisplayName("a write that fails half-way (a full disk) leaves the old file and no temporary file")
    void failsHalfWay() throws Exception {
        Path file = savedPilot();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).isInstanceOf(FileProblem.class).hasMessage("Cannot use " + file + ": the disk is full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    private Path savedPilot() {
        Path file = dir.resolve("plan.crvsplan");
        ScenarioFiles.write(file, Samples.pilot());
        return file;
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /**
     * Makes a path read-only for the test user. Permissions do that for ordinary users; root
     * ignores them, so as root the immutable attribute (chattr +i) is used when the file system
     * and the container allow it. Otherwise the test is skipped, saying why.
     */
    private static final class ReadOnly {
        private final Path path;
        private final boolean immutable;

        private ReadOnly(Path path, boolean immutable) {
            this.path = path;
            this.immutable = immutable;
        }

        static ReadOnly make(Path path) throws IOException {
            if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
                if (!Files.isWritable(path)) {
                    return new ReadOnly(path, false);
                }
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            boolean immutable = SystemCommand.run("chattr", "+i", path.toString()) && !Files.isWritable(path);
            assumeThat(immutable).as("permissions do not stop this user (root) and chattr +i is not available "
                    + "here, so there is no honest way to make %s read-only", path).isTrue();
            return new ReadOnly(path, true);
        }

        /** Makes the path writable again, so the temporary folder can be deleted. */
        void undo() throws IOException {
            if (immutable) {
                assertThat(SystemCommand.run("chattr", "-i", path.toString())).as("chattr -i " + path).isTrue();
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
