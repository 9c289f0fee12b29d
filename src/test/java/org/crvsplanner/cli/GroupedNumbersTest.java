package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, point 11: the command line takes thousands grouped as the chosen --lang groups them,
 * as the window's fields do, and still one notation of ASCII digits with '.' before decimals.
 */
class GroupedNumbersTest {

    private static double population(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "size";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        CommandRun run = run(all);
        assertThat(run.status()).as(run.err()).isZero();
        return run.json().get("years").get(0).get("population").asDouble();
    }

    @Test
    @DisplayName("English takes 1,500,000, before or after --lang, as the window takes it")
    void englishGrouping() throws Exception {
        assertThat(population("--population", "1,500,000")).isEqualTo(1_500_000);
        assertThat(population("--population", "1,500,000", "--lang", "en")).isEqualTo(1_500_000);
        assertThat(population("--lang", "en", "--population", "+1,500,000.0")).isEqualTo(1_500_000);
        CommandRun run = run("size", "--os-gb", "1,000.5", "--legacy-records", "2,000,000", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 500 000", "1\u202F500\u202F000", "1\u00A0500\u00A0000", "1\u2009500\u2009000"})
    @DisplayName("French takes its spaces between thousands, before or after --lang")
    void frenchGrouping(String typed) throws Exception {
        assertThat(population("--lang", "fr", "--population", typed)).isEqualTo(1_500_000);
        assertThat(population("--population", typed, "--lang", "fr")).isEqualTo(1_500_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "15,00", "1,500,00", "1,5000", ",500", "1,500e3", "1 500 000", "1,500,٠٠٠",
        "1,,500"})
    @DisplayName("English refuses what is not grouped by threes, French spaces and other scripts' digits")
    void englishRefuses(String typed) {
        CommandRun run = run("size", "--population", typed);
        run.failedWithOneLine("crvs-planner size: --population must be a whole number between 1 and "
                + "2,000,000,000 people; got '");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,500,000", "1,5", "1 5", "1 500,5", "1.500.000"})
    @DisplayName("French refuses commas, which it reads as decimal marks in the window, and misplaced spaces")
    void frenchRefuses(String typed) {
        run("size", "--lang", "fr", "--population", typed).failedWithOneLine(
                "crvs-planner size: --population must be a whole number between 1 and 2,000,000,000 people; got '");
    }

    @Test
    @DisplayName("a refused grouping says how the chosen language groups thousands")
    void groupingHint() {
        run("size", "--lang", "fr", "--population", "1,500,000").failedWithOneLine(
                "got '1,500,000' (with --lang fr, thousands are grouped as in 1 500 000, by threes, before any '.')");
        run("size", "--growth", "1,5").failedWithOneLine("--growth must be a number between -10 and 10% per year; got '1,5' "
                + "(with --lang en, thousands are grouped as in 1,500,000, by threes, before any '.')");
    }

    @Test
    @DisplayName("whole-number flags still take only whole values, grouped or not")
    void wholeValues() {
        run("size", "--legacy-records", "1,500.5").failedWithOneLine("--legacy-records must be a whole number");
        run("size", "--years", "1,000").failedWithOneLine("--years must be between 1 and 50 years; got 1,000");
    }

    @Test
    @DisplayName("the help says which grouping each language takes")
    void help() {
        assertThat(run("size", "--help").out()).contains("1,500,000 in English").contains("\"1 500 000\" in French");
    }
}
