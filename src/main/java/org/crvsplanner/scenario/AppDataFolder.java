package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the planner keeps its own files (recent files, recovery snapshots) for the current user,
 * by each system's convention. Nothing is created here; the stores create their folder when they
 * first write.
 */
public final class AppDataFolder {
    /**
     * A system property that names another application-data folder, for tests and for running a
     * second, separate setup: {@code -Dcrvs.appData=/tmp/planner-data}.
     */
    public static final String OVERRIDE_PROPERTY = "crvs.appData";
    static final String NAME = "CRVS Capacity Planner";
    /** Linux data folders are lower case without spaces by custom. */
    static final String LINUX_NAME = "crvs-planner";

    private AppDataFolder() {
    }

    /**
     * %APPDATA%\CRVS Capacity Planner on Windows, ~/Library/Application Support/CRVS Capacity
     * Planner on macOS, and $XDG_DATA_HOME/crvs-planner (by default ~/.local/share/crvs-planner)
     * elsewhere; or the folder the system property {@value #OVERRIDE_PROPERTY} names.
     */
    public static Path forCurrentUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folder recovery snapshots go to, inside the application-data folder. */
    public static Path recoveryFolder(Path appData) {
        return requireNonNull(appData, "appData").resolve("recovery");
    }

    static Path of(String osName, Map<String, String> environment, Path home) {
        requireNonNull(osName, "osName");
        requireNonNull(environment, "environment");
        requireNonNull(home, "home");
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : home.getFileSystem().getPath(appData);
            return base.resolve(NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG specification says to ignore a relative XDG_DATA_HOME.
        Path base = xdg != null && !xdg.isBlank() && home.getFileSystem().getPath(xdg).isAbsolute()
                ? home.getFileSystem().getPath(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve(LINUX_NAME);
    }
}
