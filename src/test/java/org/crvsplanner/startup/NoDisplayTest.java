package org.crvsplanner.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 7: {@code java -jar crvs-planner.jar} with no display says so in one line and
 * exits non-zero, whether the window would start in a second JVM ({@link FastStart}) or in the
 * first. Runs real JVMs without DISPLAY on a jar of the planner's classes, as the shaded jar is.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NoDisplayTest {
    @TempDir
    Path folder;
    private Path jar;

    record Run(int status, String output) {
    }

    /**
     * The planner's classes in a jar whose manifest names its libraries, so that {@code -jar}
     * runs {@link Launcher} exactly as it runs the shaded jar and {@link FastStart} relaunches it.
     */
    @BeforeEach
    void jar() throws IOException {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String libraries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, libraries);
        jar = folder.resolve("planner.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    private Run javaJar(String display, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcrvs.cacheDir=" + folder.resolve("cache"), "-Duser.language=en"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove(FastStart.CHILD_VARIABLE);
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void saysOnceWhatIsMissing(Run run, String missing) {
        assertThat(run.output().lines().filter(line -> !line.isBlank()).toList()).as("everything printed")
                .containsExactly("crvs-planner: the window needs a graphical display, and " + missing
                        + ". The commands size and export work without one (crvs-planner size --help).");
        assertThat(run.status()).isEqualTo(NoDisplay.STATUS);
    }

    @Test
    @DisplayName("with the window relaunched in a second JVM, one line and exit status 69")
    void relaunched() throws Exception {
        saysOnceWhatIsMissing(javaJar(null), "none was found (DISPLAY is not set)");
    }

    @Test
    @DisplayName("with the window in the first JVM, the same line and status")
    void inTheFirstJvm() throws Exception {
        saysOnceWhatIsMissing(javaJar(null, "-Dcrvs.fastStart=false"), "none was found (DISPLAY is not set)");
    }

    @Test
    @DisplayName("a DISPLAY that names no running display is named")
    void unreachableDisplay() throws Exception {
        saysOnceWhatIsMissing(javaJar(":79"), "the display :79 cannot be opened");
    }

    @Test
    @DisplayName("the command line still works without a display")
    void commandsWork() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "size", "--years", "1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("Production servers: 3");
    }
}
