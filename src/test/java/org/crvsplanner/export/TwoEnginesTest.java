package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.BackupMethod;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two real spreadsheet programs, LibreOffice and Gnumeric, open a set of exported workbooks,
 * recalculate every formula and get the model's figures, with no error cell and nothing said on
 * opening. Then each workbook's inputs are edited with POI, as an officer would type them, and
 * both programs recalculate the edited copies to the model's figures for the edited inputs.
 */
class TwoEnginesTest {
    private static final Path WORK = Path.of("target", "two-engines-test");

    /**
     * A workbook of the set: its inputs and its language, and the OpenCRVS version its edited copy
     * switches to in the Assumptions, or null to keep its own.
     */
    private record Case(String name, SizingInputs inputs, Wording wording, DocsVersion editTo) {
        Case(String name, SizingInputs inputs, Wording wording) {
            this(name, inputs, wording, null);
        }

        String file(String kind) {
            return kind + "-" + name + ".xlsx";
        }
    }

    /** Covers every stage, both horizons' extremes, band crossings and every input kind. */
    private static List<Case> cases() {
        List<EventType> twenty = new ArrayList<>();
        for (int i = 1; i <= SizingInputs.MAX_EVENT_TYPES; i++) {
            twenty.add(i % 3 == 0 ? EventType.of("event " + i, i * 0.15, i % 4)
                    : EventType.of("event " + i, i * 0.15));
        }
        return List.of(
                // Every version's rules, each edited copy switched to another version in the sheet.
                new Case("v1.8-to-2.1", TestPlans.underVersion(DocsVersion.V1_8), Wording.ENGLISH, DocsVersion.V2_1),
                new Case("v1.9-to-2.0", TestPlans.underVersion(DocsVersion.V1_9), Wording.ENGLISH, DocsVersion.V2_0),
                new Case("v2.0-to-1.9", TestPlans.v20GrowingEncrypted(), Wording.ENGLISH, DocsVersion.V1_9),
                new Case("v2.1-to-1.8", TestPlans.underVersion(DocsVersion.V2_1), Wording.ENGLISH, DocsVersion.V1_8),
                new Case("v2.1-docs-10-years-encrypted", SizingInputs.docsExample(DocsVersion.V2_1).toBuilder()
                        .diskEncryption(true).horizonYears(10).build(), Wording.ENGLISH),
                new Case("v2.1-everything-french", TestPlans.v21Everything(), Wording.FRENCH),
                new Case("docs-1-year", SizingInputs.docsExample(), Wording.ENGLISH),
                new Case("50-years-growing", SizingInputs.builder().population(25_000_000).growthPercent(2)
                        .horizonYears(50).build(), Wording.ENGLISH),
                new Case("50-years-shrinking", TestPlans.fiftyYearsShrinking(), Wording.ENGLISH),
                new Case("poc", TestPlans.poc(), Wording.ENGLISH),
                new Case("pilot", TestPlans.pilot(), Wording.ENGLISH),
                new Case("two-crossings", TestPlans.growingCluster(), Wording.ENGLISH),
                new Case("exactly-30M-in-year-2", SizingInputs.builder().population(29_296_875).growthPercent(2.4)
                        .horizonYears(5).build(), Wording.ENGLISH),
                new Case("exactly-60M-in-year-2", SizingInputs.builder().population(58_593_750).growthPercent(2.4)
                        .horizonYears(5).build(), Wording.ENGLISH),
                new Case("french", TestPlans.everything(), Wording.FRENCH),
                new Case("french-1-year", SizingInputs.docsExample(), Wording.FRENCH),
                new Case("retention", TestPlans.shortRetention(), Wording.ENGLISH),
                new Case("retention-38", SizingInputs.builder().backup(BackupPolicy.retention(38)).horizonYears(10)
                        .build(), Wording.ENGLISH),
                new Case("data-node", SizingInputs.builder().topology(StorageTopology.DATA_NODE)
                        .stage(DeploymentStage.NATIONAL).population(61_000_000).build(), Wording.ENGLISH),
                new Case("twenty-events", SizingInputs.builder().otherEvents(twenty).horizonYears(8).build(),
                        Wording.ENGLISH),
                new Case("legacy-and-everything", TestPlans.everything(), Wording.ENGLISH),
                // The Operations sheet's advice: a differential v1.8 cannot make, a link below the
                // minimum, and a full backup that a differential one would fit.
                new Case("slow-link-differential-v1.8", SizingInputs.builder().linkMbps(5)
                        .backupMethod(BackupMethod.DIFFERENTIAL).build(), Wording.ENGLISH),
                new Case("v2.1-differential-would-fit", SizingInputs.defaults(DocsVersion.V2_1).toBuilder()
                        .linkMbps(150).build(), Wording.FRENCH),
                new Case("legacy-only", SizingInputs.builder().legacy(LegacyRecords.of(5_000_000, 2.5))
                        .coverageStartPercent(20).coverageFullYear(3).build(), Wording.ENGLISH));
    }

    @Test
    @DisplayName("LibreOffice and Gnumeric recalculate every exported and edited workbook to the model's figures")
    void bothEnginesAgreeWithTheModel() throws Exception {
        Engines.Programs engines = Engines.Programs.required();

        Engines.deleteAll(WORK);
        Path in = Files.createDirectories(WORK.resolve("in"));
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (Case c : cases()) {
            SizingPlan plan = SizingPlan.of(c.inputs());
            Path exported = in.resolve(c.file("exported"));
            ProcurementWorkbook.write(TestPlans.content(plan), exported, c.wording());
            expected.put(exported.getFileName().toString(), new Expected(c, plan));

            Path edited = in.resolve(c.file("edited"));
            try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(exported))) {
                SizingInputs editedInputs = edit(workbook, c.inputs(), c.wording());
                if (c.editTo() != null) {
                    // The sheet keeps the inputs as typed; only the version's own rules change.
                    PlanSheets.setInput(workbook, Names.DOCS_VERSION, c.editTo().id());
                    editedInputs = editedInputs.toBuilder().docsVersion(c.editTo()).build();
                }
                try (OutputStream file = Files.newOutputStream(edited)) {
                    workbook.write(file);
                }
                expected.put(edited.getFileName().toString(), new Expected(c, SizingPlan.of(editedInputs)));
            }
        }
        Path[] files = expected.keySet().stream().map(in::resolve).toArray(Path[]::new);

        // Every workbook in both engines, so that one failure does not hide the others.
        List<String> failures = new ArrayList<>();
        List<Path> copies = engines.recalculate(WORK, failures, files);

        for (Map.Entry<String, Expected> entry : expected.entrySet()) {
            for (Path engine : copies) {
                Expected e = entry.getValue();
                try (XSSFWorkbook workbook = PlanSheets.open(Files.readAllBytes(engine.resolve(entry.getKey())))) {
                    List<String> errors = PlanSheets.errorCells(workbook);
                    if (!errors.isEmpty()) {
                        failures.add(entry.getKey() + " in " + engine.getFileName() + ": " + errors.size()
                                + " error cells: " + errors);
                    }
                    new PlanSheets(workbook, e.c().wording()).assertShows(e.plan());
                } catch (AssertionError mismatch) {
                    failures.add(entry.getKey() + " in " + engine.getFileName() + ": " + mismatch.getMessage());
                }
            }
        }
        assertThat(failures).as("workbooks whose recalculated figures differ from the model's").isEmpty();
    }

    private record Expected(Case c, SizingPlan plan) {
    }

    /**
     * Types new population, rates, attachments, growth and a shorter horizon into the
     * Assumptions, as an officer would, and returns the inputs they make. The population and growth reach 30 million people
     * exactly in year 2, a band boundary.
     */
    private static SizingInputs edit(XSSFWorkbook workbook, SizingInputs inputs, Wording wording) {
        PlanSheets.setInput(workbook, "Population", 29_296_875);
        PlanSheets.setInput(workbook, "GrowthPercent", 2.4);
        PlanSheets.setInput(workbook, "CrudeBirthRate", 31.5);
        PlanSheets.setInput(workbook, "CrudeDeathRate", 8.25);
        PlanSheets.setInput(workbook, "AttachmentsPerRecord", 4);
        PlanSheets.setInput(workbook, "MbPerAttachment", 0.55);
        // A faster link and a longer night, as an officer tries what the backup needs.
        PlanSheets.setInput(workbook, "LinkMbps", 2_500);
        PlanSheets.setInput(workbook, "BackupWindowHours", 3.5);
        SizingInputs.Builder edited = inputs.toBuilder().population(29_296_875).growthPercent(2.4)
                .crudeBirthRate(31.5).crudeDeathRate(8.25).attachmentsPerRecord(4).mbPerAttachment(0.55)
                .linkMbps(2_500).backupWindowHours(3.5);
        if (inputs.horizonYears() > 2) {
            // A shorter horizon: the rows after it stay in the sheet but leave the plan.
            int horizon = Math.max(inputs.coverageFullYear(), inputs.horizonYears() - inputs.horizonYears() / 3);
            PlanSheets.setInput(workbook, "HorizonYears", horizon);
            edited.horizonYears(horizon);
        }
        if (!inputs.otherEvents().isEmpty()) {
            // The last event type's rate, found by its name as a reader would find it.
            List<EventType> events = new ArrayList<>(inputs.otherEvents());
            EventType last = events.get(events.size() - 1);
            Sheet assumptions = workbook.getSheet(new WorkbookWords(wording).sheet(WorkbookWords.Tab.ASSUMPTIONS));
            Row row = rowNamed(assumptions, last.name());
            row.getCell(1).setCellValue(last.ratePerThousand() * 2 + 0.7);
            events.set(events.size() - 1, new EventType(last.name(), last.ratePerThousand() * 2 + 0.7,
                    last.attachmentsPerRecord()));
            edited.otherEvents(events);
        }
        return edited.build();
    }

    private static Row rowNamed(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (PlanSheets.text(row.getCell(0)).equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }
}
