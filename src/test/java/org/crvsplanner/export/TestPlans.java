package org.crvsplanner.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;

/** Input sets that between them use every feature of the model. */
final class TestPlans {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private TestPlans() {
    }

    /** Growth, a coverage ramp, events with and without their own attachments, legacy records,
     *  the retention rule, the data-node topology and a development server. */
    static SizingInputs everything() {
        return SizingInputs.builder()
                .population(12_000_000)
                .crudeBirthRate(35)
                .crudeDeathRate(9)
                .attachmentsPerRecord(5)
                .growthPercent(2.5)
                .horizonYears(12)
                .coverageStartPercent(40)
                .coverageFullYear(4)
                .otherEvents(List.of(EventType.of("marriage", 4.5, 2), EventType.of("divorce", 1.2),
                        EventType.of("adoption", 0.3, 0)))
                .legacy(LegacyRecords.of(2_000_000, 1))
                .backup(BackupPolicy.retention(7))
                .topology(StorageTopology.DATA_NODE)
                .maxFillPercent(80)
                .includeDevelopment(true)
                .build();
    }

    /** A national plan whose cluster grows twice: 2 → 3 → 5 servers. */
    static SizingInputs growingCluster() {
        return SizingInputs.builder().population(25_000_000).growthPercent(5).horizonYears(30).build();
    }

    static SizingInputs poc() {
        return SizingInputs.builder().stage(DeploymentStage.POC).build();
    }

    /** A pilot with the data-node topology, which a one-server cluster cannot split. */
    static SizingInputs pilot() {
        return SizingInputs.builder().stage(DeploymentStage.PILOT).topology(StorageTopology.DATA_NODE).build();
    }

    /** One year kept under retention with one copy: both backup advisories fire. */
    static SizingInputs shortRetention() {
        return SizingInputs.builder().horizonYears(1).backup(BackupPolicy.retention(3)).maxFillPercent(72.5)
                .build();
    }

    /** The longest horizon, with a shrinking population: the cluster follows the largest so far. */
    static SizingInputs fiftyYearsShrinking() {
        return SizingInputs.builder().population(65_000_000).growthPercent(-10).horizonYears(50).build();
    }

    /**
     * {@link #everything()} under v2.1's rules, with monitoring kept here for 45 days and an
     * encrypted disk: every part of the newest formula.
     */
    static SizingInputs v21Everything() {
        return everything().withDocsVersion(DocsVersion.V2_1).toBuilder().monitoring(MonitoringPlace.THIS_SERVER)
                .monitoringDays(45).diskEncryption(true).build();
    }

    /** v2.0 on a growing cluster, monitoring kept here and an encrypted disk, which v2.0 has no rule for. */
    static SizingInputs v20GrowingEncrypted() {
        return growingCluster().withDocsVersion(DocsVersion.V2_0).toBuilder().diskEncryption(true).build();
    }

    /** A plan under each version's rules, with what each version counts switched on. */
    static SizingInputs underVersion(DocsVersion version) {
        return SizingInputs.defaults(version).toBuilder().population(45_000_000).growthPercent(2).horizonYears(8)
                .attachmentsPerRecord(4).diskEncryption(true).maxFillPercent(75).build();
    }

    /**
     * Twelve years of a projection whose population and rates wander, never at a constant rate,
     * with growth at 5% that must not be used; the cluster crosses 30 million people in year 7.
     */
    static SizingInputs followingProjection() {
        List<ProjectedYear> years = new ArrayList<>();
        for (int y = 0; y < 12; y++) {
            years.add(new ProjectedYear(26_000_000 + 700_000L * y + (y % 3) * 123_457, 38 - 0.7 * y + (y % 2) * 0.35,
                    6.1 + 0.05 * y * (y % 4)));
        }
        ProjectedYear first = years.get(0);
        return SizingInputs.builder().population(first.population()).crudeBirthRate(first.crudeBirthRate())
                .crudeDeathRate(first.crudeDeathRate()).growthPercent(5).horizonYears(12)
                .coverageStartPercent(40).coverageFullYear(4)
                .projection(Projection.of(2025, years)).build();
    }

    static WorkbookContent content(SizingPlan plan) {
        return WorkbookContent.of(plan, "Test plan", "", DATE, "test");
    }
}
