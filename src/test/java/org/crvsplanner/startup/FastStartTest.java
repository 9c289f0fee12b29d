package org.crvsplanner.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crvsplanner.startup.FastStart.Facts;
import org.crvsplanner.startup.FastStart.Relaunch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {
    private static final Path JAVA = Path.of("/usr/lib/jvm/jdk-17/bin/java");
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";

    @TempDir
    Path cache;

    private static final Path JAR = Path.of("/home/planner/crvs/target/crvs-planner.jar");

    private Facts facts(String os, String vm, String setting, String classPath, String... commandLine) {
        return new Facts(FastStart.Purpose.WINDOW, os, vm, 17, setting, List.of(commandLine), List.of(), classPath, JAVA, JAR, archive(),
                ClassArchives.State.WRITE);
    }

    private Facts javaJar(String... commandLine) {
        return facts("Linux", HOTSPOT, null, "target/crvs-planner.jar", commandLine);
    }

    /** {@code facts} on another JDK, with other options in the environment or another archive state. */
    private static Facts with(Facts facts, int feature, List<String> environmentOptions, ClassArchives.State state) {
        return new Facts(facts.purpose(), facts.osName(), facts.vmName(), feature, facts.setting(), facts.commandLine(),
                environmentOptions, facts.classPath(), JAVA, JAR, facts.archive(), state);
    }

    private static Facts with(Facts facts, ClassArchives.State state) {
        return with(facts, facts.feature(), facts.environmentOptions(), state);
    }

    private static Facts withEnvironment(Facts facts, String... options) {
        return with(facts, facts.feature(), List.of(options), facts.archiveState());
    }

    private Path archive() {
        return cache.resolve("crvs-planner-00ff00ff00ff00ff.jsa");
    }

    @Test
    @DisplayName("java -jar starts a second JVM with C1 only and the archive to write, the user's options after ours")
    void relaunchesFirstRunWritingTheArchive() {
        Relaunch relaunch = FastStart.plan(javaJar("-Dcrvs.language=fr", "-Xmx512m", "-jar",
                "target/crvs-planner.jar", "pilot.crvsplan")).orElseThrow();

        assertThat(relaunch.archive()).isEqualTo(archive());
        assertThat(relaunch.pending().getParent()).isEqualTo(cache);
        assertThat(relaunch.pending().getFileName().toString())
                .startsWith("crvs-planner-00ff00ff00ff00ff.jsa.").endsWith(".tmp");
        assertThat(relaunch.command()).containsExactly(JAVA.toString(), "-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + relaunch.pending(),
                "-XX:ErrorFile=" + cache.resolve("crvs-planner-crash-%p.log"),
                "-Xshare:auto", "-Xlog:cds*=off", "-Dcrvs.language=fr", "-Xmx512m", "-jar",
                JAR.toString(), "pilot.crvsplan");
        assertThat(relaunch.mapsArchive()).isFalse();
    }

    @Test
    @DisplayName("once the archive is there, the second JVM maps it and writes none")
    void mapsTheArchiveOnceWritten() {
        Relaunch relaunch = FastStart.plan(with(javaJar("-jar", "target/crvs-planner.jar"), ClassArchives.State.MAP))
                .orElseThrow();

        assertThat(relaunch.pending()).isNull();
        assertThat(relaunch.mapsArchive()).isTrue();
        assertThat(relaunch.command()).contains("-XX:SharedArchiveFile=" + archive())
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    @DisplayName("where no archive can be written, the second JVM still starts, with C1 only")
    void noArchiveWhereNoneCanBeWritten() {
        Relaunch relaunch = FastStart.plan(with(javaJar("-jar", "target/crvs-planner.jar"), ClassArchives.State.NONE))
                .orElseThrow();

        assertThat(relaunch.pending()).isNull();
        assertThat(relaunch.command()).contains("-XX:TieredStopAtLevel=1")
                .noneMatch(option -> option.contains("Archive"));
    }

    @Test
    @DisplayName("on JDK 23 and later the second JVM allows JavaFX's sun.misc.Unsafe use, which it warns about")
    void unsafeOnNewerJdks() {
        Facts jdk17 = javaJar("-jar", "target/crvs-planner.jar");
        Facts jdk25 = with(jdk17, 25, jdk17.environmentOptions(), jdk17.archiveState());

        assertThat(FastStart.plan(jdk17).orElseThrow().command()).noneMatch(o -> o.startsWith("--sun-misc"));
        assertThat(FastStart.plan(jdk25).orElseThrow().command()).contains("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    @DisplayName("options variables split as the JVM splits them: at spaces outside quotes, without the quotes")
    void splitOptions() {
        assertThat(ThisJvm.splitOptions("  -Da=1\t\"-XX:+UseParallelGC\"  '-Dname=two words' -Dx=\"a b\"c "))
                .containsExactly("-Da=1", "-XX:+UseParallelGC", "-Dname=two words", "-Dx=a bc");
        assertThat(ThisJvm.splitOptions(null)).isEmpty();
        assertThat(ThisJvm.splitOptions("   ")).isEmpty();
        // Only the options that decide whether an archive can be mapped name it.
        assertThat(ThisJvm.heapOptions(List.of("-Xmx40g", "-Dcrvs.language=fr", "-XX:+UseZGC", "-Xlog:gc")))
                .isEqualTo("-Xmx40g -XX:+UseZGC ");
    }

    @Test
    @DisplayName("the window's heap starts small, unless the user sized it: a smaller -Xmx would refuse ours")
    void heap() {
        assertThat(FastStart.plan(javaJar("-jar", "target/crvs-planner.jar")).orElseThrow().command())
                .containsSubsequence("-XX:+UseSerialGC", "-Xms16m", "-Xmn8m", "-jar");
        for (String option : List.of("-Xmx8m", "-Xms1g", "-Xmn4m", "-XX:MaxHeapSize=8m", "-XX:MaxRAMPercentage=5")) {
            assertThat(FastStart.plan(javaJar(option, "-jar", "target/crvs-planner.jar")).orElseThrow().command())
                    .as(option).doesNotContain("-Xms16m", "-Xmn8m").contains(option);
            assertThat(FastStart.plan(withEnvironment(javaJar("-jar", "target/crvs-planner.jar"), option))
                    .orElseThrow().command()).as(option).doesNotContain("-Xms16m", "-Xmn8m");
        }
    }

    @Test
    @DisplayName("an export's second JVM has C1 only and the serial collector, but the JVM's own heap sizing")
    void exportHeap() {
        Facts window = javaJar("-jar", "target/crvs-planner.jar", "export", "--out", "plan.xlsx");
        Facts export = new Facts(FastStart.Purpose.EXPORT, window.osName(), window.vmName(), window.feature(),
                window.setting(), window.commandLine(), window.environmentOptions(), window.classPath(), JAVA, JAR,
                cache.resolve("crvs-planner-export-00ff00ff00ff00ff.jsa"), ClassArchives.State.WRITE);

        assertThat(FastStart.plan(export).orElseThrow().command())
                .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "export",
                        "--out", "plan.xlsx")
                .doesNotContain("-Xms16m", "-Xmn8m")
                .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=") && o.contains("crvs-planner-export-"));
    }

    @Test
    @DisplayName("no crash report folder where the archive's folder is unusable")
    void crashReportOnlyInTheCache() {
        assertThat(FastStart.plan(with(javaJar("-jar", "target/crvs-planner.jar"), ClassArchives.State.NONE))
                .orElseThrow().command()).noneMatch(option -> option.startsWith("-XX:ErrorFile"));
        assertThat(FastStart.plan(with(javaJar("-jar", "target/crvs-planner.jar"), ClassArchives.State.MAP))
                .orElseThrow().command()).contains("-XX:ErrorFile=" + cache.resolve("crvs-planner-crash-%p.log"));
    }

    @Test
    @DisplayName("the user's garbage collector stands alone: two would stop the JVM")
    void usersCollector() {
        assertThat(FastStart.plan(javaJar("-XX:+UseG1GC", "-jar", "target/crvs-planner.jar")).orElseThrow()
                .command()).doesNotContain("-XX:+UseSerialGC").contains("-XX:+UseG1GC");
        assertThat(FastStart.plan(withEnvironment(javaJar("-jar", "target/crvs-planner.jar"),
                "-XX:+UseParallelGC")).orElseThrow().command()).doesNotContain("-XX:+UseSerialGC");
        assertThat(FastStart.plan(javaJar("-XX:-UseCompressedOops", "-jar", "target/crvs-planner.jar"))
                .orElseThrow().command()).contains("-XX:+UseSerialGC");
    }

    @Test
    @DisplayName("no second JVM when turned off, or off Linux and macOS, or off HotSpot")
    void staysInThisJvm() {
        String[] line = {"-jar", "target/crvs-planner.jar"};
        assertThat(FastStart.plan(facts("Linux", HOTSPOT, "false", "target/crvs-planner.jar", line))).isEmpty();
        assertThat(FastStart.plan(facts("Windows 11", HOTSPOT, null, "target/crvs-planner.jar", line))).isEmpty();
        assertThat(FastStart.plan(facts("Linux", "Eclipse OpenJ9 VM", null, "target/crvs-planner.jar", line)))
                .isEmpty();
        assertThat(FastStart.plan(facts("Mac OS X", HOTSPOT, null, "target/crvs-planner.jar", line))).isPresent();
        assertThat(FastStart.plan(facts("Linux", HOTSPOT, "true", "target/crvs-planner.jar", line))).isPresent();
    }

    @Test
    @DisplayName("only the plain java -jar form: not a class path, not a jar that is not the class path")
    void onlyThePlainJarForm() {
        assertThat(FastStart.plan(javaJar("-cp", "target/crvs-planner.jar", "org.crvsplanner.startup.Launcher"))).isEmpty();
        assertThat(FastStart.plan(javaJar("-jar", "other.jar"))).isEmpty();
        assertThat(FastStart.plan(javaJar("-jar"))).isEmpty();
        assertThat(FastStart.plan(javaJar())).isEmpty();
    }

    @Test
    @DisplayName("a debugger, an agent or the user's own archive settings keep the window in this JVM")
    void respectsTheUsersJvmOptions() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-agentpath:/lib/profiler.so", "-Xdebug", "-XX:VMOptionsFile=jvm.txt",
                "-XX:Flags=.hotspotrc", "-XX:StartFlightRecording=filename=start.jfr", "-XX:AOTMode=record",
                "-XX:+AutoCreateSharedArchive", "-XX:DumpLoadedClassList=classes.txt", "-XX:SharedArchiveFile=mine.jsa",
                "-XX:ArchiveClassesAtExit=mine.jsa", "-Xshare:off", "-Xshare:on", "-XX:AOTCache=app.aot")) {
            assertThat(FastStart.plan(javaJar(option, "-jar", "target/crvs-planner.jar"))).as(option).isEmpty();
        }
        // The environment's options reach both JVMs; an argument file could hold any option.
        assertThat(FastStart.plan(withEnvironment(javaJar("-jar", "target/crvs-planner.jar"),
                "-Dx=1", "-agentlib:jdwp=transport=dt_socket,server=y,address=5077"))).isEmpty();
        assertThat(FastStart.plan(withEnvironment(javaJar("-jar", "target/crvs-planner.jar"), "-Xshare:off")))
                .isEmpty();
        assertThat(FastStart.plan(javaJar("@options.txt", "-jar", "target/crvs-planner.jar"))).isEmpty();
        assertThat(FastStart.plan(withEnvironment(javaJar("-jar", "target/crvs-planner.jar"), "-Dx=1")))
                .isPresent();
        // Options of the application after the jar are the application's, not the JVM's.
        assertThat(FastStart.plan(javaJar("-jar", "target/crvs-planner.jar", "-Xshare:off.crvsplan"))).isPresent();
    }

    @Test
    @DisplayName("the archive's name is 64-bit FNV-1a of the jar's and JVM's facts, in 16 hex digits")
    void identity() {
        // The published FNV-1a test vectors.
        assertThat(ThisJvm.identity("")).isEqualTo("cbf29ce484222325");
        assertThat(ThisJvm.identity("a")).isEqualTo("af63dc4c8601ec8c");
        assertThat(ThisJvm.identity("foobar")).isEqualTo("85944171f73967e8");
        assertThat(ThisJvm.identity("jar|1700000000000")).isNotEqualTo(ThisJvm.identity("jar|1700000000001"))
                .matches("[0-9a-f]{16}");
    }

    @Test
    @DisplayName("pruning keeps the two newest archives, half-written ones younger than an hour, crash reports for 30 days")
    void prune() throws IOException {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        List<Path> archives = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            archives.add(file("crvs-planner-" + i + ".jsa", now.minus(Duration.ofDays(i))));
        }
        Path abandoned = file("crvs-planner-9.jsa.123.tmp", now.minus(Duration.ofHours(2)));
        Path writing = file("crvs-planner-9.jsa.456.tmp", now.minus(Duration.ofMinutes(5)));
        Path report = file("crvs-planner-crash-77.log", now.minus(Duration.ofDays(29)));
        Path oldReport = file("crvs-planner-crash-78.log", now.minus(Duration.ofDays(31)));
        Path other = file("notes.txt", now.minus(Duration.ofDays(300)));

        ClassArchives.prune(cache, now);

        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactlyInAnyOrder(archives.get(0), archives.get(1), writing, report, other);
        }
        assertThat(abandoned).doesNotExist();
        assertThat(oldReport).doesNotExist();
    }

    @Test
    @DisplayName("pruning keeps the two newest archives of the window and of the export apart")
    void prunePerPurpose() throws IOException {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Path window = file("crvs-planner-00000000000000aa.jsa", now.minus(Duration.ofDays(3)));
        Path olderWindow = file("crvs-planner-00000000000000ab.jsa", now.minus(Duration.ofDays(4)));
        Path oldestWindow = file("crvs-planner-00000000000000ac.jsa", now.minus(Duration.ofDays(5)));
        List<Path> exports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            exports.add(file("crvs-planner-export-000000000000000" + i + ".jsa", now.minus(Duration.ofDays(i))));
        }

        ClassArchives.prune(cache, now);

        assertThat(window).exists();
        assertThat(olderWindow).exists();
        assertThat(oldestWindow).doesNotExist();
        assertThat(exports.get(0)).exists();
        assertThat(exports.get(1)).exists();
        assertThat(exports.get(2)).doesNotExist();
        assertThat(ClassArchives.purposeOf(exports.get(0))).isEqualTo(FastStart.Purpose.EXPORT);
        assertThat(ClassArchives.purposeOf(window)).isEqualTo(FastStart.Purpose.WINDOW);
    }

    @Test
    @DisplayName("pruning keeps the archives within 128 MB, and the newest whatever its size")
    void pruneBySize() throws IOException {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Path newest = file("crvs-planner-0.jsa", now, 130_000_000);
        Path older = file("crvs-planner-1.jsa", now.minus(Duration.ofDays(1)), 1_000);

        ClassArchives.prune(cache, now);

        assertThat(newest).exists();
        assertThat(older).doesNotExist();

        Path small = file("crvs-planner-2.jsa", now.plus(Duration.ofDays(1)), 60_000_000);
        ClassArchives.prune(cache, now);
        assertThat(small).exists();
        assertThat(newest).as("two archives of 190 MB").doesNotExist();
    }

    @Test
    @DisplayName("how the second JVM ended is read from whether it reached main and left a crash report, "
            + "not from its status, whose meaning differs between Linux, macOS and Windows")
    void ending() {
        // 134, 135 and 139 are SIGABRT, SIGBUS and SIGSEGV on Linux; 3 is what abort() gives on
        // Windows, -1073741819 (0xC0000005) an access violation there; 69 the window's "no display".
        for (int status : new int[] {1, 3, 69, 134, 135, 139, -1073741819}) {
            assertThat(SecondJvm.Ending.of(status, true, false)).as("status %d", status)
                    .isEqualTo(SecondJvm.Ending.FAILED);
            assertThat(SecondJvm.Ending.of(status, true, true)).isEqualTo(SecondJvm.Ending.CRASHED);
            assertThat(SecondJvm.Ending.of(status, false, false)).isEqualTo(SecondJvm.Ending.NOT_STARTED);
        }
        assertThat(SecondJvm.Ending.of(0, true, false)).isEqualTo(SecondJvm.Ending.DONE);
        assertThat(SecondJvm.Ending.of(0, true, true)).isEqualTo(SecondJvm.Ending.CRASHED);
        assertThat(SecondJvm.Ending.of(0, false, false)).isEqualTo(SecondJvm.Ending.NOT_STARTED);
    }

    @Test
    @DisplayName("a mapped archive goes when its JVM crashed or never started, whatever the status; it stays when the program failed")
    void keepsOrDropsTheArchive() throws IOException {
        for (SecondJvm.Ending ending : SecondJvm.Ending.values()) {
            Path archive = Files.write(archive(), new byte[] {1});
            ClassArchives.keep(new Relaunch(List.of("java"), archive, null, true), ending);
            assertThat(Files.exists(archive)).as(ending.name())
                    .isEqualTo(ending == SecondJvm.Ending.FAILED || ending == SecondJvm.Ending.DONE);
        }
    }

    private Path file(String name, Instant modified) throws IOException {
        return file(name, modified, 1);
    }

    private Path file(String name, Instant modified, long size) throws IOException {
        Path file = cache.resolve(name);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            // Sparse: the size counts, not the disk.
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}), size - 1);
        }
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    @DisplayName("an archive is mapped when it has content, written where its folder can be made and has room")
    void archiveState() throws IOException {
        assertThat(ClassArchives.state(archive())).isEqualTo(ClassArchives.State.WRITE);
        Files.write(archive(), new byte[0]);
        assertThat(ClassArchives.state(archive())).as("empty").isEqualTo(ClassArchives.State.WRITE);
        Files.write(archive(), new byte[] {1});
        assertThat(ClassArchives.state(archive())).isEqualTo(ClassArchives.State.MAP);
        Path file = Files.write(cache.resolve("a-file"), new byte[] {1});
        assertThat(ClassArchives.state(file.resolve("sub").resolve("crvs-planner-1.jsa")))
                .as("folder cannot be made").isEqualTo(ClassArchives.State.NONE);
    }
}
