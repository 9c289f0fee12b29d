package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers from the worked example of the OpenCRVS v2.1 page "Setup infrastructure"
 * (opencrvs/documentation, v2.1/technical/guides/installation/deploy-set-up-a-server-hosted-environment/
 * preparation-steps/setup-infrastructure.md): 30M people, 17.299 births and 7.7 deaths per 1,000,
 * 1% growth, 3 attachments, no migrated records, monitoring and logging kept elsewhere. Every
 * expected figure is typed in from the page, never computed by the engine.
 */
@DisplayName("The v2.1 docs example")
class V21DocsExampleTest {
    /** The page shows two decimals: our figure must be the page's once shown the same way. */
    private static final Offset<Double> AS_PRINTED = within(0.005);
    private static final Offset<Double> RECORDS = within(0.5);

    private static SizingPlan plan(int years, boolean encrypted) {
        return SizingEngine.plan(SizingInputs.docsExample(DocsVersion.V2_1).toBuilder()
                .horizonYears(years).diskEncryption(encrypted).build());
    }

    @Test
    @DisplayName("assumes 18 kB a record, 20% overhead, 1% growth and monitoring kept elsewhere, for one year")
    void exampleInputs() {
        SizingInputs in = SizingInputs.docsExample(DocsVersion.V2_1);
        assertThat(in.docsVersion()).isEqualTo(DocsVersion.V2_1);
        assertThat(in.population()).isEqualTo(30_000_000L);
        assertThat(in.crudeBirthRate()).isEqualTo(17.299);
        assertThat(in.crudeDeathRate()).isEqualTo(7.7);
        assertThat(in.attachmentsPerRecord()).isEqualTo(3);
        assertThat(in.mbPerAttachment()).isEqualTo(0.4);
        assertThat(in.kbPerRecord()).isEqualTo(18);
        assertThat(in.rules().databaseOverheadPercent()).isEqualTo(20);
        assertThat(in.osReserveGb()).isEqualTo(100);
        assertThat(in.growthPercent()).isEqualTo(1);
        assertThat(in.monitoring()).isEqualTo(MonitoringPlace.ELSEWHERE);
        assertThat(in.diskEncryption()).isFalse();
        assertThat(in.horizonYears()).isEqualTo(1);
        assertThat(in.maxFillPercent()).isEqualTo(100);
    }

    @Test
    @DisplayName("works the first year as the page's table does: 749,970 records, 899.96 + 13.50 + 2.70 = 916.16 GB")
    void firstYearParts() {
        YearProjection year = plan(1, false).firstYear();
        assertThat(year.births()).isCloseTo(518_970, RECORDS);
        assertThat(year.deaths()).isCloseTo(231_000, RECORDS);
        assertThat(year.records()).isCloseTo(749_970, RECORDS);
        assertThat(year.attachmentsGb() * 1_000).isCloseTo(899_964, within(1e-6));
        assertThat(year.attachmentsGb()).isCloseTo(899.96, AS_PRINTED);
        assertThat(year.recordDataGb() * 1_000_000).isCloseTo(13_499_460, within(1e-6));
        assertThat(year.recordDataGb()).isCloseTo(13.50, AS_PRINTED);
        assertThat(year.databaseOverheadGb()).isCloseTo(2.70, AS_PRINTED);
        assertThat(year.citizenDataGb()).isCloseTo(916.16, within(1e-9));
        assertThat(year.monitoringGb()).isZero();
        assertThat(year.loggingGb()).isZero();
        assertThat(year.encryptionHeadroomGb()).isZero();
    }

    @Test
    @DisplayName("gives 91.62 GB of encryption headroom, the greater of 50 GB and 10% of 916.16 GB")
    void encryptionHeadroom() {
        assertThat(plan(1, true).firstYear().encryptionHeadroomGb()).isCloseTo(91.62, within(1e-9));
    }

    @ParameterizedTest(name = "{0} years: growth factor {1}, {2} records, {3} GB of citizen data, disks {4} / {5} GB,"
            + " backups {6} / {7} GB")
    @DisplayName("reproduces the page's table for 1, 3, 5 and 10 years, without and with encryption")
    @CsvSource({
        // years, growth factor, total records, citizen data, production / staging disk without and
        // with encryption, backup disk without and with encryption: as printed on the page.
        "1, 1.0000, 749970, 916.16, 1016.16, 1107.78, 2032.32, 2215.56",
        "3, 3.0301, 2272484, 2776.07, 2876.07, 3153.68, 5752.14, 6307.36",
        "5, 5.1010, 3825601, 4673.35, 4773.35, 5240.69, 9546.70, 10481.38",
        "10, 10.4622, 7846346, 9585.10, 9685.10, 10643.61, 19370.20, 21287.22",
    })
    void pagesTable(int years, double growthFactor, long totalRecords, double citizenData, double disk,
            double encryptedDisk, double backup, double encryptedBackup) {
        SizingPlan plain = plan(years, false);
        SizingPlan encrypted = plan(years, true);
        double records = plain.years().stream().mapToDouble(YearProjection::records).sum();
        // The year-by-year projection sums the page's growth factor, ((1 + 1%)^years - 1) / 1%.
        assertThat(records / plain.firstYear().records()).isCloseTo(growthFactor, within(0.00005));
        assertThat(records).isCloseTo(totalRecords, RECORDS);
        YearProjection last = plain.horizonYear();
        assertThat(last.citizenDataGb()).isCloseTo(citizenData, AS_PRINTED);
        assertThat(last.applicationServerDiskGb()).isCloseTo(disk, AS_PRINTED);
        assertThat(encrypted.horizonYear().applicationServerDiskGb()).isCloseTo(encryptedDisk, AS_PRINTED);
        assertThat(last.backupServerDiskGb()).isCloseTo(backup, AS_PRINTED);
        assertThat(encrypted.horizonYear().backupServerDiskGb()).isCloseTo(encryptedBackup, AS_PRINTED);
        // Staging holds the same, and at 100% fill the provisioned disk is the required one.
        assertThat(encrypted.servers()).filteredOn(l -> l.environment() == Environment.STAGING).singleElement()
                .satisfies(l -> assertThat(l.diskGb()).isCloseTo(encryptedDisk, AS_PRINTED));
    }

    @Test
    @DisplayName("Known convention: the page rounds each figure to 0.01 GB before the next step; unrounded, "
            + "the backup would be 2,032.33 GB, not 2,032.32, and the 3-year encrypted backup 6,307.35, not 6,307.36")
    void pageRoundsEachStep() {
        // The unrounded formula, from the page's own inputs: 749,970 records × (3 × 0.4 MB + 1.2 × 18 kB).
        double citizen = 749_970 * (3 * 0.4 / 1_000 + 1.2 * 18 / 1_000_000);
        assertThat(citizen).isCloseTo(916.163352, within(1e-9));
        assertThat(2 * (100 + citizen)).isCloseTo(2032.33, AS_PRINTED);
        double citizen3 = citizen * 3.0301;
        double encrypted3 = 100 + citizen3 + 0.1 * citizen3;
        assertThat(2 * encrypted3).isCloseTo(6307.35, AS_PRINTED);
        // The page's figures are those of its rounded steps, and so are the planner's.
        assertThat(2 * (100 + 916.16)).isCloseTo(2032.32, within(1e-9));
        assertThat(2 * (100 + 2776.07 + 277.61)).isCloseTo(6307.36, within(1e-9));
        assertThat(plan(1, false).firstYear().backupServerDiskGb()).isCloseTo(2032.32, AS_PRINTED);
        assertThat(plan(3, true).horizonYear().backupServerDiskGb()).isCloseTo(6307.36, AS_PRINTED);
    }

    @Test
    @DisplayName("puts the formula disk on the Kubernetes master node and the OS reserve on the other production nodes")
    void masterNodeHoldsTheData() {
        SizingPlan plan = plan(1, false);
        assertThat(plan.inputs().topology()).isEqualTo(StorageTopology.DATA_NODE);
        assertThat(plan.productionServers()).isEqualTo(3);
        assertThat(plan.servers()).filteredOn(l -> l.role() == ServerRole.DATA_NODE).singleElement()
                .satisfies(l -> assertThat(l.diskGb()).isCloseTo(1016.16, AS_PRINTED));
        assertThat(plan.servers()).filteredOn(l -> l.role() == ServerRole.APPLICATION_NODE).singleElement()
                .satisfies(l -> {
                    assertThat(l.count()).isEqualTo(2);
                    assertThat(l.diskGb()).isEqualTo(100);
                });
        assertThat(plan.servers()).filteredOn(l -> l.environment() == Environment.PRODUCTION)
                .allSatisfy(l -> assertThat(l.ramGb()).isEqualTo(32));
    }
}
