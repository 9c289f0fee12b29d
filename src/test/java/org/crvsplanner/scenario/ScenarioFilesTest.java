package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a scenario is written as the pinned file: fixed key order, 2-space indent, plain numbers, \\n")
    void writesThePinnedBytes() {
        byte[] expected = Samples.bytes("valid/pilot.crvsplan");
        assertThat(ScenarioFiles.toBytes(Samples.pilot())).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    @DisplayName("reading the pinned file gives back the scenario, and saving it again changes no byte")
    void readsThePinnedFile() throws Exception {
        Scenario read = ScenarioFiles.read(Samples.path("valid/pilot.crvsplan"));
        assertThat(read).isEqualTo(Samples.pilot());
        Path copy = dir.resolve("copy.crvsplan");
        ScenarioFiles.write(copy, read);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Samples.bytes("valid/pilot.crvsplan"));
    }

    @Test
    @DisplayName("missing fields take the defaults: a file with only schemaVersion is the documentation's example")
    void missingFieldsTakeDefaults() {
        Scenario minimal = ScenarioFiles.read(Samples.path("valid/minimal.crvsplan"));
        assertThat(minimal.inputs()).isEqualTo(SizingInputs.defaults());
        assertThat(minimal.name()).isEmpty();
        assertThat(minimal.notes()).isEmpty();
        assertThat(minimal.unknownFields()).isEqualTo(UnknownFields.NONE);

        Scenario partial = parse("{\"schemaVersion\":\"1.0\",\"inputs\":{\"population\":5000000,"
                + "\"legacyRecords\":20,\"backupRule\":\"retention\"}}");
        assertThat(partial.inputs()).isEqualTo(SizingInputs.builder().population(5_000_000)
                .legacy(org.crvsplanner.model.LegacyRecords.of(20, 0))
                .backup(org.crvsplanner.model.BackupPolicy.retention(7)).build());
    }

    @Test
    @DisplayName("whole numbers may be written 5.0, and an event without attachments uses the general average")
    void lenientWhereHarmless() {
        Scenario s = parse("{\"schemaVersion\":\"1.0\",\"inputs\":{\"horizonYears\":5.0,\"population\":3e7,"
                + "\"otherEvents\":[{\"name\":\" marriage \",\"ratePerThousand\":4,\"attachmentsPerRecord\":null}]}}");
        assertThat(s.inputs().horizonYears()).isEqualTo(5);
        assertThat(s.inputs().population()).isEqualTo(30_000_000L);
        assertThat(s.inputs().otherEvents()).containsExactly(EventType.of("marriage", 4));
    }

    @Test
    @DisplayName("fields of a newer minor version are kept on save; unknown event fields are named as dropped")
    void keepsUnknownFields() {
        Scenario read = ScenarioFiles.read(Samples.path("valid/newer-minor.crvsplan"));
        assertThat(read.inputs().population()).isEqualTo(45_000_000L);
        assertThat(read.inputs().stage()).isEqualTo(DeploymentStage.NATIONAL);
        assertThat(read.unknownFields().keptPaths())
                .containsExactly("savedBy", "chart", "inputs.pilotRegions", "inputs.networkMbps");
        assertThat(read.unknownFields().dropped()).containsExactly("inputs.otherEvents[0].colour");

        String saved = new String(ScenarioFiles.toBytes(read), StandardCharsets.UTF_8);
        assertThat(saved).contains("\"schemaVersion\": \"1.1\"", "\"savedBy\": \"CRVS Capacity Planner 1.3.0\"",
                "\"pilotRegions\": [", "\"North\"", "\"recommended\": 100", "\"overlay\": true")
                .doesNotContain("colour");
        // Unknown fields follow the known ones, in the order they were read.
        assertThat(saved.indexOf("\"includeDevelopment\"")).isLessThan(saved.indexOf("\"pilotRegions\""));
        assertThat(saved.indexOf("\"pilotRegions\"")).isLessThan(saved.indexOf("\"networkMbps\""));
        assertThat(saved.indexOf("\"inputs\"")).isLessThan(saved.indexOf("\"savedBy\""));
        assertThat(saved.indexOf("\"savedBy\"")).isLessThan(saved.indexOf("\"chart\""));

        Scenario again = parse(saved);
        assertThat(again.inputs()).isEqualTo(read.inputs());
        assertThat(again.unknownFields().topLevel()).isEqualTo(read.unknownFields().topLevel());
        assertThat(again.unknownFields().inputs()).isEqualTo(read.unknownFields().inputs());
        assertThat(ScenarioFiles.toBytes(again)).isEqualTo(ScenarioFiles.toBytes(read));
    }

    @Test
    @DisplayName("a file that names an OpenCRVS version gets that version's defaults for what it leaves out")
    void versionDefaults() {
        Scenario read = ScenarioFiles.read(Samples.path("valid/v21-partial.crvsplan"));
        assertThat(read.inputs().docsVersion()).isEqualTo(DocsVersion.V2_1);
        assertThat(read.inputs().kbPerRecord()).isEqualTo(18);
        assertThat(read.inputs().topology()).isEqualTo(StorageTopology.DATA_NODE);
        assertThat(read.inputs().diskEncryption()).isTrue();
        assertThat(read.inputs().population()).isEqualTo(45_000_000L);
        // A file from before versions existed plans by v1.8's rules, as it always did.
        Scenario old = ScenarioFiles.read(Samples.path("valid/newer-minor.crvsplan"));
        assertThat(old.inputs().docsVersion()).isEqualTo(DocsVersion.V1_8);
        Scenario again = parse(new String(ScenarioFiles.toBytes(read), StandardCharsets.UTF_8));
        assertThat(again.inputs()).isEqualTo(read.inputs());
    }

    @Test
    @DisplayName("editing a scenario keeps the fields of the newer version")
    void editingKeepsUnknownFields() {
        Scenario read = ScenarioFiles.read(Samples.path("valid/newer-minor.crvsplan"));
        Scenario edited = read.withName("Edited").withInputs(read.inputs().toBuilder().horizonYears(20).build());
        Scenario reread = parse(new String(ScenarioFiles.toBytes(edited), StandardCharsets.UTF_8));
        assertThat(reread.name()).isEqualTo("Edited");
        assertThat(reread.inputs().horizonYears()).isEqualTo(20);
        assertThat(reread.unknownFields().keptPaths()).isEqualTo(read.unknownFields().keptPaths());
    }

    @Test
    @DisplayName("a UTF-8 byte order mark or a UTF-16 file with its mark is read like plain UTF-8")
    void byteOrderMarks() {
        String text = "{\"schemaVersion\":\"1.0\",\"name\":\"Région\"}";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        assertThat(ScenarioFiles.parse(withMark, Path.of("bom.crvsplan")).name()).isEqualTo("Région");
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(ScenarioFiles.parse(utf16, Path.of("utf16.crvsplan")).name()).isEqualTo("Région");
    }

    @Test
    @DisplayName("a scenario too big to open again is not saved, and the file on disk stays as it was")
    void refusesToSaveWhatCouldNotBeOpened() throws Exception {
        Path file = dir.resolve("plan.crvsplan");
        ScenarioFiles.write(file, Samples.pilot());
        byte[] before = Files.readAllBytes(file);
        Scenario huge = Samples.pilot().withNotes("x".repeat(ScenarioFiles.MAX_BYTES));
        assertThatThrownBy(() -> ScenarioFiles.write(file, huge))
                .isInstanceOf(FileProblem.class)
                .hasMessageStartingWith("Cannot use " + file + ": the scenario is too big to save")
                .hasMessageContaining("shorten its notes");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    @DisplayName("the extension is added for Save As unless it is there, in any case")
    void extension() {
        assertThat(ScenarioFiles.withExtension(Path.of("a", "pilot"))).isEqualTo(Path.of("a", "pilot.crvsplan"));
        assertThat(ScenarioFiles.withExtension(Path.of("pilot.CRVSPLAN"))).isEqualTo(Path.of("pilot.CRVSPLAN"));
        assertThat(ScenarioFiles.hasExtension(Path.of("pilot.crvsplan.bak"))).isFalse();
        assertThat(ScenarioFiles.hasExtension(Path.of("pilot.crvsplan"))).isTrue();
    }

    @Test
    @DisplayName("unknown fields can never shadow a known one, which would write a duplicate key")
    void unknownFieldsRefuseKnownNames() {
        assertThatThrownBy(() -> UnknownFields.of(Map.of("inputs", "1"), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnknownFields.of(Map.of(), Map.of("population", "1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnknownFields.of(Map.of("x", "{oops"), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnknownFields.of(Map.of("x", " "), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UnknownFields.of(Map.of("x", "[1, 2]"), Map.of(), List.of()).topLevel())
                .containsEntry("x", "[1,2]");
    }

    private static Scenario parse(String json) {
        return ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), Path.of("test.crvsplan"));
    }
}
