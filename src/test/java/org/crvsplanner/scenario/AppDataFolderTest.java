package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppDataFolderTest {
    private static final Path HOME = Path.of("/home/ama");

    @Test
    @DisplayName("Windows: %APPDATA%, or AppData\\Roaming under the home folder when it is not set")
    void windows() {
        Path roaming = HOME.getFileSystem().getPath("/profiles/ama/Roaming");
        assertThat(AppDataFolder.of("Windows 11", Map.of("APPDATA", roaming.toString()), HOME))
                .isEqualTo(roaming.resolve("CRVS Capacity Planner"));
        assertThat(AppDataFolder.of("Windows 10", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("CRVS Capacity Planner"));
    }

    @Test
    @DisplayName("macOS: ~/Library/Application Support")
    void mac() {
        assertThat(AppDataFolder.of("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(Path.of("/home/ama/Library/Application Support/CRVS Capacity Planner"));
    }

    @Test
    @DisplayName("Linux: $XDG_DATA_HOME when absolute, otherwise ~/.local/share")
    void linux() {
        assertThat(AppDataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data/ama"), HOME))
                .isEqualTo(Path.of("/data/ama/crvs-planner"));
        assertThat(AppDataFolder.of("Linux", Map.of("XDG_DATA_HOME", "relative/share"), HOME))
                .isEqualTo(Path.of("/home/ama/.local/share/crvs-planner"));
        assertThat(AppDataFolder.of("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ama/.local/share/crvs-planner"));
        assertThat(AppDataFolder.recoveryFolder(Path.of("/data/crvs-planner")))
                .isEqualTo(Path.of("/data/crvs-planner/recovery"));
    }

    @Test
    @DisplayName("for the current user it is an absolute path")
    void currentUser() {
        assertThat(AppDataFolder.forCurrentUser()).isAbsolute();
    }

    @Test
    @DisplayName("the crvs.appData system property names another folder, so tests never use the real one")
    void override() {
        String before = System.getProperty(AppDataFolder.OVERRIDE_PROPERTY);
        try {
            System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, "/tmp/planner-data");
            assertThat(AppDataFolder.forCurrentUser()).isEqualTo(Path.of("/tmp/planner-data"));
            System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, " ");
            assertThat(AppDataFolder.forCurrentUser()).isNotEqualTo(Path.of(" ").toAbsolutePath());
        } finally {
            if (before == null) {
                System.clearProperty(AppDataFolder.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, before);
            }
        }
    }
}
