package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Known answers from the worked example of the OpenCRVS page "Set-up a server-hosted
 * environment", section "Production / staging / backup diskspace requirements": 30M people,
 * 17.299 births and 7.7 deaths per 1,000, 3 attachments of 0.4 MB, 18.33 kB a record and a
 * 100 GB operating-system reserve. The expected figures are typed in from the page (and from
 * the page's own multiplications), never computed by the engine.
 */
@DisplayName("The docs example")
class DocsExampleTest {

    private static final double RECORDS = 0.5;
    private static final double GB = 0.01;

    private static YearProjection year;
    private static SizingPlan plan;

    @BeforeAll
    static void planTheExample() {
        plan = SizingEngine.plan(SizingInputs.docsExample());
        year = plan.firstYear();
    }

    @Test
    @DisplayName("is one year at 100% fill with the docs example's inputs")
    void exampleInputs() {
        SizingInputs in = SizingInputs.docsExample();
        assertThat(in.population()).isEqualTo(30_000_000L);
        assertThat(in.crudeBirthRate()).isEqualTo(17.299);
        assertThat(in.crudeDeathRate()).isEqualTo(7.7);
        assertThat(in.attachmentsPerRecord()).isEqualTo(3);
        assertThat(in.mbPerAttachment()).isEqualTo(0.4);
        assertThat(in.kbPerRecord()).isEqualTo(18.33);
        assertThat(in.osReserveGb()).isEqualTo(100);
        assertThat(in.horizonYears()).isEqualTo(1);
        assertThat(in.maxFillPercent()).isEqualTo(100);
        assertThat(plan.years()).hasSize(1);
    }

    @Test
    @DisplayName("registers 518,970 births a year")
    void births() {
        assertThat(year.births()).isCloseTo(518_970, within(RECORDS));
    }

    @Test
    @DisplayName("registers 231,000 deaths a year")
    void deaths() {
        assertThat(year.deaths()).isCloseTo(231_000, within(RECORDS));
    }

    @Test
    @DisplayName("registers 749,970 records a year and no others")
    void records() {
        assertThat(year.records()).isCloseTo(749_970, within(RECORDS));
        assertThat(year.otherEvents()).isZero();
        assertThat(year.legacyRecords()).isZero();
    }

    @Test
    @DisplayName("stores 899,964 MB of attachments a year (749,970 × 3 × 0.4 MB)")
    void attachments() {
        assertThat(year.attachmentsGb() * 1_000).isCloseTo(899_964, within(0.01));
    }

    @Test
    @DisplayName("stores 13,746,950.1 kB of record data a year (749,970 × 18.33 kB)")
    void recordData() {
        assertThat(year.recordDataGb() * 1_000_000).isCloseTo(13_746_950.1, within(0.01));
    }

    @Test
    @DisplayName("needs 1013.71 GB on the application server (100 + 899.964 + 13.7469501)")
    void applicationServerDisk() {
        assertThat(year.applicationServerDiskGb()).isCloseTo(1013.71, within(GB));
        // At 100% fill the provisioned disk is the required disk.
        assertThat(year.provisionedDiskGb()).isCloseTo(1013.71, within(GB));
    }

    @Test
    @DisplayName("needs 2027.42 GB on the backup server, twice the application server")
    void backupServerDisk() {
        assertThat(year.backupServerDiskGb()).isCloseTo(2027.42, within(GB));
        assertThat(year.provisionedBackupDiskGb()).isCloseTo(2027.42, within(GB));
    }

    @Test
    @DisplayName("puts 1013.71 GB on production and staging and 2027.42 GB on backup in the server list")
    void serverListDisks() {
        assertThat(plan.servers())
                .filteredOn(line -> line.environment() == Environment.PRODUCTION
                        || line.environment() == Environment.STAGING)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.diskGb()).isCloseTo(1013.71, within(GB)));
        assertThat(plan.servers())
                .filteredOn(line -> line.environment() == Environment.BACKUP)
                .singleElement()
                .satisfies(line -> assertThat(line.diskGb()).isCloseTo(2027.42, within(GB)));
    }

    @Test
    @DisplayName("Known slip: the page prints 1012.47 GB because it truncated 899.964 GB to 899 and "
            + "transposed 13.74 GB to 13.47; the correct total is 1.24 GB higher")
    void pagesPrintedTotalIsAKnownSlip() {
        double pageOsReserve = 100;
        double pageAttachmentsAsPrinted = 899; // "899 964 MB or 899 GB": truncated, not 899.964
        double pageRecordDataAsAdded = 13.47; // "13.74 GB" on the page, added as 13.47
        double pagePrintedTotal = 1012.47;
        double pagePrintedBackup = 2024.94;

        // The page's own total is exactly what its slips add up to...
        assertThat(pageOsReserve + pageAttachmentsAsPrinted + pageRecordDataAsAdded)
                .isCloseTo(pagePrintedTotal, within(1e-9));
        // ...and its backup is twice that slipped total.
        assertThat(2 * pagePrintedTotal).isCloseTo(pagePrintedBackup, within(1e-9));

        // The correct figures: 100 + 899.964 + 13.7469501 = 1013.7109501.
        assertThat(year.applicationServerDiskGb() - pagePrintedTotal).isCloseTo(1.24, within(GB));
        assertThat(year.backupServerDiskGb() - pagePrintedBackup).isCloseTo(2.48, within(GB));
        assertThat(year.applicationServerDiskGb()).isNotCloseTo(pagePrintedTotal, within(1.0));
    }
}
