package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/**
 * The year-by-year projection. Every expected figure is worked out by hand (the arithmetic is in
 * the comments or spelled out in the expression), never by asking the engine.
 */
@DisplayName("Yearly projection")
class YearlyProjectionTest {

    private static final Offset<Double> EXACT_COUNT = within(1e-6);
    private static final Offset<Double> EXACT_GB = within(1e-9);

    /**
     * 10 million people, 20 births and 10 deaths per 1,000 (300,000 records a year), 3
     * attachments of 0.5 MB and 20 kB a record, 100 GB for the OS, no growth, 100% fill.
     */
    private static SizingInputs.Builder tenMillion() {
        return SizingInputs.builder()
                .population(10_000_000)
                .crudeBirthRate(20)
                .crudeDeathRate(10)
                .attachmentsPerRecord(3)
                .mbPerAttachment(0.5)
                .kbPerRecord(20)
                .osReserveGb(100)
                .maxFillPercent(100);
    }

    // ---- Population and coverage ----

    @Test
    @DisplayName("the population grows by the growth rate each year after year 1, and events with it")
    void growth() {
        SizingPlan plan = SizingEngine.plan(tenMillion().growthPercent(3).horizonYears(4).build());

        assertThat(plan.years()).extracting(YearProjection::year).containsExactly(1, 2, 3, 4);
        double[] population = {10_000_000, 10_300_000, 10_609_000, 10_927_270};
        double[] births = {200_000, 206_000, 212_180, 218_545.4};
        double[] deaths = {100_000, 103_000, 106_090, 109_272.7};
        for (int i = 0; i < 4; i++) {
            YearProjection year = plan.years().get(i);
            assertThat(year.population()).isCloseTo(population[i], EXACT_COUNT);
            assertThat(year.births()).isCloseTo(births[i], EXACT_COUNT);
            assertThat(year.deaths()).isCloseTo(deaths[i], EXACT_COUNT);
            assertThat(year.records()).isCloseTo(births[i] + deaths[i], EXACT_COUNT);
        }
    }

    @Test
    @DisplayName("a shrinking population shrinks the yearly events")
    void negativeGrowth() {
        SizingPlan plan = SizingEngine.plan(tenMillion().growthPercent(-10).horizonYears(3).build());

        assertThat(plan.years().get(0).population()).isCloseTo(10_000_000, EXACT_COUNT);
        assertThat(plan.years().get(1).population()).isCloseTo(9_000_000, EXACT_COUNT);
        assertThat(plan.years().get(2).population()).isCloseTo(8_100_000, EXACT_COUNT);
        assertThat(plan.years().get(2).births()).isCloseTo(162_000, EXACT_COUNT);
    }

    @Test
    @DisplayName("coverage climbs linearly from the year-1 share to 100% in the full-coverage year: 40, 60, 80, 100, 100")
    void coverageRamp() {
        SizingPlan plan = SizingEngine.plan(tenMillion().horizonYears(5)
                .coverageStartPercent(40).coverageFullYear(4).build());

        assertThat(plan.years()).extracting(YearProjection::coveragePercent)
                .containsExactly(40.0, 60.0, 80.0, 100.0, 100.0);
        // 10M people × coverage × 20 / 1000.
        assertThat(plan.years()).extracting(YearProjection::births)
                .containsExactly(80_000.0, 120_000.0, 160_000.0, 200_000.0, 200_000.0);
        // The population counts everyone; only the events follow coverage.
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.population()).isEqualTo(10_000_000));
    }

    @Test
    @DisplayName("coverage and growth combine: year 2 of 50%→100% over 3 years at 10% growth covers 75% of 11M")
    void coverageWithGrowth() {
        SizingPlan plan = SizingEngine.plan(tenMillion().growthPercent(10).horizonYears(3)
                .coverageStartPercent(50).coverageFullYear(3).build());

        YearProjection year2 = plan.years().get(1);
        assertThat(year2.population()).isCloseTo(11_000_000, EXACT_COUNT);
        assertThat(year2.coveragePercent()).isCloseTo(75, EXACT_COUNT);
        // 11M × 75% = 8.25M covered; 8.25M × 20 / 1000 = 165,000 births; × 10 / 1000 = 82,500 deaths.
        assertThat(year2.births()).isCloseTo(165_000, EXACT_COUNT);
        assertThat(year2.deaths()).isCloseTo(82_500, EXACT_COUNT);
    }

    @Test
    @DisplayName("event counts are not rounded")
    void countsNotRounded() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().population(1).horizonYears(1).build());

        // One person at 17.299 births and 7.7 deaths per 1,000.
        assertThat(plan.firstYear().births()).isCloseTo(0.017299, within(1e-15));
        assertThat(plan.firstYear().deaths()).isCloseTo(0.0077, within(1e-15));
    }

    // ---- Other event types and legacy records ----

    @Test
    @DisplayName("other event types count as records, with their own attachments average or else the general one")
    void otherEventTypes() {
        SizingPlan plan = SizingEngine.plan(tenMillion().horizonYears(1).otherEvents(List.of(
                EventType.of("marriage", 5, 2),    // 50,000 marriages with 2 attachments each
                EventType.of("divorce", 1)))       // 10,000 divorces with the general 3
                .build());
        YearProjection year = plan.firstYear();

        assertThat(year.otherEvents()).isCloseTo(60_000, EXACT_COUNT);
        assertThat(year.records()).isCloseTo(200_000 + 100_000 + 60_000, EXACT_COUNT);
        // (300,000 × 3 + 50,000 × 2 + 10,000 × 3) attachments = 1,030,000 × 0.5 MB = 515,000 MB.
        assertThat(year.attachmentsGb()).isCloseTo(515, EXACT_GB);
        // 360,000 records × 20 kB = 7,200,000 kB.
        assertThat(year.recordDataGb()).isCloseTo(7.2, EXACT_GB);
        assertThat(year.applicationServerDiskGb()).isCloseTo(100 + 515 + 7.2, EXACT_GB);
    }

    @Test
    @DisplayName("an event type's own average of zero attachments is zero, not the general average")
    void ownAverageOfZero() {
        SizingPlan plan = SizingEngine.plan(tenMillion().horizonYears(1)
                .otherEvents(List.of(EventType.of("marriage", 5, 0))).build());

        // 300,000 × 3 + 50,000 × 0 = 900,000 attachments × 0.5 MB = 450 GB.
        assertThat(plan.firstYear().attachmentsGb()).isCloseTo(450, EXACT_GB);
        // The marriages still take record space: 350,000 × 20 kB = 7 GB.
        assertThat(plan.firstYear().recordDataGb()).isCloseTo(7, EXACT_GB);
    }

    @Test
    @DisplayName("legacy records, with their own attachments average, are added in year 1 only")
    void legacyRecordsInYearOneOnly() {
        SizingPlan plan = SizingEngine.plan(tenMillion().horizonYears(3)
                .legacy(LegacyRecords.of(1_000_000, 1)).build());
        YearProjection year1 = plan.years().get(0);
        YearProjection year2 = plan.years().get(1);
        YearProjection year3 = plan.years().get(2);

        assertThat(year1.legacyRecords()).isEqualTo(1_000_000);
        assertThat(year1.records()).isCloseTo(1_300_000, EXACT_COUNT);
        // 1,300,000 × 20 kB = 26 GB; (300,000 × 3 + 1,000,000 × 1) × 0.5 MB = 950 GB.
        assertThat(year1.recordDataGb()).isCloseTo(26, EXACT_GB);
        assertThat(year1.attachmentsGb()).isCloseTo(950, EXACT_GB);

        assertThat(year2.legacyRecords()).isZero();
        assertThat(year3.legacyRecords()).isZero();
        assertThat(year2.records()).isCloseTo(300_000, EXACT_COUNT);
        assertThat(year2.recordDataGb()).isCloseTo(6, EXACT_GB);
        assertThat(year2.attachmentsGb()).isCloseTo(450, EXACT_GB);

        // 100 + 976, then + 456 a year.
        assertThat(year1.applicationServerDiskGb()).isCloseTo(1076, EXACT_GB);
        assertThat(year2.applicationServerDiskGb()).isCloseTo(1532, EXACT_GB);
        assertThat(year3.applicationServerDiskGb()).isCloseTo(1988, EXACT_GB);
    }

    // ---- Disks ----

    @Test
    @DisplayName("the application server disk accumulates: year 2 = OS + data of year 1 + data of year 2")
    void accumulation() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(10_000_000).crudeBirthRate(20).crudeDeathRate(10)
                .growthPercent(3).horizonYears(3).build());

        // 300,000 records in year 1: 300,000 × 3 × 0.4 MB = 360 GB of attachments and
        // 300,000 × 18.33 kB = 5.499 GB of record data. Later years grow by 3%.
        double data1 = 360 + 5.499;
        double data2 = data1 * 1.03;
        double data3 = data1 * 1.03 * 1.03;
        List<YearProjection> years = plan.years();
        assertThat(years.get(0).dataGb()).isCloseTo(data1, EXACT_GB);
        assertThat(years.get(1).dataGb()).isCloseTo(data2, EXACT_GB);
        assertThat(years.get(0).applicationServerDiskGb()).isCloseTo(100 + data1, EXACT_GB);
        assertThat(years.get(1).applicationServerDiskGb()).isCloseTo(100 + data1 + data2, EXACT_GB);
        assertThat(years.get(2).applicationServerDiskGb()).isCloseTo(100 + data1 + data2 + data3, EXACT_GB);
        assertThat(years.get(1).applicationServerDiskGb()).isCloseTo(841.96297, within(1e-6));
    }

    @Test
    @DisplayName("provisioned disk is the required disk divided by the maximum fill, for application and backup")
    void provisionedAtMaximumFill() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.defaults()); // 5 years at 70%

        // Each year adds 899.964 + 13.7469501 GB (the docs example's year).
        double yearly = 899.964 + 13.7469501;
        for (int y = 1; y <= 5; y++) {
            YearProjection year = plan.years().get(y - 1);
            double required = 100 + y * yearly;
            assertThat(year.applicationServerDiskGb()).isCloseTo(required, within(1e-6));
            assertThat(year.provisionedDiskGb()).isCloseTo(required / 0.7, within(1e-6));
            assertThat(year.backupServerDiskGb()).isCloseTo(2 * required, within(1e-6));
            assertThat(year.provisionedBackupDiskGb()).isCloseTo(2 * required / 0.7, within(1e-6));
        }
        // Year 5: 4668.5547505 GB required, 6669.36 GB to provision.
        assertThat(plan.horizonYear().provisionedDiskGb()).isCloseTo(6669.364, within(0.001));
    }

    @Test
    @DisplayName("a retention backup is the OS reserve plus N full copies of the data so far")
    void retentionBackup() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(10_000_000).crudeBirthRate(20).crudeDeathRate(10)
                .growthPercent(3).horizonYears(3).maxFillPercent(80)
                .backup(BackupPolicy.retention(7)).build());

        double data1 = 365.499;
        double data2 = data1 * 1.03;
        YearProjection year1 = plan.years().get(0);
        YearProjection year2 = plan.years().get(1);
        assertThat(year1.backupServerDiskGb()).isCloseTo(100 + 7 * data1, EXACT_GB);
        assertThat(year2.backupServerDiskGb()).isCloseTo(100 + 7 * (data1 + data2), EXACT_GB);
        assertThat(year2.backupServerDiskGb()).isCloseTo(5293.74079, within(1e-5));
        assertThat(year2.provisionedBackupDiskGb()).isCloseTo((100 + 7 * (data1 + data2)) / 0.8, EXACT_GB);
        // The application server is not affected by the backup rule.
        assertThat(year2.applicationServerDiskGb()).isCloseTo(100 + data1 + data2, EXACT_GB);
    }

    // ---- Advisories ----

    @Test
    @DisplayName("the no-live-data advisory is given for a proof of concept and only for it")
    void proofOfConceptAdvisory() {
        for (DeploymentStage stage : DeploymentStage.values()) {
            SizingPlan plan = SizingEngine.plan(SizingInputs.builder().stage(stage).build());
            boolean present = plan.advisories().stream()
                    .anyMatch(a -> a instanceof Advisory.ProofOfConceptHoldsNoLiveData);
            assertThat(present).as("advisory for %s", stage).isEqualTo(stage == DeploymentStage.POC);
        }
        assertThat(ModelWords.advice(new Advisory.ProofOfConceptHoldsNoLiveData(), Wording.ENGLISH)).contains("no live citizen data");
    }

    @Test
    @DisplayName("every plan carries the 10 Mbps and x86_64 advisories")
    void alwaysPresentAdvisories() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.docsExample());

        assertThat(plan.advisories()).contains(new Advisory.MinimumBandwidth(10), new Advisory.X86Only());
        assertThat(ModelWords.advice(new Advisory.MinimumBandwidth(10), Wording.ENGLISH)).contains("10 Mbps");
        assertThat(ModelWords.advice(new Advisory.X86Only(), Wording.ENGLISH)).contains("x86_64");
    }

    @Test
    @DisplayName("the 2× rule is flagged when keeping the copies would need more: 9,337.11 GB against 32,079.88 GB")
    void doubleRuleBelowRetention() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.defaults()); // double rule, 7 copies remembered

        // Year 5 holds 5 × 913.7109501 = 4568.5547505 GB of data.
        double data = 5 * (899.964 + 13.7469501);
        Advisory.BackupRuleBelowAlternative advisory = backupAdvisory(plan);
        assertThat(advisory.chosen()).isEqualTo(BackupRule.DOUBLE);
        assertThat(advisory.copies()).isEqualTo(7);
        assertThat(advisory.chosenGb()).isCloseTo(2 * (100 + data), within(1e-6));
        assertThat(advisory.alternativeGb()).isCloseTo(100 + 7 * data, within(1e-6));
        assertThat(ModelWords.advice(advisory, Wording.ENGLISH)).contains("9,337.11 GB").contains("32,079.88 GB").contains("7 full copies");
    }

    @Test
    @DisplayName("a retention backup smaller than the 2× rule is flagged: 1 copy needs 4,668.55 GB against 9,337.11 GB")
    void retentionBelowDoubleRule() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().backup(BackupPolicy.retention(1)).build());

        Advisory.BackupRuleBelowAlternative advisory = backupAdvisory(plan);
        assertThat(advisory.chosen()).isEqualTo(BackupRule.RETENTION);
        assertThat(advisory.copies()).isEqualTo(1);
        assertThat(advisory.chosenGb()).isCloseTo(4668.5547505, within(1e-6));
        assertThat(advisory.alternativeGb()).isCloseTo(9337.109501, within(1e-6));
        assertThat(ModelWords.advice(advisory, Wording.ENGLISH)).startsWith("Alternative rule: this plan's backup, keeping 1 full backup copy, needs")
                .contains("4,668.55 GB").contains("9,337.11 GB");
        assertThat(ModelWords.advice(advisory, Wording.FRENCH))
                .startsWith("Autre règle\u00A0: conserver 1 copie complète, comme ce plan, demande");
    }

    @Test
    @DisplayName("an OS reserve above the qa server's fixed 320 GB disk is flagged, in both languages")
    void osReserveAboveFixedDisk() {
        SizingPlan above = SizingEngine.plan(SizingInputs.builder().osReserveGb(400).build());
        assertThat(above.advisories()).filteredOn(a -> a instanceof Advisory.FixedDiskBelowOsReserve).singleElement()
                .satisfies(a -> {
                    assertThat(ModelWords.advice(a, Wording.ENGLISH)).startsWith("The OS reserve (400.00 GB) is more than the 320.00 GB disk");
                    assertThat(ModelWords.advice(a, Wording.FRENCH)).startsWith("La réserve pour le système (400,00\u00A0Go)");
                });
        SizingPlan at = SizingEngine.plan(SizingInputs.builder().osReserveGb(320).build());
        assertThat(at.advisories()).noneMatch(a -> a instanceof Advisory.FixedDiskBelowOsReserve);
    }

    @Test
    @DisplayName("no backup-rule advisory when the chosen rule needs at least as much as the other")
    void noBackupAdvisoryWhenChosenIsLarger() {
        // 2× beats 1 copy; 7 copies beat 2×; with no OS reserve, 2 copies equal 2×.
        SizingInputs doubleOverOneCopy = SizingInputs.builder().backup(BackupPolicy.of(BackupRule.DOUBLE, 1)).build();
        SizingInputs sevenCopies = SizingInputs.builder().backup(BackupPolicy.retention(7)).horizonYears(7).build();
        SizingInputs tie = SizingInputs.builder().osReserveGb(0).backup(BackupPolicy.retention(2)).build();

        for (SizingInputs in : List.of(doubleOverOneCopy, sevenCopies, tie)) {
            assertThat(SizingEngine.plan(in).advisories())
                    .noneMatch(a -> a instanceof Advisory.BackupRuleBelowAlternative);
        }
    }

    @Test
    @DisplayName("a retention horizon shorter than the number of copies is flagged; as long or longer is not")
    void horizonShorterThanRetention() {
        SizingPlan shorter = SizingEngine.plan(SizingInputs.builder()
                .horizonYears(5).backup(BackupPolicy.retention(7)).build());
        assertThat(shorter.advisories()).contains(new Advisory.HorizonShorterThanRetention(5, 7));
        assertThat(ModelWords.advice(new Advisory.HorizonShorterThanRetention(5, 7), Wording.ENGLISH))
                .contains("5 years").contains("7 copies");
        assertThat(ModelWords.advice(new Advisory.HorizonShorterThanRetention(1, 7), Wording.ENGLISH)).contains("1 year)");

        SizingPlan equal = SizingEngine.plan(SizingInputs.builder()
                .horizonYears(7).backup(BackupPolicy.retention(7)).build());
        SizingPlan doubleRule = SizingEngine.plan(SizingInputs.builder().horizonYears(1).build());
        assertThat(equal.advisories()).noneMatch(a -> a instanceof Advisory.HorizonShorterThanRetention);
        assertThat(doubleRule.advisories()).noneMatch(a -> a instanceof Advisory.HorizonShorterThanRetention);
    }

    private static Advisory.BackupRuleBelowAlternative backupAdvisory(SizingPlan plan) {
        List<Advisory.BackupRuleBelowAlternative> found = plan.advisories().stream()
                .filter(a -> a instanceof Advisory.BackupRuleBelowAlternative)
                .map(a -> (Advisory.BackupRuleBelowAlternative) a)
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
