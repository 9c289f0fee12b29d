package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice, as a real client, recalculates the workbook from its formulas and gets the
 * model's figures: once for the exported file and once for a copy whose population was changed
 * without updating the stored values, for an English and a French workbook, each opened in an
 * English and in a French LibreOffice. Its private profile recalculates on load, so the stored
 * values cannot hide a wrong formula.
 */
class LibreOfficeRecalculationTest {
    private static final Path WORK = Path.of("target", "libreoffice-test");
    private static final long TIMEOUT_SECONDS = 180;
    private static final String NAME = "=HYPERLINK(\"http://x\",\"y\") _x0041_";
    private static final String NOTES = "+cmd|' /C calc'!A0\nsecond line";
    private static final String EVENT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final long EDITED_POPULATION = 50_000_000;

    @Test
    @DisplayName("LibreOffice recalculates the exported workbook and an edited copy to the model's figures")
    void libreOfficeAgreesWithTheModel() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice's soffice is not on the PATH; install libreoffice-calc-nogui "
                + "(scripts/install-test-deps.sh) to run this check");

        List<EventType> events = new ArrayList<>(TestPlans.everything().otherEvents());
        events.add(EventType.of(EVENT, 0.4));
        SizingInputs exportedInputs = TestPlans.everything().toBuilder().otherEvents(events).build();
        SizingPlan exported = SizingPlan.of(exportedInputs);
        SizingPlan edited = SizingPlan.of(exportedInputs.toBuilder().population(EDITED_POPULATION).build());
        assertThat(edited.clusterChanges()).as("the edit must move the cluster across a band").isNotEmpty();

        Path in = Files.createDirectories(WORK.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            String language = wording.locale().getLanguage();
            Path exportedFile = in.resolve("exported-" + language + ".xlsx");
            Path editedFile = in.resolve("edited-" + language + ".xlsx");
            ProcurementWorkbook.write(new WorkbookContent(exported, NAME, NOTES, TestPlans.DATE, "test", ""),
                    exportedFile, wording);
            try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(exportedFile))) {
                // Only the input changes; the stored values stay those of 12 million people.
                PlanSheets.setInput(workbook, "Population", EDITED_POPULATION);
                try (OutputStream file = Files.newOutputStream(editedFile)) {
                    workbook.write(file);
                }
            }
            files.add(exportedFile);
            files.add(editedFile);
        }

        // Each workbook in an English and in a French LibreOffice: its texts must not follow the reader's locale.
        for (String locale : List.of("en-US", "fr-FR")) {
            Path out = WORK.resolve("out-" + locale);
            deleteAll(out);
            Files.createDirectories(out);
            convert(soffice.get(), locale, out, files.toArray(Path[]::new));
            for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
                String language = wording.locale().getLanguage();
                String where = language + " workbook in a " + locale + " LibreOffice";
                try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(out.resolve("exported-" + language
                        + ".xlsx")))) {
                    PlanSheets.assertNoErrors(workbook);
                    PlanSheets sheets = new PlanSheets(workbook, wording);
                    sheets.assertShows(exported);
                    Map<String, Cell> summary = sheets.summary();
                    String scenario = new WorkbookWords(wording).text("summary.scenario");
                    assertLiteral(summary.get(scenario), NAME);
                    assertLiteral(summary.get(new WorkbookWords(wording).text("summary.notes")), NOTES);
                    assertThat(PlanSheets.text(summary.get(scenario))).as(where).isEqualTo(NAME);
                }
                try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(out.resolve("edited-" + language
                        + ".xlsx")))) {
                    PlanSheets.assertNoErrors(workbook);
                    new PlanSheets(workbook, wording).assertShows(edited);
                    assertThat(PlanSheets.number(PlanSheets.named(workbook, "Population"))).as(where)
                            .isEqualTo(EDITED_POPULATION);
                }
            }
        }
    }

    @Test
    @DisplayName("LibreOffice recalculates a workbook of every OpenCRVS version, and one whose version was changed "
            + "in the sheet, to the model's figures")
    void libreOfficeAgreesUnderEveryVersion() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice's soffice is not on the PATH; install libreoffice-calc-nogui "
                + "(scripts/install-test-deps.sh) to run this check");
        Path in = Files.createDirectories(WORK.resolve("versions-in"));
        Map<Path, SizingPlan> expected = new java.util.LinkedHashMap<>();
        Map<Path, Wording> languages = new java.util.HashMap<>();
        for (DocsVersion version : DocsVersion.values()) {
            SizingPlan plan = SizingPlan.of(TestPlans.underVersion(version));
            Path file = in.resolve("v" + version.id() + ".xlsx");
            ProcurementWorkbook.write(TestPlans.content(plan), file);
            expected.put(file, plan);
            languages.put(file, Wording.ENGLISH);
        }
        SizingPlan v21 = SizingPlan.of(TestPlans.v21Everything());
        Path french = in.resolve("v2.1-everything-fr.xlsx");
        ProcurementWorkbook.write(TestPlans.content(v21), french, Wording.FRENCH);
        expected.put(french, v21);
        languages.put(french, Wording.FRENCH);
        // A v1.8 workbook whose officer picks 2.1 in the Assumptions: the rules follow, the inputs stay.
        SizingInputs v18 = TestPlans.underVersion(DocsVersion.V1_8);
        Path switched = in.resolve("switched-to-2.1.xlsx");
        ProcurementWorkbook.write(TestPlans.content(SizingPlan.of(v18)), switched);
        try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(switched))) {
            PlanSheets.setInput(workbook, Names.DOCS_VERSION, "2.1");
            try (OutputStream file = Files.newOutputStream(switched)) {
                workbook.write(file);
            }
        }
        expected.put(switched, SizingPlan.of(v18.toBuilder().docsVersion(DocsVersion.V2_1).build()));
        languages.put(switched, Wording.ENGLISH);

        Path out = WORK.resolve("versions-out");
        deleteAll(out);
        Files.createDirectories(out);
        convert(soffice.get(), "en-US", out, expected.keySet().toArray(Path[]::new));
        for (Map.Entry<Path, SizingPlan> entry : expected.entrySet()) {
            Path file = entry.getKey();
            try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(out.resolve(file.getFileName())))) {
                PlanSheets.assertNoErrors(workbook);
                new PlanSheets(workbook, languages.get(file)).assertShows(entry.getValue());
            }
        }
    }

    private static void assertLiteral(Cell cell, String expected) {
        assertThat(cell.getCellType()).as("%s is plain text", expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    private static void convert(Path soffice, String locale, Path out, Path... files)
            throws IOException, InterruptedException {
        Path profile = WORK.resolve("profile-" + locale).toAbsolutePath();
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
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String log = Files.readString(WORK.resolve("soffice.log"));
        assertThat(process.exitValue()).as("soffice exit status; its output: %s", log).isZero();
        for (Path file : files) {
            assertThat(out.resolve(file.getFileName())).as("converted by soffice; its output: %s", log).exists();
        }
    }

    private static Optional<Path> onPath(String program) {
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

    private static void deleteAll(Path folder) throws IOException {
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
