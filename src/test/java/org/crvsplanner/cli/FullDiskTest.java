package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.scenario.SystemCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a save, on a real 64 kB tmpfs. Mounting one needs root (or
 * CAP_SYS_ADMIN) on Linux; elsewhere the test is skipped, saying why. The volume is always
 * unmounted afterwards.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    @TempDir
    Path dir;
    private Path tiny;
    private boolean mounted;

    @BeforeEach
    void mountTinyDisk() throws Exception {
        tiny = Files.createDirectory(dir.resolve("tiny"));
        mounted = SystemCommand.run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString());
        assumeThat(mounted).as("mounting a 64 kB tmpfs needs root (CAP_SYS_ADMIN); this user cannot, so there is "
                + "no honest full disk to write to").isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            assertThat(SystemCommand.run("umount", tiny.toString())).as("umount " + tiny).isTrue();
        }
    }

    @Test
    @DisplayName("a workbook that does not fit says the disk is full, exit 2, one line; the old one stays whole")
    void workbookOnFullDisk() throws Exception {
        Path workbook = tiny.resolve("s.xlsx");
        assertThat(CommandRun.run("export", "--out", workbook.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(workbook);
        // Leave 8 kB free, far less than a second workbook needs, whatever size the workbook has
        // grown to; tmpfs hands out whole 4 kB pages.
        int used = (before.length + 4095) / 4096 * 4096;
        Files.write(tiny.resolve("filler"), new byte[64 * 1024 - used - 8 * 1024]);

        CommandRun run = CommandRun.run("export", "--population", "8000000", "--out", workbook.toString(), "--force");

        run.failedWithOneLine("export: Cannot use " + workbook + ": the disk is full");
        assertThat(run.err()).doesNotContain("SEVERE", "sharedStrings");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(names()).containsExactlyInAnyOrder("s.xlsx", "filler");

        WorkbookContent content = WorkbookContent.of(SizingPlan.of(SizingInputs.defaults()), "plan", "",
                LocalDate.of(2026, 11, 25), "test");
        assertThatThrownBy(() -> ProcurementWorkbook.write(content, workbook))
                .isInstanceOf(FileProblem.class).hasMessage("Cannot use " + workbook + ": the disk is full");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    @DisplayName("a scenario that does not fit says the disk is full as well")
    void scenarioOnFullDisk() throws Exception {
        Path file = tiny.resolve("plan.crvsplan");
        Files.write(tiny.resolve("filler"), new byte[56 * 1024]);
        Scenario big = Scenario.of("big", "n".repeat(20_000), SizingInputs.defaults());
        assertThatThrownBy(() -> ScenarioFiles.write(file, big))
                .isInstanceOf(FileProblem.class).hasMessage("Cannot use " + file + ": the disk is full");
        assertThat(names()).containsExactly("filler");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tiny)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
