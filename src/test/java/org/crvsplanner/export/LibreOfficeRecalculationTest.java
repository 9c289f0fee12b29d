package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    private static final String NAME = "=HYPERLINK(\"http://x\",\"y\") _x0041_";
    private static final String NOTES = "+cmd|' /C calc'!A0\nsecond line";
    private static final String EVENT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final long EDITED_POPULATION = 50_000_000;

    @Test
    @DisplayName("LibreOffice recalculates the exported workbook and an edited copy to the model's figures")
    void libreOfficeAgreesWithTheModel() throws Exception {
        Optional<Path> soffice = Engines.onPath("soffice");
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
            Engines.deleteAll(out);
            Files.createDirectories(out);
            assertThat(Engines.libreOffice(soffice.get(), WORK, locale, out, files.toArray(Path[]::new)))
                    .as("what LibreOffice said on opening the workbooks").isEmpty();
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

    private static void assertLiteral(Cell cell, String expected) {
        assertThat(cell.getCellType()).as("%s is plain text", expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }
}
