package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sizing rules of one version of the OpenCRVS page "Set-up a server-hosted environment", as
 * data: every figure the engine, the workbook and the working take from the documentation. A
 * version's page that gives no rule for something (monitoring before v2.0, encryption headroom
 * before v2.1) has an empty rule here, and the planner adds nothing for it.
 *
 * @param specs the minimum server specification of each environment
 * @param kbPerRecord the record size the formula uses; the default of the kB-per-record input
 * @param databaseOverheadPercent what the database needs on top of the record data (indexes, WAL, bloat)
 * @param osReserve what the operating-system reserve is made of; its sum is the OS reserve's default
 * @param monitoring the monitoring disk rule, when the page gives one
 * @param loggingMinimumGb the disk to keep for logs, when the page gives a figure
 * @param encryption the headroom an encrypted {@code /data} partition needs, when the page gives a rule
 * @param defaultTopology where the page puts the data by default
 * @param roundsToHundredth whether the page's working rounds every GB figure to 0.01 GB and carries
 *        the rounded figure into the next step; the planner does the same so that it reproduces
 *        the page's figures to the digit
 * @param example what the page's worked example assumes beyond the shared inputs (30M people,
 *        17.299 births and 7.7 deaths per 1,000, 3 attachments, one year)
 * @param backupSchedule when the nightly backup runs and staging restores it
 */
public record RuleSet(
        Map<Environment, ServerSpec> specs,
        double kbPerRecord,
        double databaseOverheadPercent,
        List<ReservePart> osReserve,
        Optional<MonitoringRule> monitoring,
        OptionalDouble loggingMinimumGb,
        Optional<EncryptionRule> encryption,
        StorageTopology defaultTopology,
        boolean roundsToHundredth,
        WorkedExample example,
        BackupSchedule backupSchedule) {

    /**
     * "Total space = 200 MB × days × hosts + 1 GB × hosts": monitoring data kept for a number of
     * days for every host (VM) monitored.
     */
    public record MonitoringRule(double mbPerHostPerDay, double gbPerHost, int defaultDays) {
    }

    /**
     * Provisioning keeps free, outside the encrypted partition, the greater of a fixed minimum
     * ({@code min_free_disk_size}) and a share of the partition ({@code min_free_disk_percent}).
     */
    public record EncryptionRule(double minimumGb, double percentOfPartition) {
    }

    /** The worked example's own assumptions. */
    public record WorkedExample(double growthPercent, MonitoringPlace monitoring) {
    }

    /** One part of the operating-system reserve. */
    public record ReservePart(OsReservePart part, double gb) {
    }

    private static final int VCPU_QA = 4;
    private static final int VCPU_PRODUCTION = 8;
    private static final int VCPU_BACKUP = 2;
    private static final int RAM_QA_GB = 16;
    private static final int RAM_BACKUP_GB = 1;
    private static final double FIXED_DISK_GB = 320;
    private static final double V1_KB_PER_RECORD = 18.33;
    private static final List<ReservePart> ONE_FIGURE_RESERVE =
            List.of(new ReservePart(OsReservePart.OPERATING_SYSTEM, 100));
    /** OpenCRVS v2.x keeps monitoring data 30 days by default: the default of the days input. */
    public static final int MONITORING_DAYS = 30;
    /** 200 MB a host a day and 1 GB a host: the v2.0 and v2.1 pages. */
    private static final MonitoringRule MONITORING = new MonitoringRule(200, 1, MONITORING_DAYS);
    /** The v1.x examples say nothing of growth or monitoring. */
    private static final WorkedExample V1_EXAMPLE = new WorkedExample(0, MonitoringPlace.THIS_SERVER);
    /** "It's recommended to keep at least 10 GB of disk space for logs": the v2.0 and v2.1 pages. */
    private static final double LOGGING_GB = 10;

    /**
     * v1.8, the seed: "4.3 Deploy: Set-up a server-hosted environment"
     * (documentation.opencrvs.org/setup/3.-installation/3.3-set-up-a-server-hosted-environment):
     * production and staging 16 GB RAM and 8 CPUs, qa and development 16 GB, 4 CPUs and 320 GB,
     * backup 1 GB and 2 CPUs; 18.33 kB a record, 0.4 MB an attachment, 100 GB for the operating
     * system; Docker Swarm, with the stateful services pinned to one node by the deploy files.
     */
    static final RuleSet V1_8 = new RuleSet(specs(16), V1_KB_PER_RECORD, 0, ONE_FIGURE_RESERVE, Optional.empty(),
            OptionalDouble.empty(), Optional.empty(), StorageTopology.EVERY_NODE, false, V1_EXAMPLE,
            BackupSchedule.V1);

    /**
     * v1.9: the same page and formula as v1.8 (opencrvs/documentation
     * {@code v1.9.0/setup/3.-installation/3.3-set-up-a-server-hosted-environment/README.md}), with
     * 32 GB RAM for production and staging since opencrvs-core#11712 ("Update recommended
     * production memory to 32Gb", done in the 1.9 and 2.0 docs).
     */
    static final RuleSet V1_9 = new RuleSet(specs(32), V1_KB_PER_RECORD, 0, ONE_FIGURE_RESERVE, Optional.empty(),
            OptionalDouble.empty(), Optional.empty(), StorageTopology.EVERY_NODE, false, V1_EXAMPLE,
            BackupSchedule.V1);

    /**
     * v2.0: "Setup infrastructure" (opencrvs/documentation {@code v2.0.0/technical/guides/installation/
     * deploy-set-up-a-server-hosted-environment/preparation-steps/setup-infrastructure.md}): 32 GB
     * RAM for production and staging, the v1.8 disk formula and worked example, which count
     * neither monitoring nor logs; monitoring 200 MB × days × hosts + 1 GB × hosts (30 days by
     * default), at least 10 GB for logs, all in {@code /data}; optional LUKS encryption with no
     * headroom rule; Kubernetes.
     */
    static final RuleSet V2_0 = new RuleSet(specs(32), V1_KB_PER_RECORD, 0, ONE_FIGURE_RESERVE,
            Optional.of(MONITORING), OptionalDouble.of(LOGGING_GB), Optional.empty(), StorageTopology.DATA_NODE, false,
            new WorkedExample(0, MonitoringPlace.ELSEWHERE), BackupSchedule.V2);

    /**
     * v2.1: "Setup infrastructure" (opencrvs/documentation {@code v2.1/technical/guides/installation/
     * deploy-set-up-a-server-hosted-environment/preparation-steps/setup-infrastructure.md}): 32 GB
     * RAM for production and staging; 18 kB a record plus 20% database overhead; the OS reserve
     * as 10 GB base OS, 40 GB Kubernetes and images and 50 GB free for updates; monitoring and
     * logging as in v2.0; with disk encryption, max(50 GB, 10% of the encrypted partition) of
     * headroom; all data in {@code /data} on the Kubernetes master node. Its worked example
     * rounds each figure to 0.01 GB before the next step (899.96 + 13.50 + 2.70 = 916.16).
     */
    static final RuleSet V2_1 = new RuleSet(specs(32), 18, 20,
            List.of(new ReservePart(OsReservePart.BASE_OS, 10),
                    new ReservePart(OsReservePart.KUBERNETES_AND_IMAGES, 40),
                    new ReservePart(OsReservePart.FREE_FOR_UPDATES, 50)),
            Optional.of(MONITORING), OptionalDouble.of(LOGGING_GB), Optional.of(new EncryptionRule(50, 10)),
            StorageTopology.DATA_NODE, true, new WorkedExample(1, MonitoringPlace.ELSEWHERE),
            BackupSchedule.V2);

    public RuleSet {
        specs = Map.copyOf(specs);
        for (Environment environment : Environment.values()) {
            requireNonNull(specs.get(environment), environment.id());
        }
        osReserve = List.copyOf(osReserve);
        requireNonNull(monitoring, "monitoring");
        requireNonNull(loggingMinimumGb, "loggingMinimumGb");
        requireNonNull(encryption, "encryption");
        requireNonNull(defaultTopology, "defaultTopology");
        requireNonNull(example, "example");
        requireNonNull(backupSchedule, "backupSchedule");
    }

    private static Map<Environment, ServerSpec> specs(int productionRamGb) {
        Map<Environment, ServerSpec> specs = new EnumMap<>(Environment.class);
        specs.put(Environment.QA, new ServerSpec(VCPU_QA, RAM_QA_GB, FIXED_DISK_GB));
        specs.put(Environment.PRODUCTION, ServerSpec.sizedByFormula(VCPU_PRODUCTION, productionRamGb));
        specs.put(Environment.STAGING, ServerSpec.sizedByFormula(VCPU_PRODUCTION, productionRamGb));
        specs.put(Environment.BACKUP, ServerSpec.sizedByFormula(VCPU_BACKUP, RAM_BACKUP_GB));
        specs.put(Environment.DEVELOPMENT, new ServerSpec(VCPU_QA, RAM_QA_GB, FIXED_DISK_GB));
        return specs;
    }

    public ServerSpec spec(Environment environment) {
        return specs.get(environment);
    }

    /** The sum of the OS reserve's parts: the default of the OS-reserve input. */
    public double osReserveGb() {
        double sum = 0;
        for (ReservePart part : osReserve) {
            sum += part.gb();
        }
        return sum;
    }
}
