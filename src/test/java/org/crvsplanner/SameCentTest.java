package org.crvsplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.cli.PlannerCommand;
import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Language;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 3: 50 million people, 17.5 births and 7.5 deaths per 1,000 need a backup of
 * exactly 15,429.125 GB at the horizon, and every place that shows it shows the same cent: the
 * window, the command line's table and the workbook, which spreadsheets round half up.
 */
class SameCentTest {
    private static final String[] FLAGS = {"--population", "50000000", "--birth-rate", "17.5", "--death-rate", "7.5"};
    private static final SizingInputs INPUTS = SizingInputs.defaults().toBuilder()
            .population(50_000_000).crudeBirthRate(17.5).crudeDeathRate(7.5).build();

    @TempDir
    Path folder;

    @AfterEach
    void english() {
        I18n.setLanguage(Language.ENGLISH);
    }

    @Test
    @DisplayName("the case is a true tie: the backup is exactly 15,429.125 GB")
    void exactTie() {
        assertThat(plan().years().get(plan().years().size() - 1).backupServerDiskGb()).isEqualTo(15_429.125);
    }

    @Test
    @DisplayName("the window shows 15,429.13 GB, in English and French")
    void window() {
        PlannerViewModel planner = new PlannerViewModel(INPUTS);
        PlanViewModel plan = new PlanViewModel(planner.planProperty());
        assertThat(plan.keyFiguresProperty().get().backup()).isEqualTo("15,429.13 GB");
        I18n.setLanguage(Language.FRENCH);
        plan = new PlanViewModel(planner.planProperty());
        assertThat(plan.keyFiguresProperty().get().backup()).isEqualTo("15\u202F429,13\u00A0Go");
    }

    @Test
    @DisplayName("the command line's table shows 15,429.13 GB, in English and French")
    void commandLine() {
        assertThat(size("en")).contains("15,429.13 GB").doesNotContain("15,429.12");
        assertThat(size("fr")).contains("15\u202F429,13\u00A0Go").doesNotContain("15\u202F429,12");
    }

    @Test
    @DisplayName("the workbook stores 15,429.125 and formats it as 15,429.13, as the window does")
    void workbook() throws IOException {
        try (XSSFWorkbook workbook = ProcurementWorkbook.build(content(), Wording.ENGLISH)) {
            XSSFCell backup = named(workbook, "HorizonBackupDiskGb");
            assertThat(backup.getNumericCellValue()).isEqualTo(15_429.125);
            // The cached value as a spreadsheet shows it with the cell's own number format.
            String shown = new DataFormatter(java.util.Locale.ENGLISH).formatRawCellContents(
                    backup.getNumericCellValue(), backup.getCellStyle().getDataFormat(),
                    backup.getCellStyle().getDataFormatString());
            assertThat(shown).isEqualTo("15,429.13");
            assertThat(Wording.ENGLISH.fixed(backup.getNumericCellValue(), 2)).isEqualTo(shown);
        }
    }

    @Test
    @DisplayName("LibreOffice shows the workbook's backup as 15,429.13, the window's cent")
    void libreOffice() throws IOException, InterruptedException {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "soffice is not installed (scripts/install-test-deps.sh)");
        Path xlsx = folder.resolve("plan.xlsx");
        ProcurementWorkbook.write(content(), xlsx, Wording.ENGLISH);
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", folder.toString(), xlsx.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        // The CSV of the first sheet, the Summary, holds each figure as the cell shows it.
        String summary = Files.readString(folder.resolve("plan.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains("15,429.13").doesNotContain("15,429.12");
    }

    private static SizingPlan plan() {
        return SizingEngine.plan(INPUTS);
    }

    private static WorkbookContent content() {
        return WorkbookContent.of(plan(), "Same cent", "", LocalDate.of(2025, 1, 1), "test");
    }

    private static XSSFCell named(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        var ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion()).getFirstCell();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String size(String language) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("size", "--lang", language));
        args.addAll(List.of(FLAGS));
        int status = PlannerCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(status).as("exit status; stderr: %s", err).isZero();
        return out.toString();
    }
}
