package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;

import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Known answers worked by hand. The plan below has 10,000 records a year (1,000,000 people,
 * 10 births per 1,000, no deaths), each with one 10 MB attachment and 100 kB of record data:
 * 100 GB of attachments and 1 GB of record data a year, so the citizen data is 101, 202 and
 * 303 GB at the end of years 1 to 3.
 */
class OperationsTest {

    private static SizingInputs.Builder handPlan() {
        return SizingInputs.builder().population(1_000_000).crudeBirthRate(10).crudeDeathRate(0)
                .attachmentsPerRecord(1).mbPerAttachment(10).kbPerRecord(100).growthPercent(0).horizonYears(3)
                .linkMbps(10).linkSharePercent(100).backupWindowHours(24);
    }

    @Test
    @DisplayName("100 GB at 10 Mbps with all of the link usable takes 80,000 s; at 80% usable, 100,000 s")
    void transferTime() {
        assertThat(Operations.transferSeconds(100, 10, 100)).isEqualTo(80_000);
        assertThat(Operations.transferSeconds(100, 10, 80)).isCloseTo(100_000, within(1e-9));
    }

    @Test
    @DisplayName("a full archive sends all the data every night; the first year over is the first whose night exceeds link × window")
    void fullArchiveYearByYear() {
        Operations ops = SizingPlan.of(handPlan().build()).operations();

        assertThat(ops.method()).isEqualTo(BackupMethod.FULL);
        assertThat(ops.years()).extracting(OperationsYear::nightlyBackupGb)
                .containsExactly(101.0, 202.0, 303.0);
        // 101 GB × 8,000 / 10 Mbps = 80,800 s = 22.444 h; the window holds 24 h × 3,600 × 10 / 8,000 = 108 GB.
        assertThat(ops.years().get(0).transferHours()).isCloseTo(80_800 / 3_600.0, within(1e-9));
        assertThat(ops.years()).extracting(OperationsYear::fitsWindow).containsExactly(true, false, false);
        assertThat(ops.firstYearOverWindow()).isEqualTo(OptionalInt.of(2));
        // 303 GB in 24 h: 303 × 8,000 / 86,400 = 28.06 Mbps, so 29 whole Mbps.
        assertThat(ops.linkMbpsNeeded()).isEqualTo(29);
        // The horizon's 303 GB back over 10 Mbps: 242,400 s = 67.33 h.
        assertThat(ops.fullRestoreGb()).isEqualTo(303.0);
        assertThat(ops.fullRestoreHours()).isCloseTo(242_400 / 3_600.0, within(1e-9));
    }

    @Test
    @DisplayName("at the link speed the plan names, every night of the horizon fits; a whole Mbps less does not")
    void neededLinkFits() {
        Operations slow = SizingPlan.of(handPlan().build()).operations();
        Operations fast = SizingPlan.of(handPlan().linkMbps(slow.linkMbpsNeeded()).build()).operations();
        Operations justBelow = SizingPlan.of(handPlan().linkMbps(slow.linkMbpsNeeded() - 1).build()).operations();

        assertThat(fast.firstYearOverWindow()).isEmpty();
        assertThat(fast.years()).allMatch(OperationsYear::fitsWindow);
        assertThat(justBelow.firstYearOverWindow()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    @DisplayName("the usable share, the compression and staging's own link each enter the figures")
    void shareCompressionAndStaging() {
        Operations ops = SizingPlan.of(handPlan().linkSharePercent(50).backupCompression(2).stagingLinkMbps(100)
                .build()).operations();

        // 101 GB compressed twice is 50.5 GB; at half of 10 Mbps, 80,800 s again.
        assertThat(ops.years().get(0).nightlyBackupGb()).isEqualTo(50.5);
        assertThat(ops.years().get(0).transferHours()).isCloseTo(80_800 / 3_600.0, within(1e-9));
        // Staging takes the same 50.5 GB over half of 100 Mbps: 8,080 s.
        assertThat(ops.years().get(0).stagingRestoreHours()).isCloseTo(8_080 / 3_600.0, within(1e-9));
        assertThat(ops.fullRestoreGb()).isEqualTo(151.5);
    }

    @Test
    @DisplayName("v2.x differential: the weekly full of the database and the day's new files, uncompressed")
    void differential() {
        SizingInputs in = handPlan().docsVersion(DocsVersion.V2_0).backupMethod(BackupMethod.DIFFERENTIAL)
                .backupCompression(4).build();
        Operations ops = SizingPlan.of(in).operations();

        assertThat(ops.method()).isEqualTo(BackupMethod.DIFFERENTIAL);
        // Year 2: 2 GB of database and 100 GB / 365 of the day's attachments.
        assertThat(ops.years().get(1).nightlyBackupGb()).isCloseTo(2 + 100 / 365.0, within(1e-9));
        assertThat(ops.firstYearOverWindow()).isEmpty();
        // A new server takes everything back, as the backup holds it: uncompressed.
        assertThat(ops.fullRestoreGb()).isEqualTo(303.0);
    }

    @Test
    @DisplayName("v1.x has the full archive only: a differential asked of it is planned as full, and said so")
    void noDifferentialInV1() {
        SizingPlan plan = SizingPlan.of(handPlan().backupMethod(BackupMethod.DIFFERENTIAL).build());

        assertThat(plan.operations().method()).isEqualTo(BackupMethod.FULL);
        assertThat(plan.operations().years().get(2).nightlyBackupGb()).isEqualTo(303.0);
        assertThat(plan.advisories()).contains(new Advisory.NoDifferentialBackup(DocsVersion.V1_8));
    }

    @Test
    @DisplayName("the window defaults to the version's schedule and follows the version until the planner changes it")
    void windowFromSchedule() {
        assertThat(SizingInputs.defaults().backupLink().windowHours()).isEqualTo(0.5);
        assertThat(SizingInputs.defaults(DocsVersion.V2_0).backupLink().windowHours()).isEqualTo(2);
        assertThat(SizingInputs.defaults(DocsVersion.V2_1).withDocsVersion(DocsVersion.V1_9).backupLink()
                .windowHours()).isEqualTo(0.5);
        SizingInputs changed = SizingInputs.builder().backupWindowHours(6).build();
        assertThat(changed.withDocsVersion(DocsVersion.V2_1).backupLink().windowHours()).isEqualTo(6);
    }

    @Test
    @DisplayName("the advice names the year, the night, the time, the link and the link that would do")
    void advice() {
        SizingPlan plan = SizingPlan.of(handPlan().build());
        Advisory over = plan.advisories().stream().filter(Advisory.BackupOverWindow.class::isInstance)
                .findFirst().orElseThrow();

        assertThat(ModelWords.advice(over, Wording.ENGLISH)).isEqualTo("From year 2 the nightly full backup "
                + "(202.00 GB) needs 45 h at 10 Mbps, more than the 24 h before staging downloads it: staging will "
                + "not be a day old; a 29 Mbps link keeps it within the night.");
        // French writes its unit and thousands spaces as no-break spaces.
        assertThat(ModelWords.advice(over, Wording.FRENCH).replaceAll("[\u00a0\u202f]", " ")).startsWith("À partir de l'année 2, la sauvegarde "
                + "complète de la nuit (202,00 Go) demande 45 h à 10 Mbit/s");

        SizingPlan v2 = SizingPlan.of(handPlan().docsVersion(DocsVersion.V2_1).build());
        Advisory v2Over = v2.advisories().stream().filter(Advisory.BackupOverWindow.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(ModelWords.advice(v2Over, Wording.ENGLISH)).contains("or a differential backup keeps it");
    }

    @Test
    @DisplayName("a proof of concept has no backup, so no nights to count")
    void proofOfConcept() {
        Operations ops = SizingPlan.of(handPlan().stage(DeploymentStage.POC).build()).operations();
        assertThat(ops.years()).isEmpty();
        assertThat(ops.firstYearOverWindow()).isEmpty();
    }

    @Test
    @DisplayName("a link or share out of range is refused, naming the input")
    void ranges() {
        assertThatThrownBy(() -> Inputs.LINK_MBPS.set(SizingInputs.builder(), 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(ModelWords.message(e)).isEqualTo(
                                "linkMbps must be between 1 and 100,000 Mbps; got 0"));
        assertThatThrownBy(() -> SizingInputs.builder().linkSharePercent(120).build())
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(InputField.LINK_SHARE_PERCENT);
    }
}
