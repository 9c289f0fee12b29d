package org.crvsplanner;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Brings the window up sooner under {@code java -jar crvs-planner.jar}. A jar cannot carry JVM
 * options, and the two that matter most for the first frame are JVM options: only the C1
 * compiler, and a class-data-sharing archive of the classes the window needs. So the jar starts a
 * second JVM with them, with everything else of the first command line unchanged, and waits for
 * it. The first such run on a machine writes the archive when it exits; later runs map it. Why,
 * what it costs and how much it gains: docs/decisions/0004 and docs/PERFORMANCE.md.
 *
 * <p>Only on Linux and macOS, where the JVM can read its own command line, and only on HotSpot,
 * which knows these options. {@code -Dcrvs.fastStart=false} starts the window in the first JVM.
 */
final class FastStart {
    /** {@code false} turns the relaunch off; the relaunched JVM gets {@value #CHILD}. */
    static final String PROPERTY = "crvs.fastStart";
    static final String CHILD = "child";
    /** Another folder for the archives, e.g. for tests: {@code -Dcrvs.cacheDir=/tmp/cache}. */
    static final String CACHE_PROPERTY = "crvs.cacheDir";
    static final String ARCHIVE_PREFIX = "crvs-planner-";
    static final String ARCHIVE_SUFFIX = ".jsa";
    /** Archives of older jars or JDKs kept beside the newest, e.g. for a second installed JDK. */
    static final int ARCHIVES_KEPT = 3;
    /** A half-written archive older than this belongs to a run that died. */
    static final Duration ABANDONED = Duration.ofHours(1);

    /**
     * Options of the first command line that a second JVM must not repeat (a debugger's port is
     * taken) or that already choose what the relaunch would.
     */
    private static final List<String> KEEP_IN_THIS_JVM = List.of("-agentlib", "-agentpath", "-javaagent",
            "-Xdebug", "-Xrunjdwp", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:AOTCache",
            "-Xshare:off", "-Xshare:dump");

    /** What decides the relaunch, read from this JVM; tests make their own. */
    record Facts(String osName, String vmName, String setting, List<String> commandLine, String classPath,
            Path java, String identity, Path cacheFolder) {
        Facts {
            requireNonNull(osName, "osName");
            requireNonNull(vmName, "vmName");
            commandLine = List.copyOf(commandLine);
            requireNonNull(classPath, "classPath");
            requireNonNull(java, "java");
            requireNonNull(identity, "identity");
            requireNonNull(cacheFolder, "cacheFolder");
        }
    }

    /**
     * The second JVM's command line. {@code pending} is where it writes the archive when it exits,
     * to be moved to {@code archive} once it exited well; null when it maps {@code archive}.
     */
    record Relaunch(List<String> command, Path archive, Path pending) {
        Relaunch {
            command = List.copyOf(command);
            requireNonNull(archive, "archive");
        }
    }

    private FastStart() {
    }

    /**
     * Runs the window in a second JVM when that is faster and possible, and returns its exit
     * status; empty when the window should start in this JVM.
     */
    static OptionalInt relaunch() {
        Optional<Facts> facts = thisJvm();
        Optional<Relaunch> relaunch = facts.isPresent() ? plan(facts.get()) : Optional.empty();
        return relaunch.isPresent() ? run(relaunch.get()) : OptionalInt.empty();
    }

    /** The second JVM's command line, or empty when there should be none. */
    static Optional<Relaunch> plan(Facts facts) {
        String os = facts.osName().toLowerCase(Locale.ROOT);
        if ("false".equals(facts.setting()) || CHILD.equals(facts.setting())
                || !(os.startsWith("linux") || os.startsWith("mac"))
                || !facts.vmName().contains("Server VM") || facts.vmName().contains("OpenJ9")) {
            return Optional.empty();
        }
        List<String> line = facts.commandLine();
        int jar = line.indexOf("-jar");
        // Only the plain form, whose class path is the jar itself: not -cp, not the installers' launchers.
        if (jar < 0 || jar + 1 >= line.size() || !line.get(jar + 1).equals(facts.classPath())) {
            return Optional.empty();
        }
        List<String> jvmOptions = line.subList(0, jar);
        for (String option : jvmOptions) {
            for (String kept : KEEP_IN_THIS_JVM) {
                if (option.startsWith(kept)) {
                    return Optional.empty();
                }
            }
        }
        Path archive = facts.cacheFolder().resolve(join(ARCHIVE_PREFIX, facts.identity(), ARCHIVE_SUFFIX));
        Path pending = Files.isRegularFile(archive) ? null : archive.resolveSibling(
                join(archive.getFileName().toString(), ".", Long.toString(ProcessHandle.current().pid()), ".tmp"));
        List<String> command = new ArrayList<>();
        command.add(facts.java().toString());
        // A JDK that one day drops one of these options must still open the window. The user's
        // own options were already accepted by this JVM.
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-XX:TieredStopAtLevel=1");
        // The window's heap is small: G1's set-up and its young collections during the start cost
        // about 40 ms more than the serial collector's (docs/PERFORMANCE.md).
        command.add("-XX:+UseSerialGC");
        command.add(pending == null ? join("-XX:SharedArchiveFile=", archive.toString())
                : join("-XX:ArchiveClassesAtExit=", pending.toString()));
        // An archive that no longer fits this JVM is skipped, and writing one lists every class it
        // leaves out: neither is the user's business.
        command.add("-Xshare:auto");
        command.add("-Xlog:cds*=off");
        command.add(join("-D", PROPERTY, "=", CHILD));
        // The user's own options come after ours, so that theirs win.
        command.addAll(jvmOptions);
        command.addAll(line.subList(jar, line.size()));
        return Optional.of(new Relaunch(command, archive, pending));
    }

    /**
     * Starts the second JVM with this one's input and output, waits for it, and keeps the archive
     * it wrote. Empty when it could not be started.
     */
    static OptionalInt run(Relaunch relaunch) {
        Process child;
        try {
            if (relaunch.pending() != null) {
                Files.createDirectories(relaunch.archive().getParent());
            }
            child = new ProcessBuilder(relaunch.command()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        // Closing this JVM (Ctrl+C, a session ending) closes the window's too.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "fast-start"));
        int status = waitFor(child);
        if (relaunch.pending() != null) {
            keep(relaunch, status == 0);
        }
        return OptionalInt.of(status);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing here interrupts; keep waiting for the window to close.
            }
        }
    }

    /** Moves the written archive into place, or drops it, and clears out old ones. */
    private static void keep(Relaunch relaunch, boolean exitedWell) {
        try {
            if (exitedWell && Files.size(relaunch.pending()) > 0) {
                Files.move(relaunch.pending(), relaunch.archive(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(relaunch.pending());
            prune(relaunch.archive().getParent(), Instant.now());
        } catch (IOException | UncheckedIOException e) {
            // A cache: without it the next start is slower, nothing else.
        }
    }

    /** Keeps the {@value #ARCHIVES_KEPT} newest archives and no abandoned half-written ones. */
    static void prune(Path folder, Instant now) throws IOException {
        List<Path> archives;
        List<Path> abandoned;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ours = files.filter(f -> f.getFileName().toString().startsWith(ARCHIVE_PREFIX)).toList();
            archives = ours.stream().filter(f -> f.getFileName().toString().endsWith(ARCHIVE_SUFFIX))
                    .sorted(Comparator.comparing(FastStart::modified).reversed()).toList();
            abandoned = ours.stream().filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> modified(f).plus(ABANDONED).isBefore(now)).toList();
        }
        for (Path old : archives.subList(Math.min(ARCHIVES_KEPT, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
        for (Path old : abandoned) {
            Files.deleteIfExists(old);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's facts; empty when it cannot tell how it was started. */
    private static Optional<Facts> thisJvm() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        String javaHome = System.getProperty("java.home");
        if (arguments.isEmpty() || javaHome == null) {
            return Optional.empty();
        }
        Path jar;
        try {
            jar = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        // The archive holds this jar's classes for this JVM: a new jar or JDK gets a new one.
        String identity;
        try {
            identity = identity(join(javaHome, "|", System.getProperty("java.vm.version"), "|",
                    jar.toAbsolutePath().toString(), "|", Long.toString(Files.size(jar)), "|",
                    Long.toString(Files.getLastModifiedTime(jar).toMillis())));
        } catch (IOException e) {
            return Optional.empty();
        }
        String os = System.getProperty("os.name", "");
        return Optional.of(new Facts(os, System.getProperty("java.vm.name", ""), System.getProperty(PROPERTY),
                List.of(arguments.get()), System.getProperty("java.class.path", ""),
                Path.of(javaHome, "bin", "java"), identity, cacheFolder(os)));
    }

    /** 64-bit FNV-1a in hex: a name that changes with its input, without loading a digest provider. */
    static String identity(String facts) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < facts.length(); i++) {
            hash = (hash ^ facts.charAt(i)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return join("0000000000000000".substring(hex.length()), hex);
    }

    /**
     * Joins texts without the string concatenation that javac compiles to invokedynamic: its first
     * use costs a JVM that only starts another one some 10 ms.
     */
    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part);
        }
        return joined.toString();
    }

    /** $XDG_CACHE_HOME/crvs-planner (~/.cache/crvs-planner), or ~/Library/Caches/CRVS Capacity Planner. */
    private static Path cacheFolder(String os) {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(System.getProperty("user.home"));
        if (os.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("CRVS Capacity Planner");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("crvs-planner");
    }
}
