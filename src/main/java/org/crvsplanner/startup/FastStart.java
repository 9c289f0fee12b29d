package org.crvsplanner.startup;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Brings the window up sooner, and the workbook out sooner, under {@code java -jar crvs-planner.jar}.
 * A jar cannot carry JVM options, and the two that matter most for both are JVM options: only the
 * C1 compiler, and a class-data-sharing archive of the classes the run needs. So the jar starts a
 * second JVM with them, with everything else of the first command line unchanged, and waits for
 * it. The first such run on a machine writes the archive when it exits; later runs map it. Why,
 * what it costs and how much it gains: docs/decisions/0004, 0008 and 0009, docs/PERFORMANCE.md.
 *
 * <p>Only on Linux and macOS, where the JVM can read its own command line, and only on HotSpot,
 * which knows these options. {@code -Dcrvs.fastStart=false} starts the window in the first JVM.
 */
final class FastStart {
    /** {@code false} turns the relaunch off. */
    static final String PROPERTY = "crvs.fastStart";
    /** Another folder for the archives, e.g. for tests: {@code -Dcrvs.cacheDir=/tmp/cache}. */
    static final String CACHE_PROPERTY = "crvs.cacheDir";
    /**
     * Set in the second JVM's environment, which marks it: it never starts a third. An option
     * could not mark it reliably, since {@code _JAVA_OPTIONS} overrides the command line. Its
     * value names the file the second JVM deletes when it reaches {@code main} ({@link SecondJvm}).
     */
    static final String CHILD_VARIABLE = "CRVS_PLANNER_RELAUNCHED";
    /** The JVM's options from the environment, which both JVMs read. */
    static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    /**
     * Options that a second JVM must not repeat (a debugger's port is taken, a recording would be
     * split), that choose what the relaunch would, or that would clash with its archive; an
     * options file could hold any of them.
     */
    private static final List<String> KEEP_IN_THIS_JVM = List.of("@", "-XX:VMOptionsFile", "-XX:Flags",
            "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-XX:AOT", "-Xshare");
    /**
     * The window's heap starts small instead of at 1/64 of the machine's memory: with the serial
     * collector that start filled a young generation of about 100 MB before its first collection,
     * all of it resident. With a young generation of 8 MB the window's JVM stays about 100 MB
     * smaller (docs/PERFORMANCE.md, "Memory"); the heap still grows as a plan needs.
     */
    static final List<String> HEAP = List.of("-Xms16m", "-Xmn8m");
    /** Options that size the heap: the user's own stand alone (a smaller -Xmx would refuse ours). */
    private static final List<String> HEAP_SIZING = List.of("-Xms", "-Xmx", "-Xmn", "-XX:InitialHeapSize",
            "-XX:MaxHeapSize", "-XX:NewSize", "-XX:MaxNewSize", "-XX:MaxRAM", "-XX:InitialRAM", "-XX:MinRAM");

    /**
     * What decides the relaunch, read from this JVM; tests make their own.
     *
     * @param feature the JDK's feature release, e.g. 17
     * @param commandLine the arguments after {@code java}, as the process got them
     * @param environmentOptions the options in {@link #OPTION_VARIABLES}, split as the JVM splits them
     * @param jar the running jar's absolute path
     */
    record Facts(Purpose purpose, String osName, String vmName, int feature, String setting,
            List<String> commandLine, List<String> environmentOptions, String classPath, Path java, Path jar,
            Path archive, ClassArchives.State archiveState) {
        Facts {
            requireNonNull(purpose, "purpose");
            requireNonNull(osName, "osName");
            requireNonNull(vmName, "vmName");
            commandLine = List.copyOf(commandLine);
            environmentOptions = List.copyOf(environmentOptions);
            requireNonNull(classPath, "classPath");
            requireNonNull(java, "java");
            requireNonNull(jar, "jar");
            requireNonNull(archive, "archive");
            requireNonNull(archiveState, "archiveState");
        }
    }

    /**
     * The second JVM's command line. {@code pending} is where it writes the archive when it exits,
     * to be moved to {@code archive} once it exited well; null when it writes none.
     */
    record Relaunch(List<String> command, Path archive, Path pending, boolean mapsArchive) {
        Relaunch {
            command = List.copyOf(command);
            requireNonNull(archive, "archive");
        }
    }

    /**
     * What the second JVM runs. Each has an archive of its own: one written by an export lacks
     * the window's classes, and the other way round.
     */
    enum Purpose {
        /** The window: its heap starts small, since it lives for the whole session. */
        WINDOW("", HEAP),
        /**
         * {@code export}: a short run, whose time goes on loading POI. The JVM's own heap sizing
         * spares it the collections a small young generation would need.
         */
        EXPORT("export-", List.of());

        private final String archiveName;
        private final List<String> heap;

        Purpose(String archiveName, List<String> heap) {
            this.archiveName = archiveName;
            this.heap = heap;
        }

        /** What the archive's name carries after {@link ClassArchives#PREFIX}, before its identity. */
        String archiveName() {
            return archiveName;
        }
    }

    private FastStart() {
    }

    /**
     * Runs {@code purpose} in a second JVM when that is faster and possible, and returns its exit
     * status; empty when it should run in this JVM.
     */
    static OptionalInt relaunch(Purpose purpose) {
        String starting = System.getenv(CHILD_VARIABLE);
        if (starting != null) {
            SecondJvm.reachedMain(starting);
            return OptionalInt.empty();
        }
        Optional<Relaunch> relaunch;
        try {
            Optional<Facts> facts = ThisJvm.facts(purpose);
            relaunch = facts.isPresent() ? plan(facts.get()) : Optional.empty();
        } catch (RuntimeException e) {
            // Only a faster start is lost; the window must still open, the workbook still be written.
            return OptionalInt.empty();
        }
        return relaunch.isPresent() ? SecondJvm.run(relaunch.get()) : OptionalInt.empty();
    }

    /** The second JVM's command line, or empty when there should be none. */
    static Optional<Relaunch> plan(Facts facts) {
        String os = facts.osName().toLowerCase(Locale.ROOT);
        if ("false".equals(facts.setting())
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
        if (anyStartsWith(jvmOptions, KEEP_IN_THIS_JVM)
                || anyStartsWith(facts.environmentOptions(), KEEP_IN_THIS_JVM)) {
            return Optional.empty();
        }
        Path archive = facts.archive();
        Path pending = facts.archiveState() != ClassArchives.State.WRITE ? null : archive.resolveSibling(
                join(archive.getFileName().toString(), ".", Long.toString(ProcessHandle.current().pid()), ".tmp"));
        List<String> command = new ArrayList<>();
        command.add(facts.java().toString());
        // A JDK that one day drops one of these options must still run. The user's
        // own options were already accepted by this JVM.
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-XX:TieredStopAtLevel=1");
        // G1's set-up and its young collections during the window's start cost about 40 ms more
        // than the serial collector's (docs/PERFORMANCE.md). A second collector
        // would stop the JVM, so the user's choice stands alone.
        if (!anyChoosesCollector(jvmOptions) && !anyChoosesCollector(facts.environmentOptions())) {
            command.add("-XX:+UseSerialGC");
        }
        if (!anyStartsWith(jvmOptions, HEAP_SIZING) && !anyStartsWith(facts.environmentOptions(), HEAP_SIZING)) {
            command.addAll(facts.purpose().heap);
        }
        if (facts.archiveState() == ClassArchives.State.MAP) {
            command.add(join("-XX:SharedArchiveFile=", archive.toString()));
        } else if (pending != null) {
            command.add(join("-XX:ArchiveClassesAtExit=", pending.toString()));
        }
        if (facts.archiveState() != ClassArchives.State.NONE) {
            // A crash report where the first JVM finds it: how it tells a crash on every OS.
            command.add(join("-XX:ErrorFile=", ClassArchives.crashReport(archive.getParent(), "%p").toString()));
        }
        // An archive that no longer fits this JVM is skipped, and writing one lists every class it
        // leaves out: neither is the user's business.
        command.add("-Xshare:auto");
        command.add("-Xlog:cds*=off");
        // JavaFX 21's Marlin renderer uses sun.misc.Unsafe, which JDK 23 and later warn about on
        // every start; older JDKs do not know the option, and it is not one -XX: could ignore.
        if (facts.feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmOptions);
        // The archive records the jar's path as given: the absolute one fits every folder.
        command.add("-jar");
        command.add(facts.jar().toString());
        command.addAll(line.subList(jar + 2, line.size()));
        return Optional.of(new Relaunch(command, archive, pending,
                facts.archiveState() == ClassArchives.State.MAP));
    }

    private static boolean anyStartsWith(List<String> options, List<String> prefixes) {
        for (String option : options) {
            for (String prefix : prefixes) {
                if (option.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyChoosesCollector(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins texts without the string concatenation that javac compiles to invokedynamic: its first
     * use costs a JVM that only starts another one some 10 ms.
     */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part);
        }
        return joined.toString();
    }
}
