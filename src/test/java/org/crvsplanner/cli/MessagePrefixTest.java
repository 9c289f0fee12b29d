package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crvsplanner.cli.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, point 11: every message of a command starts the same way, and names the flag in our words. */
class MessagePrefixTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("every error starts with 'crvs-planner <command>:', whatever kind it is")
    void onePrefix() throws Exception {
        run("export", "--out", dir.toString()).failedWithOneLine("crvs-planner export: --out must name an .xlsx file");
        run("size", "--years", "0").failedWithOneLine("crvs-planner size: --years must be");
        Path existing = Files.writeString(dir.resolve("plan.crvsplan"), "{}");
        run("size", "--save-scenario", existing.toString()).failedWithOneLine(
                "crvs-planner size: Cannot use " + existing + ": it already exists");
        run("size", "--scenario", dir.resolve("missing.crvsplan").toString()).failedWithOneLine("crvs-planner size: ");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        run("export", "--country-data", empty.toString(), "--country", "UGA", "--out",
                dir.resolve("x.xlsx").toString()).failedWithOneLine("crvs-planner export: Cannot import empty.csv");
        run("scenario", "validate", dir.resolve("missing.crvsplan").toString())
                .failedWithOneLine("crvs-planner scenario validate: ");
    }

    @Test
    @DisplayName("a note starts the same way as an error")
    void notePrefix() {
        CommandRun written = run("export", "--out", dir.resolve(".plan.xlsx").toString());
        assertThat(written.status()).isZero();
        assertThat(written.err())
                .startsWith("crvs-planner export: note: .plan.xlsx starts with a dot");
    }

    @Test
    @DisplayName("a bad --format gets our one line, not picocli's words")
    void badFormat() {
        run("size", "--format", "xml").failedWithOneLine(
                "crvs-planner size: --format must be one of table, json; got 'xml' (see --help)");
    }
}
