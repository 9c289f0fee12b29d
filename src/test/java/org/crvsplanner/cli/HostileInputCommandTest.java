package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Values, names and paths a terminal would obey or choke on: each gets one short, visible line. */
class HostileInputCommandTest {
    /** What a terminal obeys: C0 and C1 controls, separators, direction overrides and isolates. */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069&&[^\\n]]");
    private static final String HUGE = "9".repeat(100_000);

    @TempDir
    Path dir;

    @Test
    @DisplayName("a terminal escape in a flag is shown by its code, never sent to the terminal")
    void escapeInFlag() {
        CommandRun run = run("size", "--stage", "\u001B]0;x\u0007");
        run.failedWithOneLine("--stage must be one of poc, pilot, national; got '\\u001B]0;x\\u0007'");
        assertThat(HIDDEN.matcher(run.err()).find()).isFalse();
    }

    @Test
    @DisplayName("a terminal escape in a file's value and in its name is shown by its code")
    void escapeInFile() throws Exception {
        Path file = dir.resolve("stage.crvsplan");
        Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"inputs\":{\"stage\":\"\\u001b]0;PWNED\\u0007\"}}");
        CommandRun refused = run("size", "--scenario", file.toString());
        refused.failedWithOneLine("got the text \"\\u001B]0;PWNED\\u0007\"");
        assertThat(HIDDEN.matcher(refused.err()).find()).isFalse();

        Path named = dir.resolve("named.crvsplan");
        Files.writeString(named, "{\"schemaVersion\":\"1.0\",\"name\":\"\\u001b[2Jgone\\r\\u202eabc\"}");
        CommandRun valid = run("scenario", "validate", named.toString());
        assertThat(valid.status()).isZero();
        assertThat(valid.out()).contains("a valid scenario, \"\\u001B[2Jgone\\u000D\\u202Eabc\".");
        assertThat(HIDDEN.matcher(valid.out()).find()).isFalse();
    }

    @Test
    @DisplayName("a path with control characters is shown by their code")
    void escapeInPath() {
        CommandRun run = run("scenario", "validate", dir.resolve("\u001B[31mred.crvsplan").toString());
        run.failedWithOneLine("\\u001B[31mred.crvsplan: there is no such file");
        assertThat(HIDDEN.matcher(run.err()).find()).isFalse();
    }

    static Stream<Arguments> hugeValues() {
        return Stream.of(
                Arguments.of((Object) new String[] {"size", "--population", HUGE}),
                Arguments.of((Object) new String[] {"size", "--growth", HUGE + "x"}),
                Arguments.of((Object) new String[] {"size", "--years", HUGE}),
                Arguments.of((Object) new String[] {"size", "--stage", HUGE}),
                Arguments.of((Object) new String[] {"size", "--backup-rule", HUGE}),
                Arguments.of((Object) new String[] {"size", "--event", HUGE + "=1"}),
                Arguments.of((Object) new String[] {"size", "--event", HUGE}),
                Arguments.of((Object) new String[] {"size", "--lang", HUGE}),
                Arguments.of((Object) new String[] {"size", "--format", HUGE}),
                Arguments.of((Object) new String[] {"size", "--" + HUGE}),
                Arguments.of((Object) new String[] {"size", HUGE}),
                Arguments.of((Object) new String[] {"export", "--out", HUGE}),
                Arguments.of((Object) new String[] {"scenario", "validate", HUGE + ".crvsplan"}));
    }

    @ParameterizedTest
    @MethodSource("hugeValues")
    @DisplayName("a value of 100,000 characters is quoted by its start and its length, on one short line")
    void hugeValue(String[] args) {
        CommandRun run = run(args);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().length()).as(run.err()).isLessThan(400);
        assertThat(run.err()).contains("characters)");
    }

    @Test
    @DisplayName("a file refusal quotes a huge event name by its start and its length")
    void hugeNameInFile() throws Exception {
        Path file = dir.resolve("huge.crvsplan");
        Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"inputs\":{\"otherEvents\":[{\"name\":\"" + "m".repeat(900_000)
                + "\",\"ratePerThousand\":1}]}}");
        CommandRun run = run("size", "--scenario", file.toString());
        run.failedWithOneLine("must have 1 to 60 characters; got \"" + "m".repeat(40) + "… (900,000 characters)\"");
        assertThat(run.err().length()).isLessThan(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size --scenario", "size --save-scenario", "export --out x.xlsx --scenario",
        "scenario validate"})
    @DisplayName("an empty path names the flag and says the path is empty")
    void emptyPath(String command) {
        String[] words = command.split(" ");
        String[] args = Stream.concat(Stream.of(words), Stream.of("")).toArray(String[]::new);
        CommandRun run = run(args);
        run.failedWithOneLine("the path given is empty");
        assertThat(run.err()).doesNotContain("folder");
        if (command.contains("--")) {
            assertThat(run.err()).contains(words[words.length - 1] + " needs the path of a file");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--years|١٢", "--years|１２", "--population|١٢٠٠٠٠٠٠", "--growth|١", "--growth|１.５",
        "--birth-rate|5d", "--max-fill|NaN", "--population|0x10", "--population|12,000,000", "--event|m=١"})
    @DisplayName("every numeric flag takes ASCII digits only: other scripts' digits and Java's extras are refused")
    void oneRuleForDigits(String flagAndValue) {
        String[] parts = flagAndValue.split("\\|");
        run("size", parts[0], parts[1]).failedWithOneLine(parts[0] + " ", parts[1]);
    }

    @Test
    @DisplayName("the same notation works for every numeric flag: exponents, and whole values written 5.0")
    void oneNotation() throws Exception {
        CommandRun run = run("size", "--population", "1.2e7", "--years", "12.0", "--growth", "2.5e0", "--format",
                "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("horizonYears").asInt()).isEqualTo(12);
        assertThat(run.json().get("years").get(0).get("population").asDouble()).isEqualTo(12_000_000);
        run("size", "--years", "7.5").failedWithOneLine("--years must be a whole number between 1 and 50 years; got '7.5'");
        assertThat(run("size", "--help").out()).contains("Numbers are written with the digits 0-9");
    }

    @Test
    @DisplayName("a right-to-left override in an event name is refused")
    void directionOverride() {
        run("size", "--event", "abc\u202Efdp.exe=1").failedWithOneLine(
                "--event name must be plain text, without control characters or direction overrides; "
                        + "got \"abc\\u202Efdp.exe\"");
    }

    @Test
    @DisplayName("--out .xlsx is refused: a hidden file with no name; another hidden name is written with a note")
    void hiddenOutput() throws Exception {
        Path nameless = dir.resolve(".xlsx");
        run("export", "--out", nameless.toString()).failedWithOneLine(
                "--out needs a file name before .xlsx, such as plan.xlsx");
        assertThat(nameless).doesNotExist();
        run("size", "--save-scenario", dir.resolve(".crvsplan").toString()).failedWithOneLine(
                "--save-scenario needs a file name before .crvsplan");

        Path hidden = dir.resolve(".plan.xlsx");
        CommandRun written = run("export", "--out", hidden.toString());
        assertThat(written.status()).isZero();
        assertThat(hidden).exists();
        assertThat(written.err()).contains("note: .plan.xlsx starts with a dot, so file managers and ls hide it");
    }

    @Test
    @DisplayName("--force never turns a pipe or a link to nothing into a file; the message says why")
    void forceOnlyReplacesFiles() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.crvsplan"), dir.resolve("missing.crvsplan"));
        for (String force : new String[] {"", "--force"}) {
            String[] args = force.isEmpty() ? new String[] {"size", "--save-scenario", link.toString()}
                    : new String[] {"size", "--save-scenario", link.toString(), force};
            CommandRun run = run(args);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("it is a link to " + dir.resolve("missing.crvsplan") + ", which does not exist");
        }
        assertThat(dir.resolve("missing.crvsplan")).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    @DisplayName("an implausible plan says so, and its JSON figures read back as exactly the model's doubles")
    void extremePlan() throws Exception {
        String[] args = {"size", "--population", "2000000000", "--growth", "10", "--years", "50", "--attachments", "20",
            "--attachment-mb", "100", "--backup-rule", "retention", "--backup-copies", "100", "--format", "json"};
        CommandRun run = run(args);
        assertThat(run.status()).isZero();
        assertThat(run.json().get("advisories").get(0).asText()).startsWith("In year 16 the projected population");
        SizingPlan plan = SizingPlan.of(SizingInputs.builder().population(2_000_000_000).growthPercent(10)
                .horizonYears(50).attachmentsPerRecord(20).mbPerAttachment(100)
                .backup(BackupPolicy.of(BackupRule.RETENTION, 100)).build());
        JsonNode last = run.json().get("years").get(49);
        YearProjection year = plan.years().get(49);
        // Read as a double, as JavaScript or Python would: the very same double, all its digits.
        assertThat(last.get("provisionedBackupDiskGB").doubleValue()).isEqualTo(year.provisionedBackupDiskGb());
        assertThat(last.get("population").doubleValue()).isEqualTo(year.population());
        assertThat(run.json().get("totals").get("diskGB").doubleValue()).isEqualTo(plan.totals().diskGb());
    }

    @Test
    @DisplayName("a recoverySnapshot field in an ordinary file is neither kept nor listed")
    void recoveryMarkDropped() throws Exception {
        Path file = dir.resolve("crafted.crvsplan");
        Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"name\":\"n\",\"recoverySnapshot\":{\"file\":\"/etc/passwd\"},"
                + "\"savedBy\":\"x\"}");
        CommandRun valid = run("scenario", "validate", file.toString());
        assertThat(valid.out()).contains("saving keeps them: savedBy.").doesNotContain("recoverySnapshot");
        Path copy = dir.resolve("copy.crvsplan");
        assertThat(run("size", "--scenario", file.toString(), "--save-scenario", copy.toString()).status()).isZero();
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("savedBy").doesNotContain("recoverySnapshot",
                "passwd");
        Scenario read = ScenarioFiles.read(file);
        assertThat(read.unknownFields().topLevel()).containsOnlyKeys("savedBy");
    }
}
