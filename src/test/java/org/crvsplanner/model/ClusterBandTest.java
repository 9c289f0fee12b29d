package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documentation's "Server clusters by project": a proof of concept on one qa server, a pilot of four
 * servers, and a national production cluster of 2, 3 or 5 servers by population.
 */
@DisplayName("Cluster plan")
class ClusterBandTest {

    // Defaults: 5 years, no growth, 70% fill. Each year adds the docs example's 913.7109501 GB
    // (899.964 GB of attachments + 13.7469501 GB of record data).
    private static final double YEARLY_DATA_GB = 899.964 + 13.7469501;
    private static final double REQUIRED_GB = 100 + 5 * YEARLY_DATA_GB; // 4668.5547505
    private static final double PROVISIONED_GB = REQUIRED_GB / 0.7; // 6669.3639
    private static final double BACKUP_GB = 2 * REQUIRED_GB / 0.7; // 13338.7279

    /** One year, 100% fill, growth 0: the docs example with another population. */
    private static SizingInputs.Builder oneYear() {
        return SizingInputs.docsExample().toBuilder();
    }

    // ---- National bands ----

    @ParameterizedTest(name = "{0} people → {1} production servers")
    @CsvSource({
        "1, 2",
        "29999999, 2",
        "30000000, 3",
        "59999999, 3",
        "60000000, 5",
        "2000000000, 5",
        // The band is decided on the population rounded to whole people, half up.
        "29999999.4999, 2",
        "29999999.5, 3",
        // 30 million as a program that multiplies with a few more rounding steps computes it.
        "29999999.999999996, 3",
        "30000000.000000004, 3",
        "59999999.49, 3",
        "59999999.5, 5",
        "59999999.99999999, 5",
    })
    @DisplayName("the national function puts each population, rounded to whole people, in its band")
    void nationalFunction(double population, int servers) {
        assertThat(SizingEngine.nationalProductionServers(population)).isEqualTo(servers);
    }

    @ParameterizedTest(name = "{0} people growing {1}% reach {2} people in year 2 → {3} servers from year 2")
    @CsvSource({
        "29296875, 2.4, 30000000, 3",
        "58593750, 2.4, 60000000, 5",
    })
    @DisplayName("a population that grows to a band's boundary exactly crosses it in that year")
    void exactBoundaryByGrowth(long population, double growth, long reached, int servers) {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().population(population).growthPercent(growth)
                .horizonYears(5).build());

        assertThat(SizingEngine.wholePeople(plan.years().get(1).population())).isEqualTo(reached);
        assertThat(plan.clusterChanges()).containsExactly(new ClusterChange(2, servers));
        assertThat(plan.years().get(1).productionServers()).isEqualTo(servers);
    }

    @ParameterizedTest(name = "{0} people → {1} production servers")
    @CsvSource({
        "29999999, 2",
        "30000000, 3",
        "59999999, 3",
        "60000000, 5",
    })
    @DisplayName("a national plan uses the band of its population")
    void nationalPlan(long population, int servers) {
        SizingPlan plan = SizingEngine.plan(oneYear().population(population).stage(DeploymentStage.NATIONAL).build());

        assertThat(plan.productionServers()).isEqualTo(servers);
        assertThat(plan.firstYear().productionServers()).isEqualTo(servers);
        assertThat(countOf(plan, Environment.PRODUCTION)).isEqualTo(servers);
        assertThat(countOf(plan, Environment.QA)).isEqualTo(1);
        assertThat(countOf(plan, Environment.STAGING)).isEqualTo(1);
        assertThat(countOf(plan, Environment.BACKUP)).isEqualTo(1);
        assertThat(plan.totals().servers()).isEqualTo(servers + 3);
        assertThat(plan.clusterChanges()).isEmpty();
    }

    // ---- Smaller stages: proof of concept and pilot ----

    @Test
    @DisplayName("a proof of concept is one qa server with no backup, whatever the population")
    void proofOfConcept() {
        SizingPlan plan = SizingEngine.plan(oneYear().population(90_000_000).stage(DeploymentStage.POC).build());

        assertThat(plan.servers())
                .extracting(ServerLine::environment, ServerLine::count)
                .containsExactly(tuple(Environment.QA, 1));
        assertThat(plan.productionServers()).isZero();
        assertThat(plan.totals()).isEqualTo(new Totals(1, 4, 16, 320));
    }

    @Test
    @DisplayName("a proof of concept never reports a cluster change, even with growth")
    void proofOfConceptDoesNotGrow() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(25_000_000).growthPercent(10).horizonYears(50).stage(DeploymentStage.POC).build());

        assertThat(plan.clusterChanges()).isEmpty();
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.productionServers()).isZero());
    }

    @Test
    @DisplayName("a pilot is qa, production, staging and backup, one of each")
    void pilot() {
        SizingPlan plan = SizingEngine.plan(oneYear().population(90_000_000).stage(DeploymentStage.PILOT).build());

        assertThat(plan.servers())
                .extracting(ServerLine::environment, ServerLine::count)
                .containsExactly(
                        tuple(Environment.QA, 1),
                        tuple(Environment.PRODUCTION, 1),
                        tuple(Environment.STAGING, 1),
                        tuple(Environment.BACKUP, 1));
        assertThat(plan.productionServers()).isEqualTo(1);
        assertThat(plan.totals().servers()).isEqualTo(4);
    }

    @Test
    @DisplayName("a pilot with the data-node topology still has its one production server hold the data")
    void pilotWithDataNodeTopology() {
        SizingPlan plan = SizingEngine.plan(oneYear().stage(DeploymentStage.PILOT)
                .topology(StorageTopology.DATA_NODE).build());

        assertThat(plan.servers())
                .filteredOn(line -> line.environment() == Environment.PRODUCTION)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.count()).isEqualTo(1);
                    assertThat(line.role()).isEqualTo(ServerRole.APPLICATION_AND_DATA);
                    assertThat(line.diskGb()).isCloseTo(1013.71, within(0.01));
                });
    }

    // ---- Growth across a band ----

    @Test
    @DisplayName("reports the year the population first reaches 30M and the year it first reaches 60M")
    void changeYearsFromGrowth() {
        double start = 25_000_000;
        double growth = 0.02;
        // Smallest y with start × 1.02^(y−1) ≥ threshold, i.e. y = 1 + ⌈ln(threshold/start) / ln 1.02⌉:
        // ln 1.2 / ln 1.02 = 9.21 → year 11 (29.88M in year 10, 30.47M in year 11);
        // ln 2.4 / ln 1.02 = 44.21 → year 46 (59.75M in year 45, 60.95M in year 46).
        int threeFrom = 1 + (int) Math.ceil(Math.log(30_000_000 / start) / Math.log(1 + growth));
        int fiveFrom = 1 + (int) Math.ceil(Math.log(60_000_000 / start) / Math.log(1 + growth));
        assertThat(threeFrom).isEqualTo(11);
        assertThat(fiveFrom).isEqualTo(46);

        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(25_000_000).growthPercent(2).horizonYears(50).build());

        assertThat(plan.clusterChanges()).containsExactly(
                new ClusterChange(threeFrom, 3), new ClusterChange(fiveFrom, 5));
        assertThat(plan.years().get(threeFrom - 2).productionServers()).isEqualTo(2);
        assertThat(plan.years().get(threeFrom - 1).productionServers()).isEqualTo(3);
        assertThat(plan.years().get(fiveFrom - 2).productionServers()).isEqualTo(3);
        assertThat(plan.years().get(fiveFrom - 1).productionServers()).isEqualTo(5);
        assertThat(plan.productionServers()).isEqualTo(5);
    }

    @Test
    @DisplayName("a horizon that ends before the crossing reports no change")
    void noChangeBeforeTheCrossing() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(25_000_000).growthPercent(2).horizonYears(10).build());

        assertThat(plan.clusterChanges()).isEmpty();
        assertThat(plan.productionServers()).isEqualTo(2);
    }

    @Test
    @DisplayName("a shrinking population keeps the cluster its largest year needed")
    void shrinkingPopulationKeepsTheCluster() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(31_000_000).growthPercent(-5).horizonYears(20).build());

        // 31M × 0.95^19 ≈ 11.7M, far below 30M, yet the year-1 cluster stays.
        assertThat(plan.horizonYear().population()).isCloseTo(31_000_000 * Math.pow(0.95, 19), within(1.0));
        assertThat(plan.clusterChanges()).isEmpty();
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.productionServers()).isEqualTo(3));
        assertThat(plan.productionServers()).isEqualTo(3);
    }

    // ---- The server list ----

    @Test
    @DisplayName("every-node topology gives each production server the full disk, and the totals add up")
    void everyNodeTotals() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.defaults());

        assertThat(plan.servers())
                .extracting(ServerLine::environment, ServerLine::role, ServerLine::count)
                .containsExactly(
                        tuple(Environment.QA, ServerRole.TESTING_AND_TRAINING, 1),
                        tuple(Environment.PRODUCTION, ServerRole.APPLICATION_AND_DATA, 3),
                        tuple(Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR, 1),
                        tuple(Environment.BACKUP, ServerRole.ENCRYPTED_BACKUPS, 1));
        ServerLine production = line(plan, Environment.PRODUCTION, ServerRole.APPLICATION_AND_DATA);
        assertThat(production.requiredDiskGb()).isCloseTo(REQUIRED_GB, within(1e-6));
        assertThat(production.diskGb()).isCloseTo(PROVISIONED_GB, within(1e-6));
        assertThat(line(plan, Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR).diskGb())
                .isCloseTo(PROVISIONED_GB, within(1e-6));
        assertThat(line(plan, Environment.BACKUP, ServerRole.ENCRYPTED_BACKUPS).diskGb())
                .isCloseTo(BACKUP_GB, within(1e-6));

        Totals totals = plan.totals();
        assertThat(totals.servers()).isEqualTo(1 + 3 + 1 + 1);
        assertThat(totals.cpus()).isEqualTo(4 + 3 * 8 + 8 + 2);
        assertThat(totals.ramGb()).isEqualTo(16 + 3 * 16 + 16 + 1);
        assertThat(totals.diskGb()).isCloseTo(320 + 3 * PROVISIONED_GB + PROVISIONED_GB + BACKUP_GB, within(1e-6));
    }

    @Test
    @DisplayName("data-node topology splits production into 1 data node and N−1 application nodes with the OS reserve only")
    void dataNodeTopology() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().topology(StorageTopology.DATA_NODE).build());

        assertThat(plan.productionServers()).isEqualTo(3);
        assertThat(plan.servers())
                .extracting(ServerLine::environment, ServerLine::role, ServerLine::count)
                .containsExactly(
                        tuple(Environment.QA, ServerRole.TESTING_AND_TRAINING, 1),
                        tuple(Environment.PRODUCTION, ServerRole.DATA_NODE, 1),
                        tuple(Environment.PRODUCTION, ServerRole.APPLICATION_NODE, 2),
                        tuple(Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR, 1),
                        tuple(Environment.BACKUP, ServerRole.ENCRYPTED_BACKUPS, 1));

        ServerLine dataNode = line(plan, Environment.PRODUCTION, ServerRole.DATA_NODE);
        assertThat(dataNode.requiredDiskGb()).isCloseTo(REQUIRED_GB, within(1e-6));
        assertThat(dataNode.diskGb()).isCloseTo(PROVISIONED_GB, within(1e-6));

        ServerLine applicationNodes = line(plan, Environment.PRODUCTION, ServerRole.APPLICATION_NODE);
        assertThat(applicationNodes.requiredDiskGb()).isEqualTo(100);
        // The OS reserve, provisioned at the same maximum fill as every other formula-sized disk.
        assertThat(applicationNodes.diskGb()).isCloseTo(100 / 0.7, within(1e-9));
        assertThat(applicationNodes.cpus()).isEqualTo(8);
        assertThat(applicationNodes.ramGb()).isEqualTo(16);

        // Staging mirrors production's data, so it keeps the full disk.
        assertThat(line(plan, Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR).diskGb())
                .isCloseTo(PROVISIONED_GB, within(1e-6));

        Totals totals = plan.totals();
        assertThat(totals.servers()).isEqualTo(6);
        assertThat(totals.cpus()).isEqualTo(4 + 8 + 2 * 8 + 8 + 2);
        assertThat(totals.ramGb()).isEqualTo(16 + 16 + 2 * 16 + 16 + 1);
        assertThat(totals.diskGb())
                .isCloseTo(320 + PROVISIONED_GB + 2 * (100 / 0.7) + PROVISIONED_GB + BACKUP_GB, within(1e-6));
    }

    @Test
    @DisplayName("data-node topology at 60M people gives 1 data node and 4 application nodes")
    void dataNodeAtFiveServers() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .population(60_000_000).topology(StorageTopology.DATA_NODE).build());

        assertThat(line(plan, Environment.PRODUCTION, ServerRole.DATA_NODE).count()).isEqualTo(1);
        assertThat(line(plan, Environment.PRODUCTION, ServerRole.APPLICATION_NODE).count()).isEqualTo(4);
        assertThat(countOf(plan, Environment.PRODUCTION)).isEqualTo(5);
    }

    @Test
    @DisplayName("has no development server unless asked for one")
    void noDevelopmentByDefault() {
        assertThat(SizingEngine.plan(SizingInputs.defaults()).servers())
                .noneMatch(line -> line.environment() == Environment.DEVELOPMENT);
    }

    @Test
    @DisplayName("adds one development server of 4 CPUs, 16 GB RAM and 320 GB when asked, and counts it in the totals")
    void developmentServer() {
        SizingPlan without = SizingEngine.plan(SizingInputs.defaults());
        SizingPlan with = SizingEngine.plan(SizingInputs.builder().includeDevelopment(true).build());

        ServerLine development = line(with, Environment.DEVELOPMENT, ServerRole.DEVELOPMENT_ONLY);
        assertThat(development.count()).isEqualTo(1);
        assertThat(development.cpus()).isEqualTo(4);
        assertThat(development.ramGb()).isEqualTo(16);
        assertThat(development.diskGb()).isEqualTo(320);
        assertThat(development.os()).isEqualTo("Ubuntu 24.04 LTS x64");

        assertThat(with.totals().servers()).isEqualTo(without.totals().servers() + 1);
        assertThat(with.totals().cpus()).isEqualTo(without.totals().cpus() + 4);
        assertThat(with.totals().ramGb()).isEqualTo(without.totals().ramGb() + 16);
        assertThat(with.totals().diskGb()).isCloseTo(without.totals().diskGb() + 320, within(1e-6));
    }

    @Test
    @DisplayName("a proof of concept with a development server is two servers")
    void proofOfConceptWithDevelopment() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder()
                .stage(DeploymentStage.POC).includeDevelopment(true).build());

        assertThat(plan.servers()).extracting(ServerLine::environment)
                .containsExactly(Environment.QA, Environment.DEVELOPMENT);
        assertThat(plan.totals()).isEqualTo(new Totals(2, 8, 32, 640));
    }

    @Test
    @DisplayName("every server runs Ubuntu 24.04 LTS x64 with the documentation's CPUs and RAM")
    void specs() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().includeDevelopment(true).build());

        assertThat(plan.servers())
                .allSatisfy(line -> assertThat(line.os()).isEqualTo("Ubuntu 24.04 LTS x64"))
                .extracting(ServerLine::environment, ServerLine::cpus, ServerLine::ramGb)
                .containsExactly(
                        tuple(Environment.QA, 4, 16),
                        tuple(Environment.PRODUCTION, 8, 16),
                        tuple(Environment.STAGING, 8, 16),
                        tuple(Environment.BACKUP, 2, 1),
                        tuple(Environment.DEVELOPMENT, 4, 16));
    }

    private static int countOf(SizingPlan plan, Environment environment) {
        return plan.servers().stream()
                .filter(line -> line.environment() == environment)
                .mapToInt(ServerLine::count)
                .sum();
    }

    private static ServerLine line(SizingPlan plan, Environment environment, ServerRole role) {
        List<ServerLine> lines = plan.servers().stream()
                .filter(l -> l.environment() == environment && l.role() == role)
                .toList();
        assertThat(lines).as("%s %s lines", environment, role).hasSize(1);
        return lines.get(0);
    }
}
