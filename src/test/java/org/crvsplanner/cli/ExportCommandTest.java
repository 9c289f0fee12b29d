package org.crvsplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crvsplanner.cli.CommandRun.run;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crvsplanner.export.PlanSheets;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;

class ExportCommandTest {
    @TempDir
    Path folder;


    private static String summaryValue(Path workbook, String label) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet("Summary");
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
                    return row.getCell(1).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no " + label + " on the Summary");
    }

    private List<Path> filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    @DisplayName("export writes the workbook for the size flags, named after the file by default")
    void writes() throws Exception {
        Path plan = folder.resolve("freedonia-plan.xlsx");
        CommandRun run = run("export", "--out", plan.toString(), "--population", "61000000", "--stage", "pilot");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Wrote " + plan + " (5-year plan, 4 servers)" + System.lineSeparator());
        assertThat(summaryValue(plan, "Scenario")).isEqualTo("freedonia-plan");
        assertThat(summaryValue(plan, "Deployment stage")).isEqualTo("Pilot");
        assertThat(filesInFolder()).containsExactly(plan);

        Path poc = folder.resolve("poc.xlsx");
        assertThat(run("export", "--out", poc.toString(), "--stage", "poc", "--years", "1").out())
                .isEqualTo("Wrote " + poc + " (1-year plan, 1 server)" + System.lineSeparator());
    }

    @Test
    @DisplayName("--lang fr writes a French workbook whose formulas still give the model's figures")
    void frenchWorkbook() throws Exception {
        Path plan = folder.resolve("plan-fr.xlsx");
        CommandRun run = run("export", "--out", plan.toString(), "--years", "1", "--max-fill", "100", "--stage", "pilot",
                "--lang", "fr");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(plan + " écrit (plan sur 1\u00A0an, 4\u00A0serveurs)" + System.lineSeparator());
        SizingPlan model = SizingEngine.plan(SizingInputs.builder().horizonYears(1).maxFillPercent(100)
                .stage(DeploymentStage.PILOT).build());
        try (InputStream in = Files.newInputStream(plan); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            assertThat(book.getSheet("Summary")).isNull();
            PlanSheets.recalculateFromScratch(book);
            Map<String, Cell> summary = new HashMap<>();
            for (Row row : book.getSheet("Synthèse")) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() != CellType.BLANK) {
                    summary.put(label.getCellType() == CellType.FORMULA ? label.getStringCellValue() : label.toString(),
                            row.getCell(1));
                }
            }
            assertThat(summary.get("Scénario").getStringCellValue()).isEqualTo("plan-fr");
            assertThat(summary.get("Étape du déploiement").getStringCellValue()).isEqualTo("Pilote");
            assertThat(summary.get("Horizon de planification").getStringCellValue()).isEqualTo("1\u00A0an");
            assertThat(summary.get("Actes de l'année 1").getNumericCellValue())
                    .isCloseTo(model.firstYear().records(), within(1e-6));
            assertThat(summary.get("Disque du serveur d'application, année 1").getNumericCellValue())
                    .isCloseTo(model.firstYear().applicationServerDiskGb(), within(0.005))
                    .isCloseTo(1013.71, within(0.005));
            assertThat(summary.get("Disque de sauvegarde, année 1").getNumericCellValue())
                    .isCloseTo(model.firstYear().backupServerDiskGb(), within(0.005))
                    .isCloseTo(2027.42, within(0.005));
            assertThat(summary.get("Serveurs au total").getNumericCellValue()).isEqualTo(model.totals().servers());
            String advice = book.getSheet("Synthèse").getRow(summaryRowBelow(book, "Conseils de la documentation "
                    + "d'OpenCRVS")).getCell(0).getStringCellValue();
            assertThat(advice).contains("2\u202F027,42\u00A0Go", "6\u202F495,98\u00A0Go", "10\u00A0Mbit/s");
        }
    }

    private static int summaryRowBelow(XSSFWorkbook book, String heading) {
        for (Row row : book.getSheet("Synthèse")) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no " + heading);
    }

    @Test
    @DisplayName("--scenario exports the file's inputs, name and notes, with flags on top")
    void fromScenario() throws Exception {
        Path scenario = folder.resolve("pilot.crvsplan");
        ScenarioFiles.write(scenario, Scenario.of("Pilot in 3 regions", "Agreed with the registrar",
                SizingInputs.builder().population(4_000_000).stage(DeploymentStage.PILOT).build()));
        Path plan = folder.resolve("plan.xlsx");
        CommandRun run = run("export", "--scenario", scenario.toString(), "--out", plan.toString(), "--years", "3");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("(3-year plan, 4 servers)");
        assertThat(summaryValue(plan, "Scenario")).isEqualTo("Pilot in 3 regions");
        assertThat(summaryValue(plan, "Notes")).isEqualTo("Agreed with the registrar");
        assertThat(summaryValue(plan, "Deployment stage")).isEqualTo("Pilot");

        CommandRun broken = run("export", "--scenario", folder.resolve("missing.crvsplan").toString(), "--out",
                folder.resolve("other.xlsx").toString());
        broken.failedWithOneLine("missing.crvsplan");
    }

    @Test
    @DisplayName("--name and --notes appear on the summary as typed")
    void nameAndNotes() throws Exception {
        Path plan = folder.resolve("plan.xlsx");
        CommandRun run = run("export", "--out", plan.toString(), "--name", "=HYPERLINK(\"http://x\",\"y\")", "--notes",
                "+cmd|' /C calc'!A0");
        assertThat(run.status()).isZero();
        assertThat(summaryValue(plan, "Scenario")).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(summaryValue(plan, "Notes")).isEqualTo("+cmd|' /C calc'!A0");
    }

    @Test
    @DisplayName("an existing file is kept unless --force is given")
    void overwriteNeedsForce() throws Exception {
        Path plan = folder.resolve("plan.xlsx");
        Files.writeString(plan, "someone's work");
        CommandRun refused = run("export", "--out", plan.toString());
        refused.failedWithOneLine(plan.toString(), "already exists", "--force");
        assertThat(Files.readString(plan)).isEqualTo("someone's work");
        assertThat(filesInFolder()).containsExactly(plan);

        CommandRun forced = run("export", "--out", plan.toString(), "--force");
        assertThat(forced.status()).isZero();
        assertThat(summaryValue(plan, "Scenario")).isEqualTo("plan");
        assertThat(filesInFolder()).containsExactly(plan);
    }

    @Test
    @DisplayName("a missing folder is reported in one line and nothing is written")
    void missingFolder() throws Exception {
        Path plan = folder.resolve("no-such-folder").resolve("plan.xlsx");
        run("export", "--out", plan.toString()).failedWithOneLine(plan.toString(), "does not exist");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    @DisplayName("a folder in the way is reported in one line and left alone")
    void folderInTheWay() throws Exception {
        Path plan = Files.createDirectory(folder.resolve("plan.xlsx"));
        run("export", "--out", plan.toString()).failedWithOneLine(plan.toString(), "it is a folder, not a file");
        run("export", "--out", plan.toString(), "--force").failedWithOneLine(plan.toString(), "it is a folder");
        assertThat(Files.isDirectory(plan)).isTrue();
        assertThat(filesInFolder()).containsExactly(plan);
    }

    @Test
    @DisplayName("a read-only file is reported in one line and left unchanged, even with --force")
    void readOnlyFile() throws Exception {
        Path plan = folder.resolve("plan.xlsx");
        Files.writeString(plan, "signed-off version");
        Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(plan), "running as root, which may write read-only files");
        run("export", "--out", plan.toString(), "--force").failedWithOneLine(plan.toString(), "read-only");
        assertThat(Files.readString(plan)).isEqualTo("signed-off version");
        assertThat(filesInFolder()).containsExactly(plan);
    }

    @Test
    @DisplayName("a read-only folder is reported in one line and no file is left")
    void readOnlyFolder() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root, which may write in read-only folders");
            Path plan = locked.resolve("plan.xlsx");
            run("export", "--out", plan.toString()).failedWithOneLine(plan.toString(), "permission denied");
            try (Stream<Path> files = Files.list(locked)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName("bad size flags, a missing --out and overlong notes get one line and status 2")
    void badInput() throws Exception {
        Path plan = folder.resolve("plan.xlsx");
        run("export", "--out", plan.toString(), "--population", "0").failedWithOneLine(
                "--population must be between 1 and 2,000,000,000 people; got 0");
        run("export", "--out", plan.toString(), "--years", "many").failedWithOneLine("--years", "whole number");
        run("export").failedWithOneLine("--out");
        run("export", "--out", folder.resolve("plan.pdf").toString()).failedWithOneLine(
                "--out must name an .xlsx file; got '" + folder.resolve("plan.pdf") + "'");
        run("export", "--out", plan.toString(), "--notes", "n".repeat(33_000)).failedWithOneLine(
                "notes have 33,000 characters");
        assertThat(filesInFolder()).isEmpty();
    }
}
