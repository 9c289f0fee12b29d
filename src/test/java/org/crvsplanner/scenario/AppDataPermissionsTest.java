package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner's own files say what the user works on: folders rwx------, files rw-------. */
class AppDataPermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
    }

    @Test
    @DisplayName("the app-data and recovery folders are the user's only, and so is every file in them")
    void privateFromTheStart() throws Exception {
        Path appData = dir.resolve(AppDataFolder.LINUX_NAME);
        RecoverySession session = RecoverySession.start(AppDataFolder.recoveryFolder(appData));
        session.store().save("a", Samples.pilot(), null);
        new RecentFiles(appData).add(dir.resolve("plan.crvsplan"));
        try {
            assertThat(mode(appData)).isEqualTo("rwx------");
            assertThat(mode(AppDataFolder.recoveryFolder(appData))).isEqualTo("rwx------");
            assertThat(mode(session.folder())).isEqualTo("rwx------");
            assertThat(mode(session.folder().resolve(RecoverySession.LOCK_FILE))).isEqualTo("rw-------");
            assertThat(mode(session.folder().resolve("a.crvsplan"))).isEqualTo("rw-------");
            assertThat(mode(appData.resolve(RecentFiles.FILE_NAME))).isEqualTo("rw-------");
        } finally {
            session.close();
        }
    }

    @Test
    @DisplayName("folders and files an earlier version left open are closed; a folder of another name is left as it is")
    void earlierVersionsTightened() throws Exception {
        Path appData = Files.createDirectories(dir.resolve(AppDataFolder.LINUX_NAME).resolve("recovery")).getParent();
        Files.setPosixFilePermissions(appData, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(appData.resolve("recovery"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path list = Files.writeString(appData.resolve(RecentFiles.FILE_NAME), "{\"recentFiles\":[]}");
        Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rw-r--r--"));
        new RecentFiles(appData).add(dir.resolve("plan.crvsplan"));
        RecoverySession.start(AppDataFolder.recoveryFolder(appData)).close();
        assertThat(mode(appData)).isEqualTo("rwx------");
        assertThat(mode(appData.resolve("recovery"))).isEqualTo("rwx------");
        assertThat(mode(list)).isEqualTo("rw-------");

        // -Dcrvs.appData=/some/shared/folder: the user's folder, not the planner's to close.
        Path chosen = Files.createDirectory(dir.resolve("chosen"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-xr-x"));
        new RecentFiles(chosen).add(dir.resolve("plan.crvsplan"));
        assertThat(mode(chosen)).isEqualTo("rwxr-xr-x");
        assertThat(mode(chosen.resolve(RecentFiles.FILE_NAME))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(chosen)) {
            assertThat(files).containsExactly(chosen.resolve(RecentFiles.FILE_NAME));
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
