package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    static final String RECOVERY = "recovery";
    private static final Set<String> OWN_NAMES = Set.of(NAME, LINUX_NAME, RECOVERY);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

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

    /**
     * Creates a folder of the planner's own, with the folders above it that are missing, open to
     * this user only (rwx------ where the system has POSIX permissions): recovery snapshots hold
     * whole scenarios, and the recent-files list says what the user works on. A folder that
     * exists already under a name the planner gives (the application-data folder, {@code
     * recovery}), say from an earlier version, is closed the same way; any other existing folder,
     * such as one named with {@value #OVERRIDE_PROPERTY}, is left as it is.
     *
     * @throws FileProblem when it cannot be created
     */
    static void createPrivateFolder(Path folder) {
        try {
            Files.createDirectories(folder, ownerOnly(folder));
            if (OWN_NAMES.contains(String.valueOf(folder.getFileName())) && posix(folder)
                    && !Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new FileProblem(folder, FileWords.of("file.cannotCreateFolder", String.valueOf(e.getMessage())), e);
        }
    }

    /** The attribute that makes a new folder this user's only, where the system has POSIX permissions. */
    static FileAttribute<?>[] ownerOnly(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** The attribute that makes a new file this user's only (rw-------), where the system has POSIX permissions. */
    static FileAttribute<?>[] ownerOnlyFile(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The folder recovery snapshots go to, inside the application-data folder. */
    public static Path recoveryFolder(Path appData) {
        return requireNonNull(appData, "appData").resolve(RECOVERY);
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
