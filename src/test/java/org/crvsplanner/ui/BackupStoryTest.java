package org.crvsplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.plan.KeyFigures;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.plan.ServerRow;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/**
 * One story about the backup (issue 13, point 2): the card, the server list, the working and the
 * advice name which backup figure they give, and agree on what to buy; a proof of concept shows none.
 */
class BackupStoryTest {
    private static final SizingPlan NATIONAL = SizingPlan.of(SizingInputs.defaults());
    private static final SizingPlan POC = SizingPlan.of(SizingInputs.builder().stage(DeploymentStage.POC).build());

    @Test
    @DisplayName("the backup card names the required figure and gives the provisioned one the server list buys")
    void cardAgreesWithServerList() {
        PlanViewModel plan = new PlanViewModel(new SimpleObjectProperty<>(NATIONAL));
        KeyFigures figures = plan.keyFiguresProperty().get();
        ServerRow backupRow = plan.serverRows().stream().filter(row -> row.environment().get().equals("backup"))
                .findFirst().orElseThrow();
        assertThat(backupRow.disk().get()).isEqualTo("13,338.73 GB");
        assertThat(figures.backup()).isEqualTo("9,337.11 GB");
        assertThat(figures.backupLabel()).isEqualTo("Required backup disk in year 5");
        assertThat(figures.backupProvisioned()).isEqualTo("provisioned " + backupRow.disk().get());
    }

    @Test
    @DisplayName("the working ends with the horizon year's backup, required and provisioned, labelled")
    void workingShowsHorizon() {
        List<WorkingStep> steps = WorkingViewModel.steps(NATIONAL);
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.title()).isEqualTo("Backup server disk in year 1");
            assertThat(step.result()).isEqualTo("2,027.42 GB");
        });
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.title()).isEqualTo("Required backup server disk in year 5");
            assertThat(step.result()).isEqualTo("9,337.11 GB");
        });
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.title()).isEqualTo("Provisioned backup server disk in year 5");
            assertThat(step.result()).isEqualTo("13,338.73 GB");
        });
    }

    @Test
    @DisplayName("the advice names its seven copies as an alternative rule")
    void adviceIsAnAlternative() {
        PlanViewModel plan = new PlanViewModel(new SimpleObjectProperty<>(NATIONAL));
        assertThat(plan.advisories()).anySatisfy(advice -> assertThat(advice)
                .startsWith("Alternative rule:").contains("keeping 7 full copies needs 32,079.88 GB"));
    }

    @Test
    @DisplayName("a proof of concept shows no backup card, line, working step or advice")
    void proofOfConceptBuysNoBackup() {
        PlanViewModel plan = new PlanViewModel(new SimpleObjectProperty<>(POC));
        assertThat(plan.keyFiguresProperty().get().hasBackup()).isFalse();
        assertThat(plan.advisories()).noneSatisfy(advice -> assertThat(advice.toLowerCase()).contains("backup cop"));
        assertThat(plan.advisories()).noneSatisfy(advice -> assertThat(advice).contains("2× backup"));
        assertThat(new DiskChartViewModel(new SimpleObjectProperty<>(POC)).dataProperty().get().backup()).isEmpty();
        assertThat(WorkingViewModel.steps(POC)).noneSatisfy(
                step -> assertThat(step.topic()).isEqualTo(WorkingStep.Topic.BACKUP));
    }
}
