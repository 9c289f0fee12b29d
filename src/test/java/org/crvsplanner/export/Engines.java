package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The real spreadsheet programs the workbook is checked in, driven from the command line:
 * LibreOffice ({@code soffice --headless --convert-to}) and Gnumeric ({@code ssconvert --recalc}).
 * Each recalculates every formula when it opens a file and writes the results as an .xlsx
 * that POI reads back.
 */
final class Engines {
    private static final long TIMEOUT_SECONDS = 300;
    /** What soffice prints for each file it converts, and a warning about its Java helper. */
    private static final Pattern SOFFICE_ROUTINE = Pattern.compile(
            "convert .* -> .* using filter : .*|Warning: failed to launch javaldx.*|\\s*");

    private Engines() {
    }

    /** The two programs, found on the PATH; the calling test is skipped, saying what to install, without them. */
    record Programs(Path soffice, Path ssconvert) {
        static Programs required() {
            Optional<Path> soffice = onPath("soffice");
            Optional<Path> ssconvert = onPath("ssconvert");
            assumeTrue(soffice.isPresent(), "LibreOffice's soffice is not on the PATH; install libreoffice-calc-nogui "
                    + "(scripts/install-test-deps.sh) to run this check");
            assumeTrue(ssconvert.isPresent(), "Gnumeric's ssconvert is not on the PATH; install gnumeric "
                    + "(scripts/install-test-deps.sh) to run this check");
            return new Programs(soffice.get(), ssconvert.get());
        }

        /**
         * Recalculates every file in both programs, so that one failure does not hide the
         * others, adding to {@code failures} whatever either said on opening them.
         *
         * @return the folders of LibreOffice's and Gnumeric's copies, in that order
         */
        List<Path> recalculate(Path work, List<String> failures, Path... files)
                throws IOException, InterruptedException {
            Path libreOffice = Files.createDirectories(work.resolve("libreoffice"));
            List<String> said = libreOffice(soffice, work, "en-US", libreOffice, files);
            if (!said.isEmpty()) {
                failures.add("LibreOffice said on opening the workbooks: " + said);
            }
            Path gnumeric = Files.createDirectories(work.resolve("gnumeric"));
            for (Path file : files) {
                String log = gnumeric(ssconvert, work, file, gnumeric.resolve(file.getFileName()));
                if (!log.isBlank()) {
                    failures.add("Gnumeric said on opening " + file.getFileName() + ": " + log.strip());
                }
            }
            return List.of(libreOffice, gnumeric);
        }
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code files} in one soffice run, with a private profile that recalculates every
     * formula on load (OOXMLRecalcMode 0) and takes {@code locale} as the system's, so that the
     * stored values cannot hide a wrong formula.
     *
     * @return what soffice said besides its routine lines, such as a repair of a file; empty
     *         when it said nothing else
     */
    static List<String> libreOffice(Path soffice, Path work, String locale, Path out, Path... files)
            throws IOException, InterruptedException {
        Path profile = work.resolve("profile-" + locale).toAbsolutePath();
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Setup/L10N">\
                <prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>LOCALE</value></prop></item>
                </oor:items>
                """.replace("LOCALE", locale), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx", "--outdir",
                out.toAbsolutePath().toString()));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        String log = run(command, work.resolve("soffice-" + locale + ".log"));
        for (Path file : files) {
            assertThat(out.resolve(file.getFileName())).as("converted by soffice; its output: %s", log).exists();
        }
        return log.lines().filter(line -> !SOFFICE_ROUTINE.matcher(line).matches()).toList();
    }

    /**
     * Recalculates {@code file} in Gnumeric and writes it as {@code target}.
     *
     * @return what Gnumeric said while reading or writing, such as an invalid colour or an
     *         unexpected element; blank when it said nothing
     */
    static String gnumeric(Path ssconvert, Path work, Path file, Path target) throws IOException, InterruptedException {
        String log = run(List.of(ssconvert.toString(), "--recalc", file.toAbsolutePath().toString(),
                target.toAbsolutePath().toString()), work.resolve("ssconvert.log"));
        assertThat(target).as("converted by ssconvert; its output: %s", log).exists();
        return log;
    }

    private static String run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String output = Files.readString(log);
        assertThat(process.exitValue()).as("%s exit status; its output: %s", command.get(0), output).isZero();
        return output;
    }

    static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
