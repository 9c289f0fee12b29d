package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved file is the user's to share: it gets ordinary permissions, not a temporary file's. */
class AtomicFilePermissionsTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
    }

    @Test
    @DisplayName("a new file gets the same permissions as any file the user creates there")
    void newFileLikeAnyOther() throws Exception {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path saved = folder.resolve("saved.xlsx");
        AtomicFile.write(saved, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(saved)).contains(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @DisplayName("a replaced file keeps its permissions")
    void replacedFileKeepsItsOwn() throws Exception {
        Path saved = Files.writeString(folder.resolve("shared.crvsplan"), "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(saved, shared);
        AtomicFile.write(saved, out -> out.write("new".getBytes()));
        assertThat(Files.readString(saved)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(shared);
    }
}
