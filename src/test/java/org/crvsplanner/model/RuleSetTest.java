package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each version's rules as its page gives them, and how a plan follows the version chosen. */
@DisplayName("The rules of each OpenCRVS version")
class RuleSetTest {

    private static SizingPlan plan(SizingInputs in) {
        return SizingEngine.plan(in);
    }

    @Test
    @DisplayName("give production and staging 16 GB RAM in v1.8 and 32 GB from v1.9; the other servers keep theirs")
    void ram() {
        assertThat(DocsVersion.V1_8.rules().spec(Environment.PRODUCTION).ramGb()).isEqualTo(16);
        for (DocsVersion version : List.of(DocsVersion.V1_9, DocsVersion.V2_0, DocsVersion.V2_1)) {
            RuleSet rules = version.rules();
            assertThat(rules.spec(Environment.PRODUCTION).ramGb()).as(version.id()).isEqualTo(32);
            assertThat(rules.spec(Environment.STAGING).ramGb()).as(version.id()).isEqualTo(32);
        }
        for (DocsVersion version : DocsVersion.values()) {
            RuleSet rules = version.rules();
            assertThat(rules.spec(Environment.PRODUCTION).cpus()).isEqualTo(8);
            assertThat(rules.spec(Environment.QA)).isEqualTo(new ServerSpec(4, 16, 320));
            assertThat(rules.spec(Environment.DEVELOPMENT)).isEqualTo(new ServerSpec(4, 16, 320));
            assertThat(rules.spec(Environment.BACKUP).cpus()).isEqualTo(2);
            assertThat(rules.spec(Environment.BACKUP).ramGb()).isEqualTo(1);
            assertThat(rules.osReserveGb()).isEqualTo(100);
        }
    }

    @Test
    @DisplayName("count 18.33 kB a record up to v2.0, and 18 kB plus 20% database overhead in v2.1")
    void recordSize() {
        for (DocsVersion version : List.of(DocsVersion.V1_8, DocsVersion.V1_9, DocsVersion.V2_0)) {
            assertThat(version.rules().kbPerRecord()).isEqualTo(18.33);
            assertThat(version.rules().databaseOverheadPercent()).isZero();
        }
        assertThat(DocsVersion.V2_1.rules().kbPerRecord()).isEqualTo(18);
        assertThat(DocsVersion.V2_1.rules().databaseOverheadPercent()).isEqualTo(20);
    }

    @Test
    @DisplayName("make v2.1's 100 GB OS reserve of 10 GB base OS, 40 GB Kubernetes and images, 50 GB free for updates")
    void osReserveParts() {
        assertThat(DocsVersion.V2_1.rules().osReserve()).containsExactly(
                new RuleSet.ReservePart(OsReservePart.BASE_OS, 10),
                new RuleSet.ReservePart(OsReservePart.KUBERNETES_AND_IMAGES, 40),
                new RuleSet.ReservePart(OsReservePart.FREE_FOR_UPDATES, 50));
        assertThat(DocsVersion.V1_8.rules().osReserve())
                .containsExactly(new RuleSet.ReservePart(OsReservePart.OPERATING_SYSTEM, 100));
    }

    @Test
    @DisplayName("have monitoring and logs from v2.0 only, and an encryption headroom rule in v2.1 only")
    void rulesThatAppear() {
        assertThat(DocsVersion.V1_8.rules().monitoring()).isEmpty();
        assertThat(DocsVersion.V1_9.rules().loggingMinimumGb()).isEmpty();
        assertThat(DocsVersion.V2_0.rules().monitoring()).contains(new RuleSet.MonitoringRule(200, 1, 30));
        assertThat(DocsVersion.V2_0.rules().loggingMinimumGb()).hasValue(10);
        assertThat(DocsVersion.V2_0.rules().encryption()).isEmpty();
        assertThat(DocsVersion.V2_1.rules().encryption()).contains(new RuleSet.EncryptionRule(50, 10));
        assertThat(DocsVersion.V1_8.rules().defaultTopology()).isEqualTo(StorageTopology.EVERY_NODE);
        assertThat(DocsVersion.V2_0.rules().defaultTopology()).isEqualTo(StorageTopology.DATA_NODE);
    }

    @Test
    @DisplayName("v1.x ignores where monitoring is kept and adds no encryption headroom, and says so")
    void v1HasNoRulesToApply() {
        SizingInputs in = SizingInputs.defaults().toBuilder().diskEncryption(true).build();
        SizingPlan here = plan(in);
        SizingPlan elsewhere = plan(in.toBuilder().monitoring(MonitoringPlace.ELSEWHERE).build());
        assertThat(here.horizonYear()).isEqualTo(elsewhere.horizonYear());
        assertThat(here.horizonYear().encryptionHeadroomGb()).isZero();
        assertThat(here.advisories()).contains(new Advisory.NoEncryptionRule(DocsVersion.V1_8));
        assertThat(plan(SizingInputs.defaults(DocsVersion.V2_0).toBuilder().diskEncryption(true).build())
                .advisories()).contains(new Advisory.NoEncryptionRule(DocsVersion.V2_0));
        assertThat(plan(SizingInputs.defaults(DocsVersion.V2_1).toBuilder().diskEncryption(true).build())
                .advisories()).noneMatch(Advisory.NoEncryptionRule.class::isInstance);
    }

    @Test
    @DisplayName("advise on what the newest version changes unless it is the one chosen")
    void newerRulesAdvice() {
        for (DocsVersion version : DocsVersion.values()) {
            List<Advisory> advice = plan(SizingInputs.defaults(version)).advisories();
            if (version == DocsVersion.NEWEST) {
                assertThat(advice).noneMatch(Advisory.NewerRules.class::isInstance);
            } else {
                assertThat(advice).contains(new Advisory.NewerRules(version, DocsVersion.NEWEST));
            }
        }
    }

    @Test
    @DisplayName("keep at least 50 GB free beside a small encrypted partition, and 10% beside a large one")
    void headroomFloor() {
        SizingInputs small = SizingInputs.defaults(DocsVersion.V2_1).toBuilder().population(1_000_000).horizonYears(1)
                .monitoring(MonitoringPlace.ELSEWHERE).diskEncryption(true).build();
        YearProjection year = plan(small).firstYear();
        assertThat(year.citizenDataGb()).isLessThan(500);
        assertThat(year.encryptionHeadroomGb()).isEqualTo(50);
        // Monitoring and logs kept in /data are part of the encrypted partition.
        SizingInputs large = SizingInputs.defaults(DocsVersion.V2_1).toBuilder().population(100_000_000)
                .horizonYears(1).diskEncryption(true).build();
        YearProjection big = plan(large).firstYear();
        double partition = big.citizenDataGb() + big.monitoringGb() + big.loggingGb();
        assertThat(big.monitoringGb()).isEqualTo(5 * 7);
        assertThat(big.encryptionHeadroomGb()).isCloseTo(partition / 10, within(0.005));
    }

    @Test
    @DisplayName("give staging the monitoring of its one server, while the master node monitors the whole cluster")
    void stagingMonitorsItself() {
        SizingInputs in = SizingInputs.defaults(DocsVersion.V2_1).toBuilder().maxFillPercent(100).build();
        SizingPlan plan = plan(in);
        YearProjection last = plan.horizonYear();
        assertThat(last.productionServers()).isEqualTo(3);
        assertThat(last.monitoringGb()).isEqualTo(21);
        ServerLine staging = plan.servers().stream().filter(l -> l.environment() == Environment.STAGING)
                .findFirst().orElseThrow();
        assertThat(staging.requiredDiskGb()).isCloseTo(last.applicationServerDiskGb() - 14, within(1e-9));
    }

    @Test
    @DisplayName("keep the retention backup to the OS reserve and copies of the citizen data, without monitoring")
    void retentionCopiesCitizenData() {
        SizingInputs in = SizingInputs.defaults(DocsVersion.V2_1).toBuilder().backup(BackupPolicy.retention(7))
                .build();
        YearProjection last = plan(in).horizonYear();
        assertThat(last.backupServerDiskGb()).isCloseTo(100 + 7 * last.citizenDataGb(), within(1e-9));
    }

    @Test
    @DisplayName("moving to another version moves the inputs still at the old version's figure, and no others")
    void withDocsVersion() {
        SizingInputs v18 = SizingInputs.defaults();
        SizingInputs v21 = v18.withDocsVersion(DocsVersion.V2_1);
        assertThat(v21.docsVersion()).isEqualTo(DocsVersion.V2_1);
        assertThat(v21.kbPerRecord()).isEqualTo(18);
        assertThat(v21.osReserveGb()).isEqualTo(100);
        assertThat(v21.topology()).isEqualTo(StorageTopology.DATA_NODE);
        assertThat(v21.withDocsVersion(DocsVersion.V1_8)).isEqualTo(v18);

        SizingInputs measured = v18.toBuilder().kbPerRecord(25).osReserveGb(150).topology(StorageTopology.DATA_NODE)
                .build().withDocsVersion(DocsVersion.V2_1);
        assertThat(measured.kbPerRecord()).isEqualTo(25);
        assertThat(measured.osReserveGb()).isEqualTo(150);
        assertThat(SizingInputs.defaults(DocsVersion.V2_0)).isEqualTo(v18.withDocsVersion(DocsVersion.V2_0));
    }
}
