package org.crvsplanner.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The OpenCRVS disk formula of the chosen version ({@link RuleSet}), projected year by year, and
 * the cluster rules of the documentation.
 *
 * <pre>
 * attachments per year = records × attachments per record × MB per attachment
 * record data per year = records × kB per record
 * database overhead    = record data × the version's overhead (v2.1: 20%)
 * citizen data         = record data + overhead + attachments   (accumulated over the years)
 * disk                 = OS reserve + citizen data + monitoring + logging + encryption headroom
 * </pre>
 *
 * Monitoring, logging and headroom are 0 where the version's page gives no rule for them.
 *
 * <p>The population grows at the constant growth rate and the crude rates stay as given, unless
 * the inputs follow a {@link Projection}: then each year takes its population and rates from it.
 */
public final class SizingEngine {
    static final double MB_PER_GB = 1_000;
    static final double KB_PER_GB = 1_000_000;
    static final int MINIMUM_MBPS = 10;

    /** The documentation's national bands: from this population, the second band. */
    public static final double SECOND_BAND_FROM = 30_000_000;
    /** From this population, the third band. */
    public static final double THIRD_BAND_FROM = 60_000_000;
    public static final int FIRST_BAND_SERVERS = 2;
    public static final int SECOND_BAND_SERVERS = 3;
    public static final int THIRD_BAND_SERVERS = 5;
    public static final int POC_PRODUCTION_SERVERS = 0;
    public static final int PILOT_PRODUCTION_SERVERS = 1;
    /** The documentation's clusters have one staging server at every stage that has one. */
    public static final int STAGING_SERVERS = 1;

    private SizingEngine() {
    }

    public static SizingPlan plan(SizingInputs in) {
        int horizon = in.horizonYears();
        YearProjection[] years = new YearProjection[horizon];
        List<ClusterChange> changes = new ArrayList<>(2);
        DataDisk disk = new DataDisk(in);

        double otherRate = 0;
        double otherAttachmentRate = 0;
        for (EventType event : in.otherEvents()) {
            otherRate += event.ratePerThousand();
            otherAttachmentRate += event.ratePerThousand() * event.attachmentsOr(in.attachmentsPerRecord());
        }
        double growth = 1 + in.growthPercent() / 100;
        double fill = in.maxFillPercent() / 100;
        double overhead = in.rules().databaseOverheadPercent() / 100;
        boolean retention = in.backup().rule() == BackupRule.RETENTION;

        // Repeated multiplication rather than Math.pow: the same figures to 1e-13, at a
        // fraction of the cost, which matters while a slider is dragged. Summed year by year,
        // the records are the first year's times ((1 + g)^years - 1) / g, v2.1's growth factor.
        double population = in.population();
        double birthRate = in.crudeBirthRate();
        double deathRate = in.crudeDeathRate();
        Projection projection = in.projection();
        boolean projected = !projection.isEmpty();
        double largestPopulation = 0;
        double dataGb = 0;
        int servers = 0;
        for (int y = 1; y <= horizon; y++) {
            if (projected) {
                ProjectedYear year = projection.year(y);
                population = year.population();
                birthRate = year.crudeBirthRate();
                deathRate = year.crudeDeathRate();
            } else if (y > 1) {
                population *= growth;
            }
            double coverage = coveragePercent(in, y);
            double covered = population * coverage / 100;
            double births = covered * birthRate / 1000;
            double deaths = covered * deathRate / 1000;
            double other = covered * otherRate / 1000;
            double legacy = y == 1 ? in.legacy().records() : 0;
            double records = births + deaths + other + legacy;

            double attachments = (births + deaths) * in.attachmentsPerRecord()
                    + covered * otherAttachmentRate / 1000
                    + legacy * in.legacy().attachmentsPerRecord();
            double attachmentsGb = attachments * in.mbPerAttachment() / MB_PER_GB;
            double recordDataGb = records * in.kbPerRecord() / KB_PER_GB;
            double overheadGb = recordDataGb * overhead;
            dataGb += recordDataGb + overheadGb + attachmentsGb;

            largestPopulation = Math.max(largestPopulation, population);
            int yearServers = productionServers(in.stage(), largestPopulation);
            if (y > 1 && yearServers != servers) {
                changes.add(new ClusterChange(y, yearServers));
            }
            servers = yearServers;

            // The data server's monitoring covers every production server of the year.
            double citizenGb = disk.citizenDataGb(dataGb);
            double monitoringGb = disk.monitoringGb(yearServers);
            double loggingGb = disk.loggingGb();
            double partitionGb = citizenGb + monitoringGb + loggingGb;
            double headroomGb = disk.encryptionHeadroomGb(partitionGb);
            double applicationGb = in.osReserveGb() + partitionGb + headroomGb;
            double backupGb = retention ? in.osReserveGb() + in.backup().copies() * citizenGb : 2 * applicationGb;

            years[y - 1] = new YearProjection(y, population, coverage, births, deaths, other, legacy, records,
                    recordDataGb, overheadGb, attachmentsGb, citizenGb, monitoringGb, loggingGb, headroomGb,
                    applicationGb, applicationGb / fill, backupGb, backupGb / fill, yearServers);
        }
        YearProjection last = years[horizon - 1];
        List<ServerLine> lines = servers(in, disk, last);
        List<YearProjection> yearList = List.of(years);
        List<Advisory> advisories = advisories(in, last);
        Plausibility.of(yearList).ifPresent(advisory -> advisories.add(0, advisory));
        Operations operations = Operations.of(in, yearList);
        operationsAdvice(in, yearList, operations, advisories);
        return new SizingPlan(in, yearList, servers, changes, lines, Totals.of(lines), advisories, operations);
    }

    /** Linear from the year-1 coverage to 100% in the full-coverage year. */
    static double coveragePercent(SizingInputs in, int year) {
        int full = in.coverageFullYear();
        if (year >= full) {
            return 100;
        }
        double start = in.coverageStartPercent();
        return start + (100 - start) * (year - 1) / (full - 1);
    }

    /**
     * The documentation's national bands: under 30M people, 2 production servers; 30M to under
     * 60M, 3; 60M and more, 5. The band is decided on the population in whole people, rounded
     * half up, as the workbook's {@code ROUND(population,0)} does: a projection such as
     * 29,296,875 × 1.024 lands a few billionths of a person either side of 30,000,000 depending
     * on how a program multiplies, but every program rounds it to the same 30,000,000.
     */
    public static int nationalProductionServers(double population) {
        long people = wholePeople(population);
        if (people < SECOND_BAND_FROM) {
            return FIRST_BAND_SERVERS;
        }
        return people < THIRD_BAND_FROM ? SECOND_BAND_SERVERS : THIRD_BAND_SERVERS;
    }

    /** The population rounded to whole people, half up: 29,999,999.5 is 30,000,000. */
    public static long wholePeople(double population) {
        return Math.round(population);
    }

    static int productionServers(DeploymentStage stage, double largestPopulation) {
        switch (stage) {
            case POC:
                return POC_PRODUCTION_SERVERS;
            case PILOT:
                return PILOT_PRODUCTION_SERVERS;
            default:
                return nationalProductionServers(largestPopulation);
        }
    }

    private static List<ServerLine> servers(SizingInputs in, DataDisk disk, YearProjection last) {
        RuleSet rules = in.rules();
        List<ServerLine> lines = new ArrayList<>(6);
        lines.add(ServerLine.fixedDisk(rules, Environment.QA, ServerRole.TESTING_AND_TRAINING));
        int production = last.productionServers();
        if (production > 0) {
            double fill = in.maxFillPercent() / 100;
            double required = last.applicationServerDiskGb();
            double provisioned = last.provisionedDiskGb();
            if (in.topology() == StorageTopology.DATA_NODE && production > 1) {
                lines.add(ServerLine.of(rules, Environment.PRODUCTION, ServerRole.DATA_NODE, 1, required,
                        provisioned));
                lines.add(ServerLine.of(rules, Environment.PRODUCTION, ServerRole.APPLICATION_NODE, production - 1,
                        in.osReserveGb(), in.osReserveGb() / fill));
            } else {
                lines.add(ServerLine.of(rules, Environment.PRODUCTION, ServerRole.APPLICATION_AND_DATA, production,
                        required, provisioned));
            }
            // Staging is one server: it monitors itself alone.
            double staging = disk.requiredGb(last.citizenDataGb(), STAGING_SERVERS);
            lines.add(ServerLine.of(rules, Environment.STAGING, ServerRole.PRE_PRODUCTION_MIRROR, STAGING_SERVERS,
                    staging, staging / fill));
            lines.add(ServerLine.of(rules, Environment.BACKUP, ServerRole.ENCRYPTED_BACKUPS, 1,
                    last.backupServerDiskGb(), last.provisionedBackupDiskGb()));
        }
        if (in.includeDevelopment()) {
            lines.add(ServerLine.fixedDisk(rules, Environment.DEVELOPMENT, ServerRole.DEVELOPMENT_ONLY));
        }
        return lines;
    }

    /** Before the minimum-bandwidth and x86 lines, which every plan carries. */
    private static void operationsAdvice(SizingInputs in, List<YearProjection> years, Operations operations,
            List<Advisory> advisories) {
        int at = advisories.size() - 2;
        BackupLink link = in.backupLink();
        if (link.method() == BackupMethod.DIFFERENTIAL && operations.method() == BackupMethod.FULL) {
            advisories.add(at++, new Advisory.NoDifferentialBackup(in.docsVersion()));
        }
        if (link.linkMbps() < BackupLink.MINIMUM_MBPS) {
            advisories.add(at++, new Advisory.LinkBelowMinimum(link.linkMbps(), BackupLink.MINIMUM_MBPS));
        }
        if (operations.firstYearOverWindow().isPresent()) {
            OperationsYear over = operations.years().get(operations.firstYearOverWindow().getAsInt() - 1);
            boolean differential = operations.method() == BackupMethod.FULL
                    && in.rules().backupSchedule().differentialOffered() && Operations.differentialFits(in, years);
            advisories.add(at, new Advisory.BackupOverWindow(over.year(), operations.method(), over.nightlyBackupGb(),
                    over.transferHours(), link.linkMbps(), link.windowHours(), operations.linkMbpsNeeded(),
                    differential));
        }
    }

    private static List<Advisory> advisories(SizingInputs in, YearProjection last) {
        List<Advisory> advisories = new ArrayList<>(7);
        if (in.stage() == DeploymentStage.POC) {
            advisories.add(new Advisory.ProofOfConceptHoldsNoLiveData());
        } else {
            // A proof of concept buys no backup server, so advice on sizing one would mislead.
            backupAdvisories(in, last, advisories);
        }
        double qaDiskGb = in.rules().spec(Environment.QA).fixedDiskGb();
        if (in.osReserveGb() > qaDiskGb) {
            advisories.add(new Advisory.FixedDiskBelowOsReserve(in.osReserveGb(), qaDiskGb));
        }
        if (last.productionServers() > 0 && qaDiskGb > last.provisionedDiskGb()) {
            advisories.add(new Advisory.FixedDiskAboveProduction(qaDiskGb, last.provisionedDiskGb()));
        }
        if (in.diskEncryption() && in.rules().encryption().isEmpty()) {
            advisories.add(new Advisory.NoEncryptionRule(in.docsVersion()));
        }
        if (in.docsVersion() != DocsVersion.NEWEST) {
            advisories.add(new Advisory.NewerRules(in.docsVersion(), DocsVersion.NEWEST));
        }
        advisories.add(new Advisory.MinimumBandwidth(MINIMUM_MBPS));
        advisories.add(new Advisory.X86Only());
        return advisories;
    }

    /** Advice on the backup rule, for a plan that buys a backup server. */
    private static void backupAdvisories(SizingInputs in, YearProjection last, List<Advisory> advisories) {
        BackupPolicy backup = in.backup();
        double doubleRuleGb = 2 * last.applicationServerDiskGb();
        double retentionGb = in.osReserveGb() + backup.copies() * last.citizenDataGb();
        boolean retention = backup.rule() == BackupRule.RETENTION;
        double chosenGb = retention ? retentionGb : doubleRuleGb;
        double alternativeGb = retention ? doubleRuleGb : retentionGb;
        if (chosenGb < alternativeGb) {
            advisories.add(new Advisory.BackupRuleBelowAlternative(backup.rule(), backup.copies(), chosenGb,
                    alternativeGb));
        }
        if (retention && in.horizonYears() < backup.copies()) {
            advisories.add(new Advisory.HorizonShorterThanRetention(in.horizonYears(), backup.copies()));
        }
    }
}
