package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save targets that are not an ordinary file in an ordinary folder. */
class HostileTargetsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a pipe is refused, not replaced by a regular file, and nothing is left beside it")
    void fifo() throws Exception {
        Path fifo = dir.resolve("plan.crvsplan");
        assumeThat(SystemCommand.run("mkfifo", fifo.toString())).as("needs mkfifo (Linux or macOS)").isTrue();
        assertThatThrownBy(() -> ScenarioFiles.write(fifo, Samples.pilot()))
                .isInstanceOf(FileProblem.class)
                .hasMessage("Cannot use " + fifo + ": it is not a regular file (a device or a pipe?); only regular "
                        + "files are replaced");
        assertThat(Files.readAttributes(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS).get("mode"))
                .as("still a pipe").matches(mode -> ((int) mode & 0170000) == 0010000);
        assertThat(filesIn(dir)).containsExactly(fifo);
    }

    @Test
    @DisplayName("a device node is refused, not replaced (as root, /dev/full would have been)")
    void deviceNode() throws Exception {
        Path device = dir.resolve("full");
        assumeThat(SystemCommand.run("mknod", device.toString(), "c", "1", "7"))
                .as("creating a device node needs root (CAP_MKNOD) and a file system that allows devices").isTrue();
        assertThatThrownBy(() -> AtomicFile.write(device, out -> out.write(1)))
                .isInstanceOf(FileProblem.class)
                .hasMessageEndingWith(": it is not a regular file (a device or a pipe?); only regular files are replaced");
        assertThatThrownBy(() -> AtomicFile.checkTarget(device)).isInstanceOf(FileProblem.class);
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(filesIn(dir)).containsExactly(device);
    }

    @Test
    @DisplayName("a link to nothing is refused, and its target is not created")
    void danglingLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("plan.crvsplan"), Path.of("nowhere.crvsplan"));
        assertThatThrownBy(() -> ScenarioFiles.write(link, Samples.pilot()))
                .isInstanceOf(FileProblem.class)
                .hasMessage("Cannot use " + link + ": it is a link to nowhere.crvsplan, which does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(filesIn(dir)).containsExactly(link);
    }

    @Test
    @DisplayName("a link to a file is written through: the link stays, the file it names gets the content")
    void linkIsWrittenThrough() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path real = Files.writeString(folder.resolve("real.crvsplan"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("plan.crvsplan"), real);
        ScenarioFiles.write(link, Samples.pilot());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(ScenarioFiles.read(real)).isEqualTo(Samples.pilot());
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(folder, link);
        assertThat(filesIn(folder)).containsExactly(real);
    }

    @Test
    @DisplayName("a name of 255 characters, the most a file system allows, is saved; its temporary file fits too")
    void longestName() throws Exception {
        Path file = dir.resolve("p".repeat(255 - ".crvsplan".length()) + ".crvsplan");
        assertThat(file.getFileName().toString()).hasSize(255);
        List<String> temporary = new ArrayList<>();
        AtomicFile.write(file, out -> {
            temporary.addAll(names(dir));
            out.write(ScenarioFiles.toBytes(Samples.pilot()));
        });
        assertThat(ScenarioFiles.read(file)).isEqualTo(Samples.pilot());
        assertThat(temporary).singleElement().satisfies(name -> {
            assertThat(name).startsWith(".ppp").endsWith(".crvs-tmp");
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        });
        // Non-ASCII names take more bytes than characters: 85 three-byte characters are 255 bytes.
        Path wide = dir.resolve("名".repeat(85));
        AtomicFile.write(wide, out -> out.write(1));
        assertThat(Files.size(wide)).isEqualTo(1);
    }

    @Test
    @DisplayName("a file in place of the folder is named as a file, not as a missing folder")
    void fileInPlaceOfFolder() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path target = notAFolder.resolve("plan.crvsplan");
        assertThatThrownBy(() -> ScenarioFiles.write(target, Samples.pilot()))
                .hasMessage("Cannot use " + target + ": " + notAFolder + " is a file, not a folder");
        assertThatThrownBy(() -> ScenarioFiles.read(target))
                .hasMessage("Cannot open " + target + ": " + notAFolder + " is a file, not a folder");
        Path deeper = notAFolder.resolve("plans").resolve("plan.crvsplan");
        assertThatThrownBy(() -> ScenarioFiles.write(deeper, Samples.pilot()))
                .hasMessageEndingWith(": " + notAFolder + " is a file, not a folder");
        assertThatThrownBy(() -> ScenarioFiles.write(Path.of(""), Samples.pilot()))
                .hasMessage("Cannot use : no file was named: the path is empty");
    }

    @Test
    @DisplayName("the temporary copy of a private file is private from its first byte, and so is the saved file")
    void privateTarget() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
        Path secret = Files.writeString(dir.resolve("secret.crvsplan"), "old");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(secret, ownerOnly);
        List<Set<PosixFilePermission>> whileWriting = new ArrayList<>();
        AtomicFile.write(secret, out -> {
            whileWriting.add(Files.getPosixFilePermissions(onlyTemporary(dir)));
            out.write(ScenarioFiles.toBytes(Samples.pilot()));
            out.flush();
            whileWriting.add(Files.getPosixFilePermissions(onlyTemporary(dir)));
        });
        assertThat(whileWriting).containsOnly(ownerOnly);
        assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(ownerOnly);

        // A new file is private while it is written, and gets the folder's usual permissions once saved.
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path fresh = dir.resolve("fresh.crvsplan");
        List<Set<PosixFilePermission>> fresher = new ArrayList<>();
        AtomicFile.write(fresh, out -> fresher.add(Files.getPosixFilePermissions(onlyTemporary(dir))));
        assertThat(fresher).containsOnly(ownerOnly);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    @DisplayName("stale temporary files of a killed save are removed by the next save there; fresh ones and others' stay")
    void staleTemporaryFilesRemoved() throws Exception {
        Path target = dir.resolve("plan.crvsplan");
        Path stale = Files.writeString(dir.resolve(TemporaryFiles.name("plan.crvsplan")), "half a save");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(TemporaryFiles.STALE).minusSeconds(5)));
        Path fresh = Files.writeString(dir.resolve(TemporaryFiles.name("other.xlsx")), "a save going on");
        Path oldStyle = Files.writeString(dir.resolve(".plan.crvsplan.abc123.tmp"), "not ours to judge");
        Path lookalike = Files.writeString(dir.resolve("notes.crvs-tmp"), "a user's file");
        for (Path path : List.of(oldStyle, lookalike)) {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        ScenarioFiles.write(target, Samples.pilot());
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(target, fresh, oldStyle, lookalike);
    }

    private static Path onlyTemporary(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> temporary = files.filter(f -> TemporaryFiles.isTemporaryName(f.getFileName().toString())).toList();
            assertThat(temporary).hasSize(1);
            return temporary.get(0);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        return filesIn(folder).stream().map(f -> f.getFileName().toString()).toList();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
