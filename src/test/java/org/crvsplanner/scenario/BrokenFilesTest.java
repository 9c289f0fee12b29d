package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken file in src/test/resources/.../broken gives one clear line, never another exception. */
class BrokenFilesTest {
    /** File → the line it is reported at (0: no line) and a part of the message. */
    private static final Map<String, Object[]> CORPUS = new LinkedHashMap<>();

    static {
        expect("empty", 0, "the file is empty");
        expect("whitespace-only", 0, "the file holds only white space");
        expect("binary", 0, "it is not a scenario file: it holds binary data, not JSON text");
        expect("not-json-text", 1, "it is not a scenario file: it is not JSON text");
        expect("root-array", 0, "it is not a scenario file: it holds a list in [ ] where a scenario starts with {");
        expect("root-string", 0, "it holds the text \"schemaVersion 1.0\" where a scenario starts with {");
        expect("malformed-missing-comma", 8, "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma");
        expect("malformed-trailing-comma", 36, "malformed JSON: Unexpected character ('}'");
        expect("truncated", 15, "malformed JSON: Unexpected end-of-input");
        expect("trailing-garbage", 38, "malformed JSON: Unrecognized token 'saved'");
        expect("comment", 6, "malformed JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
        expect("single-quotes", 34, "malformed JSON: Unexpected character (''' (code 39))");
        expect("nan", 13, "malformed JSON: Non-standard token 'NaN'");
        expect("duplicate-key", 15, "malformed JSON: Duplicate field 'horizonYears'");
        expect("invalid-utf8", 4, "it is not valid UTF-8 text: at byte offset 114, 0xC3 is not a character");
        expect("control-char-in-string", 4, "malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 0))");
        expect("deeply-nested", 3, "it is nested more than 32 levels deep");
        expect("no-schema-version", 1, "it is not a scenario file: it has no schemaVersion");
        expect("schema-version-number", 2, "schemaVersion must be text of the form major.minor, such as \"1.1\"; got the number 1.0");
        expect("schema-version-garbage", 2, "schemaVersion must be text of the form major.minor, such as \"1.1\"; got the text \"one\"");
        expect("newer-major", 2, "it was written by a newer version of the planner (schemaVersion 2.0)");
        expect("older-major", 2, "schemaVersion 0.9 is older than any this version reads (1.0 and later)");
        expect("inputs-not-object", 3, "inputs must be an object in { }; got a list in [ ]");
        expect("wrong-type-population-text", 6, "inputs.population must be a number; got the text \"12 million\"");
        expect("wrong-type-rate-boolean", 8, "inputs.crudeDeathRate must be a number; got true");
        expect("wrong-type-null", 12, "inputs.osReserveGb must be a number; got null");
        expect("wrong-type-events-object", 4, "inputs.otherEvents must be a list in [ ]; got an object in { }");
        expect("wrong-type-event-element", 4, "inputs.otherEvents[0] must be an object in { } with a name and a ratePerThousand; got the text \"marriage\"");
        expect("wrong-type-event-name", 24, "inputs.otherEvents[1].name must be text; got the number 7");
        expect("wrong-type-name-number", 3, "name must be text in \" \"; got the number 42");
        expect("wrong-type-include-development", 35, "inputs.includeDevelopment must be true or false; got the text \"yes\"");
        expect("out-of-range-population", 6, "inputs.population must be between 1 and 2,000,000,000 people; got 0");
        expect("out-of-range-growth", 13, "inputs.growthPercent must be between -10 and 10% per year; got 25");
        expect("out-of-range-event-rate", 25, "inputs.otherEvents[1].ratePerThousand must be between 0 and 100 per 1,000 people; got 120");
        expect("out-of-range-max-fill", 30, "inputs.maxFillPercent must be between 10 and 100%; got 5");
        expect("out-of-range-legacy", 28, "inputs.legacyRecords must be between 0 and 10,000,000,000 records; got -1");
        expect("out-of-range-backup-copies", 32, "inputs.backupCopies must be between 1 and 100 copies; got 0");
        expect("fraction-horizon", 14, "inputs.horizonYears must be a whole number between 1 and 50 years; got 7.5");
        expect("coverage-ramp", 16, "inputs.coverageFullYear must be between 2 and 10 when coverage in year 1 (25%) is below 100%; got 1");
        expect("coverage-after-horizon", 16, "inputs.coverageFullYear must be between 1 and 10; got 12");
        expect("unknown-stage", 34, "inputs.stage must be one of poc, pilot, national; got the text \"regional\"");
        expect("unknown-backup-rule", 31, "inputs.backupRule must be one of double, retention; got the text \"triple\"");
        expect("unknown-topology", 33, "inputs.topology must be one of every-node, data-node; got the number 3");
        expect("unknown-docs-version", 6, "inputs.docsVersion must be one of 1.8, 1.9, 2.0, 2.1; got the text \"2.2\"");
        expect("docs-version-number", 5, "inputs.docsVersion must be one of 1.8, 1.9, 2.0, 2.1; got the number 2.0");
        expect("unknown-monitoring", 5, "inputs.monitoring must be one of this-server, elsewhere; got the text \"cloud\"");
        expect("out-of-range-monitoring-days", 7, "inputs.monitoringDays must be between 1 and 365 days; got 730");
        expect("wrong-type-disk-encryption", 5, "inputs.diskEncryption must be true or false; got the text \"on\"");
        expect("event-missing-rate", 23, "inputs.otherEvents[1].ratePerThousand is missing");
        expect("event-name-too-long", 24, "inputs.otherEvents[1].name must have 1 to 60 characters");
        expect("event-name-blank", 24, "inputs.otherEvents[1].name must have 1 to 60 characters; got \"\"");
        expect("event-birth", 17, "inputs.otherEvents must not be birth or death (or naissance, décès), which are always counted; got \"Birth\"");
        expect("events-duplicate", 17, "inputs.otherEvents must be unique; got \"Marriage\" twice");
        expect("too-many-events", 4, "inputs.otherEvents allows at most 20 other event types; got 21");
        expect("huge-number", 6, "inputs.population must be between 1 and 2,000,000,000 people; got Infinity");
        expect("huge-integer", 28, "inputs.legacyRecords must be between 0 and 10,000,000,000 records");
        // Found by an independent probe of hostile input (issue #15).
        expect("overlong-utf8", 3, "it is not valid UTF-8 text: at byte offset 41, 0xC0 is not a character");
        expect("overlong-nul", 3, "it is not valid UTF-8 text: at byte offset 41, 0xC0 is not a character");
        expect("damaged-utf32", 1, "it is not valid UTF-32LE text: at byte offset 8, 0x22 is not a character");
        expect("lone-surrogate", 3, "name holds \\uD800, half of a character without its other half: the file is damaged");
        expect("terminal-escape", 34, "inputs.stage must be one of poc, pilot, national; got the text \"\\u001B]0;PWNED\\u0007\"");
        expect("event-name-bidi", 24, "inputs.otherEvents[1].name must be plain text, without control characters or "
                + "direction overrides; got \"abc\\u202Efdp.exe\"");
        expect("event-name-huge", 24, "inputs.otherEvents[1].name must have 1 to 60 characters; got \""
                + "divorce".repeat(6).substring(0, 40) + "… (105,000 characters)\"");
    }

    @TempDir
    Path dir;

    private static void expect(String name, int line, String message) {
        CORPUS.put(name + ".crvsplan", new Object[] {line, message});
    }

    static Stream<Arguments> corpus() {
        return CORPUS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("each broken file gives one line naming the file, the place and the problem")
    void corpusFile(String name, int line, String message) {
        Path file = Samples.path("broken/" + name);
        ScenarioFileException problem = readProblem(file);
        assertThat(problem.getMessage()).startsWith("Cannot open " + file + ": ").contains(message);
        if (line > 0) {
            assertThat(problem.line()).hasValue(line);
            assertThat(problem.getMessage()).contains("line " + line + ", column ");
        } else {
            assertThat(problem.line()).isEmpty();
        }
    }

    @Test
    @DisplayName("every file in the corpus has an expectation, so none is silently skipped")
    void corpusIsComplete() throws Exception {
        try (Stream<Path> files = Files.list(Samples.path("broken"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(CORPUS.keySet());
        }
    }

    @Test
    @DisplayName("a folder, a missing file and a missing folder are named as such")
    void wrongPaths() throws Exception {
        assertThat(readProblem(dir).problem()).isEqualTo("it is a folder, not a file");
        assertThat(readProblem(dir.resolve("nothing.crvsplan")).problem()).isEqualTo("there is no such file");
        Path inMissingFolder = dir.resolve("gone").resolve("plan.crvsplan");
        assertThat(readProblem(inMissingFolder).problem()).isEqualTo("the folder " + dir.resolve("gone") + " does not exist");
    }

    @Test
    @DisplayName("a huge file is refused by its size, before it is read: a 5 GB sparse file takes no time")
    void hugeFile() throws Exception {
        Path huge = dir.resolve("huge.crvsplan");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(5_000_000_000L);
        }
        ScenarioFileException problem = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readProblem(huge));
        assertThat(problem.problem()).isEqualTo("it is 5,000,000,000 bytes, and a scenario file is at most 1,000,000 bytes (1 MB)");

        Path justOver = dir.resolve("just-over.crvsplan");
        Files.write(justOver, new byte[ScenarioFiles.MAX_BYTES + 1]);
        assertThat(readProblem(justOver).problem()).contains("1,000,001 bytes");
    }

    @Test
    @DisplayName("a device or a pipe is refused without being read, so reading never hangs")
    void notARegularFile() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).as("needs /dev/zero (Linux or macOS)").isTrue();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readProblem(zero)).problem())
                .isEqualTo("it is not a regular file (a device or a pipe?)");
        Path pipe = dir.resolve("pipe.crvsplan");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeThat(mkfifo.waitFor()).as("needs mkfifo").isZero();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readProblem(pipe)).problem())
                .isEqualTo("it is not a regular file (a device or a pipe?)");
    }

    @Test
    @DisplayName("an unreadable file says permission denied (skipped as root, who may read anything)")
    void unreadableFile() throws Exception {
        Path file = dir.resolve("secret.crvsplan");
        Files.write(file, Samples.bytes("valid/minimal.crvsplan"));
        assumeThat(Files.getFileStore(file).supportsFileAttributeView("posix")).as("needs POSIX permissions").isTrue();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file))
                .as("the test user can read a file with no permissions (root does), so there is no honest way to "
                        + "make an unreadable file here")
                .isFalse();
        assertThat(readProblem(file).problem()).isEqualTo("permission denied: this user may not read it");
    }

    private static ScenarioFileException readProblem(Path file) {
        Throwable thrown = catchThrowable(() -> ScenarioFiles.read(file));
        assertThat(thrown).isExactlyInstanceOf(ScenarioFileException.class);
        ScenarioFileException problem = (ScenarioFileException) thrown;
        assertThat(problem.getMessage()).startsWith("Cannot open " + file + ": ").doesNotContain("\n", "\r",
                "Exception", ScenarioReader.UNEXPECTED, "StreamReadFeature", "Source:");
        assertThat(problem.file()).isEqualTo(file);
        return problem;
    }
}
