package org.crvsplanner.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real JVMs: {@code java -jar} on a jar of {@link FastStart} and {@link FastStartProbe}, as
 * {@code java -jar crvs-planner.jar} runs the window.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FastStartRelaunchTest {
    @TempDir
    Path folder;
    private Path jar;
    private Path cache;

    record Run(int status, String output, long pid) {
    }

    @BeforeEach
    void jar() throws IOException {
        jar = folder.resolve("probe.jar");
        cache = folder.resolve("cache");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FastStartProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(FastStart.class, FastStart.Facts.class, FastStart.Relaunch.class,
                    FastStart.Purpose.class, SecondJvm.class, SecondJvm.Ending.class, SecondJvm.Closer.class, ThisJvm.class,
                    ClassArchives.class, ClassArchives.State.class, FastStartProbe.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (var in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private Run javaJar(String... options) throws Exception {
        return javaJarIn(folder, options);
    }

    private Run javaJarIn(Path directory, String... options) throws Exception {
        return javaJarWith(directory, Map.of(), options);
    }

    /** {@code java -Dcrvs.cacheDir=<the test's cache> options…} */
    private List<String> java(String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcrvs.cacheDir=" + cache));
        command.addAll(List.of(options));
        return command;
    }

    private Run javaJarWith(Path directory, Map<String, String> environment, String... options) throws Exception {
        List<String> command = java(options);
        Path log = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove(FastStart.CHILD_VARIABLE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), process.pid());
    }

    /** {@code java -jar probe.jar wait}: a window that stays open for a minute. */
    private Process startWaiting() throws IOException {
        return new ProcessBuilder(java("-jar", "probe.jar", "wait")).directory(folder.toFile())
                .redirectErrorStream(true).start();
    }

    /** The second JVM's process id, from the first line the relaunched probe prints. */
    private static long secondJvm(Process first) throws IOException {
        String line = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).startsWith("running in the second JVM as ");
        return Long.parseLong(line.replaceAll(".* as (\\d+) .*", "$1"));
    }

    private List<String> cached() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    @DisplayName("the first start runs in a second JVM that writes the archive; the next maps it")
    void writesThenMapsTheArchive() throws Exception {
        Run first = javaJar("-jar", "probe.jar", "pilot.crvsplan", "two words");

        assertThat(first.status()).isZero();
        assertThat(first.output())
                .containsPattern("running in the second JVM as \\d+ of \\d+ and pilot.crvsplan,two words");
        assertThat(cached()).singleElement().asString().matches("crvs-planner-[0-9a-f]{16}\\.jsa");

        Run second = javaJar("-Xlog:class+load", "-jar", "probe.jar");

        assertThat(second.output()).contains("running in the second JVM")
                .containsPattern("org\\.crvsplanner\\.startup\\.FastStartProbe source: shared objects file \\(top\\)");
        assertThat(cached()).hasSize(1);
    }

    @Test
    @DisplayName("an export gets an archive of its own beside the window's, and maps it next time")
    void exportHasItsOwnArchive() throws Exception {
        javaJar("-jar", "probe.jar");
        Run export = javaJar("-jar", "probe.jar", "export", "--out", "plan.xlsx");

        assertThat(export.status()).isZero();
        assertThat(export.output()).contains("running in the second JVM");
        assertThat(cached()).hasSize(2).anyMatch(name -> name.matches("crvs-planner-[0-9a-f]{16}\\.jsa"))
                .anyMatch(name -> name.matches("crvs-planner-export-[0-9a-f]{16}\\.jsa"));

        Run again = javaJar("-Xlog:class+load", "-jar", "probe.jar", "export");
        assertThat(again.output())
                .containsPattern("org\\.crvsplanner\\.startup\\.FastStartProbe source: shared objects file \\(top\\)");
        assertThat(cached()).hasSize(2);
    }

    @Test
    @DisplayName("the archive fits the jar however its path is written and wherever it is started from")
    void archiveFitsEveryPathToTheJar() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        javaJarIn(elsewhere, "-jar", "../probe.jar");

        String shared = "org\\.crvsplanner\\.startup\\.FastStartProbe source: shared objects file \\(top\\)";
        assertThat(javaJar("-Xlog:class+load", "-jar", "probe.jar").output()).containsPattern(shared);
        assertThat(javaJarIn(elsewhere, "-Xlog:class+load", "-jar", jar.toString()).output()).containsPattern(shared);
        assertThat(cached()).hasSize(1);
    }

    @Test
    @DisplayName("an archive whose JVM crashed after main is removed, so that the next start writes a new one")
    void crashedArchiveIsRemoved() throws Exception {
        // The same options for both starts, so that the second maps the first's archive.
        javaJar("-XX:-CreateCoredumpOnCrash", "-jar", "probe.jar");
        assertThat(cached()).hasSize(1);

        Run crashed = javaJar("-XX:-CreateCoredumpOnCrash", "-jar", "probe.jar", "crash");

        assertThat(crashed.status()).isNotZero();
        assertThat(crashed.output()).contains("running in the second JVM as ")
                .doesNotContain("running in the first JVM");
        // The crash report, where the JVM said it wrote it, is all that is left.
        assertThat(cached()).singleElement().asString().matches("crvs-planner-crash-\\d+\\.log");
        assertThat(crashed.output()).contains(cache.resolve(cached().get(0)).toString());
    }

    @Test
    @DisplayName("a status that means a signal on Linux but is only a status (no crash report) keeps the archive")
    void statusIsNotACrash() throws Exception {
        javaJar("-jar", "probe.jar");
        List<String> archive = cached();

        Run run = javaJar("-jar", "probe.jar", "status-135");

        assertThat(run.status()).isEqualTo(135);
        assertThat(cached()).isEqualTo(archive);
    }

    @Test
    @DisplayName("a broken archive, which crashes the JVM that maps it, is removed; the program runs in the first JVM")
    void brokenArchive() throws Exception {
        javaJar("-jar", "probe.jar");
        Path archive = cache.resolve(cached().get(0));
        byte[] start = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(start, 100_000));

        Run run = javaJar("-jar", "probe.jar");

        assertThat(run.status()).isZero();
        assertThat(run.output()).containsOnlyOnce("running in the ").contains("running in the first JVM as ");
        assertThat(cached()).noneMatch(file -> file.endsWith(".jsa"));
    }

    @Test
    @DisplayName("a second JVM that reached main and failed, however soon, is not run again: its error is printed once")
    void failingAtOnce() throws Exception {
        Run run = javaJar("-jar", "probe.jar", "fail");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.output()).containsOnlyOnce("running in the ").contains("running in the second JVM as ");
    }

    @Test
    @DisplayName("where the first JVM cannot make its file, the second's end is final: a closed window never opens again")
    void noTemporaryFolder() throws Exception {
        Run run = javaJar("-Djava.io.tmpdir=" + folder.resolve("missing"), "-jar", "probe.jar", "fail");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.output()).containsOnlyOnce("running in the ").contains("running in the second JVM as ");
    }

    @Test
    @DisplayName("no third JVM, even when _JAVA_OPTIONS sets crvs.fastStart=true in every JVM")
    void noThirdJvm() throws Exception {
        Run run = javaJarWith(folder, Map.of("_JAVA_OPTIONS", "-Dcrvs.fastStart=true"), "-jar", "probe.jar");

        assertThat(run.status()).isZero();
        List<String> lines = run.output().lines().filter(l -> l.startsWith("running in")).toList();
        assertThat(lines).hasSize(1);
        // The JVM that runs the program is the second: its parent is the first, started here.
        assertThat(lines.get(0)).contains(" of " + run.pid() + " and ");
    }

    @Test
    @DisplayName("ending the first JVM ends the second, and that run caches nothing")
    void endingTheFirstJvm() throws Exception {
        Process first = startWaiting();
        long second = secondJvm(first);

        first.destroy();

        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false)).as("second JVM alive")
                .isFalse();
        assertThat(cached()).isEmpty();
    }

    @Test
    @DisplayName("killing the first JVM with -9 leaves the window's JVM running on its own, as documented; it ends as usual")
    void killingTheFirstJvm() throws Exception {
        Process first = startWaiting();
        ProcessHandle window = ProcessHandle.of(secondJvm(first)).orElseThrow();
        try {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

            // No hook runs after a kill -9, and no system call ties a child's life to its parent
            // portably: the window keeps its work and stays open, now a child of another process.
            Thread.sleep(500);
            assertThat(window.isAlive()).as("the window's JVM outlives a killed launcher").isTrue();
            assertThat(window.parent().map(ProcessHandle::pid)).isNotEqualTo(java.util.Optional.of(first.pid()));
        } finally {
            window.destroy();
            window.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(window.isAlive()).as("closing it ends it as usual").isFalse();
    }

    @Test
    @DisplayName("the second JVM's exit status is the command's, and a failed run keeps no archive")
    void exitStatus() throws Exception {
        Run failed = javaJar("-jar", "probe.jar", "fail");

        assertThat(failed.status()).isEqualTo(3);
        assertThat(failed.output()).doesNotContain("running in the first JVM");
        assertThat(failed.output()).containsPattern("running in the second JVM as \\d+ of \\d+ and fail");
        assertThat(cached()).isEmpty();
    }

    @Test
    @DisplayName("-Dcrvs.fastStart=false runs in the first JVM and writes nothing")
    void turnedOff() throws Exception {
        Run run = javaJar("-Dcrvs.fastStart=false", "-jar", "probe.jar");

        assertThat(run.output()).contains("running in the first JVM as ");
        assertThat(cache).doesNotExist();
    }

    @Test
    @DisplayName("a JVM started with the second JVM's environment variable does not relaunch")
    void childVariable() throws Exception {
        Run run = javaJarWith(folder, Map.of(FastStart.CHILD_VARIABLE, "1"), "-jar", "probe.jar");

        // The JVM started here runs the program itself.
        assertThat(run.output()).contains(" as " + run.pid() + " of ");
        assertThat(cache).doesNotExist();
    }

    @Test
    @DisplayName("a new jar gets a new archive")
    void newJarNewArchive() throws Exception {
        javaJar("-jar", "probe.jar");
        List<String> before = cached();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 60_000));

        javaJar("-jar", "probe.jar");

        assertThat(cached()).hasSize(2).containsAll(before);
    }

}
