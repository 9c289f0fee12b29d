package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The workbook's formulas, evaluated by POI, give the model's figures. */
class ProcurementWorkbookFormulaTest {

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("defaults", SizingInputs.defaults()),
                Arguments.of("documentation's example", SizingInputs.docsExample()),
                Arguments.of("growth, ramp, events, legacy, retention, data node", TestPlans.everything()),
                Arguments.of("cluster grows twice", TestPlans.growingCluster()),
                Arguments.of("proof of concept", TestPlans.poc()),
                Arguments.of("pilot", TestPlans.pilot()),
                Arguments.of("one year under retention", TestPlans.shortRetention()),
                Arguments.of("fifty years, shrinking", TestPlans.fiftyYearsShrinking()),
                Arguments.of("v1.9", TestPlans.underVersion(DocsVersion.V1_9)),
                Arguments.of("v2.0, monitoring here, encryption without a rule", TestPlans.v20GrowingEncrypted()),
                Arguments.of("v2.0", TestPlans.underVersion(DocsVersion.V2_0)),
                Arguments.of("v2.1's example, encrypted, 10 years", SizingInputs.docsExample(DocsVersion.V2_1)
                        .toBuilder().diskEncryption(true).horizonYears(10).build()),
                Arguments.of("v2.1, everything, monitoring 45 days, encrypted", TestPlans.v21Everything()),
                Arguments.of("v2.1", TestPlans.underVersion(DocsVersion.V2_1)),
                Arguments.of("following a projection, with a coverage ramp", TestPlans.followingProjection()));
    }

    private static XSSFWorkbook exported(SizingPlan plan) {
        return PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("every figure, recalculated from the formulas alone, equals the model's")
    void formulasEqualTheModel(String name, SizingInputs inputs) throws Exception {
        SizingPlan plan = SizingPlan.of(inputs);
        try (XSSFWorkbook workbook = exported(plan)) {
            PlanSheets.recalculateFromScratch(workbook);
            new PlanSheets(workbook).assertShows(plan);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("the stored values, which viewers that do not recalculate show, equal the model's")
    void cachedValuesEqualTheModel(String name, SizingInputs inputs) throws Exception {
        SizingPlan plan = SizingPlan.of(inputs);
        try (XSSFWorkbook workbook = exported(plan)) {
            new PlanSheets(workbook).assertShows(plan);
        }
    }

    @ParameterizedTest(name = "{0} written as the {2} {1}")
    @CsvSource({"V2_1, 2.1, text", "V2_0, 2.0, text", "V2_0, 2, number", "V1_9, 1.9, number"})
    @DisplayName("changing the version in the Assumptions changes the rules the formulas use, as text or a typed number")
    void versionChangedInTheSheet(DocsVersion version, String typed, String kind) throws Exception {
        SizingInputs exported = TestPlans.underVersion(DocsVersion.V1_8);
        // The sheet keeps the inputs as they are; only the version's own rules change.
        SizingPlan expected = SizingPlan.of(exported.toBuilder().docsVersion(version).build());
        try (XSSFWorkbook workbook = exported(SizingPlan.of(exported))) {
            PlanSheets.setInput(workbook, Names.DOCS_VERSION, kind.equals("number") ? Double.valueOf(typed) : typed);
            PlanSheets.recalculateFromScratch(workbook);
            PlanSheets.assertNoErrors(workbook);
            new PlanSheets(workbook).assertShows(expected);
        }
    }

    @Test
    @DisplayName("a faster link typed in the Assumptions moves the year the nightly backup misses the window")
    void fasterLinkMovesTheYear() throws Exception {
        // 101, 202 and 303 GB of data after years 1 to 3, sent whole each night in a 24-hour window.
        SizingInputs slow = SizingInputs.builder().population(1_000_000).crudeBirthRate(10).crudeDeathRate(0)
                .attachmentsPerRecord(1).mbPerAttachment(10).kbPerRecord(100).growthPercent(0).horizonYears(3)
                .linkMbps(10).linkSharePercent(100).backupWindowHours(24).build();
        try (XSSFWorkbook workbook = exported(SizingPlan.of(slow))) {
            PlanSheets.recalculateFromScratch(workbook);
            assertThat(PlanSheets.number(PlanSheets.named(workbook, Names.FIRST_YEAR_OVER_WINDOW))).isEqualTo(2);
            assertThat(PlanSheets.number(PlanSheets.named(workbook, Names.LINK_MBPS_NEEDED))).isEqualTo(29);

            // 202 GB in 24 h needs 18.7 Mbps: at 20 the window is missed in year 3.
            PlanSheets.setInput(workbook, "LinkMbps", 20);
            PlanSheets.recalculateFromScratch(workbook);
            assertThat(PlanSheets.number(PlanSheets.named(workbook, Names.FIRST_YEAR_OVER_WINDOW))).isEqualTo(3);
            new PlanSheets(workbook).assertShows(SizingPlan.of(slow.toBuilder().linkMbps(20).build()));
        }
    }

    @Test
    @DisplayName("the documentation's example shows 1013.71 GB and a 2027.42 GB backup, as the formula gives")
    void documentationExampleByHand() throws Exception {
        // 749,970 records × (3 × 0.4 MB + 18.33 kB) + 100 GB, worked out in the README.
        try (XSSFWorkbook workbook = exported(SizingPlan.of(SizingInputs.docsExample()))) {
            PlanSheets.recalculateFromScratch(workbook);
            Map<String, Cell> summary = new PlanSheets(workbook).summary();
            assertThat(PlanSheets.number(summary.get("Records in year 1"))).isCloseTo(749_970, within(1e-6));
            assertThat(PlanSheets.number(summary.get("Application-server disk in year 1")))
                    .isCloseTo(1013.71, within(0.005));
            assertThat(PlanSheets.number(summary.get("Backup disk in year 1"))).isCloseTo(2027.42, within(0.005));
            assertThat(PlanSheets.number(summary.get("Production servers in year 1"))).isEqualTo(3);
        }
    }

    static Stream<Arguments> edits() {
        SizingInputs d = SizingInputs.defaults();
        SizingInputs all = TestPlans.everything();
        return Stream.of(
                edit(d, "Population", 61_000_000, d.toBuilder().population(61_000_000).build()),
                edit(d, "Population", 29_000_000, d.toBuilder().population(29_000_000).build()),
                edit(d, "CrudeBirthRate", 40.5, d.toBuilder().crudeBirthRate(40.5).build()),
                edit(d, "CrudeDeathRate", 12, d.toBuilder().crudeDeathRate(12).build()),
                edit(d, "AttachmentsPerRecord", 4.5, d.toBuilder().attachmentsPerRecord(4.5).build()),
                edit(d, "MbPerAttachment", 0.75, d.toBuilder().mbPerAttachment(0.75).build()),
                edit(d, "KbPerRecord", 25, d.toBuilder().kbPerRecord(25).build()),
                edit(d, "OsReserveGb", 150, d.toBuilder().osReserveGb(150).build()),
                edit(d, "OsReserveGb", 500, d.toBuilder().osReserveGb(500).build()),
                edit(d, "GrowthPercent", 3, d.toBuilder().growthPercent(3).build()),
                edit(d, "CoverageStartPercent", 50,
                        d.toBuilder().coverageStartPercent(50).coverageFullYear(3).build(), "CoverageFullYear", 3),
                edit(d, "LegacyRecords", 5_000_000,
                        d.toBuilder().legacy(LegacyRecords.of(5_000_000, 2)).build(), "LegacyAttachments", 2),
                edit(d, "MaxFillPercent", 85, d.toBuilder().maxFillPercent(85).build()),
                edit(d, "BackupRule", "retention", d.toBuilder().backup(BackupPolicy.retention(7)).build()),
                edit(all, "BackupCopies", 2, all.toBuilder().backup(BackupPolicy.retention(2)).build()),
                edit(all, "BackupRule", "double",
                        all.toBuilder().backup(BackupPolicy.of(BackupRule.DOUBLE, 7)).build()),
                edit(d, "Stage", "poc", d.toBuilder().stage(DeploymentStage.POC).build()),
                edit(d, "Stage", "pilot", d.toBuilder().stage(DeploymentStage.PILOT).build()),
                edit(TestPlans.poc(), "Stage", "national", SizingInputs.defaults()),
                edit(d, "Topology", "data-node", d.toBuilder().topology(StorageTopology.DATA_NODE).build()),
                edit(all, "Topology", "every-node",
                        all.toBuilder().topology(StorageTopology.EVERY_NODE).build()),
                edit(d, "IncludeDevelopment", "yes", d.toBuilder().includeDevelopment(true).build()),
                edit(all, "IncludeDevelopment", "no", all.toBuilder().includeDevelopment(false).build()),
                edit(all, "CoverageFullYear", 9, all.toBuilder().coverageFullYear(9).build()),
                edit(all, "HorizonYears", 7, all.toBuilder().horizonYears(7).build()),
                edit(TestPlans.growingCluster(), "HorizonYears", 8,
                        TestPlans.growingCluster().toBuilder().horizonYears(8).build()));
    }

    private static Arguments edit(SizingInputs exported, String name, Object value, SizingInputs expected) {
        return Arguments.of(exported, name, value, expected, null, null);
    }

    private static Arguments edit(SizingInputs exported, String name, Object value, SizingInputs expected,
            String alsoName, Object alsoValue) {
        return Arguments.of(exported, name, value, expected, alsoName, alsoValue);
    }

    @ParameterizedTest(name = "{1} = {2}")
    @MethodSource("edits")
    @DisplayName("changing an assumption in the sheet gives the model's plan for the changed inputs")
    void editedAssumption(SizingInputs exported, String name, Object value, SizingInputs expected,
            String alsoName, Object alsoValue) throws Exception {
        try (XSSFWorkbook workbook = exported(SizingPlan.of(exported))) {
            PlanSheets.setInput(workbook, name, value);
            if (alsoName != null) {
                PlanSheets.setInput(workbook, alsoName, alsoValue);
            }
            PlanSheets.recalculateFromScratch(workbook);
            SizingPlan plan = SizingPlan.of(expected);
            PlanSheets sheets = new PlanSheets(workbook);
            sheets.assertYears(plan, plan.years().size());
            sheets.assertServers(plan);
            sheets.assertSummary(plan);
            // Years past a horizon shortened in the sheet are not part of the plan.
            List<Map<String, Cell>> years = sheets.years();
            for (Map<String, Cell> year : years.subList(plan.years().size(), years.size())) {
                assertThat(PlanSheets.text(year.get("Cluster grows (year)"))).isEmpty();
                assertThat(PlanSheets.number(year.get("Cluster grows (year)"))).isNaN();
            }
        }
    }

    @Test
    @DisplayName("an event type typed into a spare row counts, with the general attachments when its own is blank")
    void addedEventType() throws Exception {
        SizingInputs exported = TestPlans.everything();
        try (XSSFWorkbook workbook = exported(SizingPlan.of(exported))) {
            Sheet sheet = workbook.getSheet("Assumptions");
            Row spare = firstSpareEventRow(sheet);
            spare.getCell(0).setCellValue("stillbirth");
            spare.getCell(1).setCellValue(2.2);
            PlanSheets.recalculateFromScratch(workbook);
            List<EventType> events = new java.util.ArrayList<>(exported.otherEvents());
            events.add(EventType.of("stillbirth", 2.2));
            new PlanSheets(workbook).assertShows(SizingPlan.of(exported.toBuilder().otherEvents(events).build()));
        }
    }

    private static Row firstSpareEventRow(Sheet sheet) {
        boolean inTable = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (text.equals("Event type")) {
                inTable = true;
            } else if (inTable && text.isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("no spare row in the event table");
    }
}
