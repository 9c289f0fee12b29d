package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.StorageTopology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The OpenCRVS version in the window: a choice that moves the inputs that follow it. */
class PlannerVersionTest {
    private final PlannerViewModel model = new PlannerViewModel();

    @Test
    @DisplayName("choosing v2.1 moves the record size and the topology to v2.1's, in one undo step")
    void choosingAVersion() {
        model.docsVersion().select(DocsVersion.V2_1);
        SizingInputs in = model.getPlan().inputs();
        assertThat(in.docsVersion()).isEqualTo(DocsVersion.V2_1);
        assertThat(in.kbPerRecord()).isEqualTo(18);
        assertThat(model.number(Inputs.KB_PER_RECORD).getValue()).isEqualTo(18);
        assertThat(in.topology()).isEqualTo(StorageTopology.DATA_NODE);
        assertThat(model.choice(Inputs.TOPOLOGY).getSelected()).isEqualTo(StorageTopology.DATA_NODE);
        assertThat(model.getPlan().servers().get(1).ramGb()).isEqualTo(32);
        assertThat(model.history().undoCount()).isEqualTo(1);

        model.history().undo();
        assertThat(model.getPlan().inputs()).isEqualTo(SizingInputs.defaults());
        assertThat(model.docsVersion().getSelected()).isEqualTo(DocsVersion.V1_8);
    }

    @Test
    @DisplayName("a record size the planner typed stays when the version changes, and a reset takes the version's")
    void typedFiguresStay() {
        NumberInputViewModel recordKb = model.number(Inputs.KB_PER_RECORD);
        recordKb.textProperty().set("25");
        model.docsVersion().select(DocsVersion.V2_1);
        assertThat(model.getPlan().inputs().kbPerRecord()).isEqualTo(25);
        recordKb.reset();
        assertThat(model.getPlan().inputs().kbPerRecord()).isEqualTo(18);
        assertThat(recordKb.tooltip()).contains("18");
    }

    @Test
    @DisplayName("a reset of the backup window takes the chosen version's schedule, not v1.8's")
    void backupWindowResetFollowsTheVersion() {
        double v18 = DocsVersion.V1_8.rules().backupSchedule().windowHours();
        double v21 = DocsVersion.V2_1.rules().backupSchedule().windowHours();
        assertThat(v21).isNotEqualTo(v18);
        NumberInputViewModel window = model.number(Inputs.BACKUP_WINDOW_HOURS);
        model.docsVersion().select(DocsVersion.V2_1);
        window.textProperty().set("6");
        assertThat(model.getPlan().inputs().backupLink().windowHours()).isEqualTo(6);
        window.reset();
        assertThat(model.getPlan().inputs().backupLink().windowHours()).isEqualTo(v21);
        assertThat(window.tooltip()).contains(window.textProperty().get());
    }

    @Test
    @DisplayName("the docs example is the chosen version's: 1,016.16 GB and a 2,032.32 GB backup under v2.1, "
            + "monitoring kept elsewhere; 1,013.71 GB under v1.8")
    void docsExampleOfTheVersion() {
        model.showDocsExample();
        assertThat(model.getPlan().firstYear().applicationServerDiskGb()).isCloseTo(1013.71, within(0.005));
        model.docsVersion().select(DocsVersion.V2_1);
        model.showDocsExample();
        assertThat(model.getPlan().inputs()).isEqualTo(SizingInputs.docsExample(DocsVersion.V2_1));
        assertThat(model.choice(Inputs.MONITORING).getSelected()).isEqualTo(MonitoringPlace.ELSEWHERE);
        assertThat(model.getPlan().firstYear().applicationServerDiskGb()).isCloseTo(1016.16, within(0.005));
        assertThat(model.getPlan().firstYear().backupServerDiskGb()).isCloseTo(2032.32, within(0.005));
        model.toggle(Inputs.DISK_ENCRYPTION).set(true);
        assertThat(model.getPlan().firstYear().applicationServerDiskGb()).isCloseTo(1107.78, within(0.005));
    }

    @Test
    @DisplayName("a scenario of another version keeps its version, monitoring and encryption through edits")
    void loadedVersionSurvivesEdits() {
        SizingInputs v21 = SizingInputs.defaults(DocsVersion.V2_1).toBuilder().monitoringDays(45)
                .diskEncryption(true).build();
        PlannerViewModel loaded = new PlannerViewModel(v21);
        assertThat(loaded.getPlan().inputs()).isEqualTo(v21);
        loaded.number(Inputs.POPULATION).textProperty().set("12000000");
        assertThat(loaded.getPlan().inputs()).isEqualTo(v21.toBuilder().population(12_000_000).build());
        loaded.resetAll();
        assertThat(loaded.getPlan().inputs()).isEqualTo(SizingInputs.defaults(DocsVersion.V2_1));
    }
}
