package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crvsplanner.model.InvalidInputException.Problem;

/**
 * Everything the sizing model needs, validated on construction. Ranges are those of
 * {@link InputField}; a value outside them throws {@link InvalidInputException}.
 *
 * <p>The defaults are the worked example of the OpenCRVS page "Set-up a server-hosted
 * environment": 30 million people, 17.299 births and 7.7 deaths per 1,000, 3 attachments of
 * 0.4 MB, 18.33 kB a record and 100 GB for the operating system.
 */
public record SizingInputs(
        long population,
        double crudeBirthRate,
        double crudeDeathRate,
        double attachmentsPerRecord,
        double mbPerAttachment,
        double kbPerRecord,
        double osReserveGb,
        double growthPercent,
        int horizonYears,
        double coverageStartPercent,
        int coverageFullYear,
        List<EventType> otherEvents,
        LegacyRecords legacy,
        double maxFillPercent,
        BackupPolicy backup,
        StorageTopology topology,
        DeploymentStage stage,
        boolean includeDevelopment,
        DocsVersion docsVersion,
        MonitoringPlace monitoring,
        int monitoringDays,
        boolean diskEncryption,
        Projection projection,
        BackupLink backupLink) {

    public static final int MAX_EVENT_TYPES = 20;

    private static final SizingInputs DEFAULTS = new SizingInputs(
            30_000_000, 17.299, 7.7, 3, 0.4, RuleSet.V1_8.kbPerRecord(), RuleSet.V1_8.osReserveGb(), 0, 5, 100, 1,
            List.of(), LegacyRecords.NONE, 70, BackupPolicy.DOUBLE,
            RuleSet.V1_8.defaultTopology(), DeploymentStage.NATIONAL, false, DocsVersion.V1_8,
            MonitoringPlace.THIS_SERVER, RuleSet.MONITORING_DAYS, false, Projection.NONE,
            BackupLink.defaults(RuleSet.V1_8.backupSchedule()));

    public SizingInputs {
        InputField.POPULATION.check(population);
        InputField.CRUDE_BIRTH_RATE.check(crudeBirthRate);
        InputField.CRUDE_DEATH_RATE.check(crudeDeathRate);
        InputField.ATTACHMENTS_PER_RECORD.check(attachmentsPerRecord);
        InputField.MB_PER_ATTACHMENT.check(mbPerAttachment);
        InputField.KB_PER_RECORD.check(kbPerRecord);
        InputField.OS_RESERVE_GB.check(osReserveGb);
        InputField.GROWTH_PERCENT.check(growthPercent);
        InputField.HORIZON_YEARS.check(horizonYears);
        InputField.COVERAGE_START_PERCENT.check(coverageStartPercent);
        InputField.COVERAGE_FULL_YEAR.check(coverageFullYear, horizonYears);
        if (coverageStartPercent < 100 && horizonYears == 1) {
            throw InvalidInputException.of(InputField.COVERAGE_START_PERCENT, Problem.COVERAGE_ONE_YEAR,
                    coverageStartPercent);
        }
        if (coverageStartPercent < 100 && coverageFullYear == 1) {
            // A ramp needs at least one year to climb; silently ignoring the year-1 coverage
            // would hide the planner's choice, so say so instead.
            throw InvalidInputException.of(InputField.COVERAGE_FULL_YEAR, Problem.COVERAGE_RAMP,
                    horizonYears, coverageStartPercent);
        }
        otherEvents = List.copyOf(requireNonNull(otherEvents, "otherEvents"));
        checkEventTypes(otherEvents);
        requireNonNull(legacy, "legacy");
        InputField.MAX_FILL_PERCENT.check(maxFillPercent);
        requireNonNull(backup, "backup");
        requireNonNull(topology, "topology");
        requireNonNull(stage, "stage");
        requireNonNull(docsVersion, "docsVersion");
        requireNonNull(monitoring, "monitoring");
        InputField.MONITORING_DAYS.check(monitoringDays);
        requireNonNull(projection, "projection");
        requireNonNull(backupLink, "backupLink");
        if (!projection.isEmpty()) {
            projection.check(population, crudeBirthRate, crudeDeathRate, horizonYears);
        }
    }

    /**
     * The inputs of the v1.8 page, without version choices or a projection: constant rates and
     * growth, monitoring on this server, no encryption.
     */
    public SizingInputs(long population, double crudeBirthRate, double crudeDeathRate, double attachmentsPerRecord,
            double mbPerAttachment, double kbPerRecord, double osReserveGb, double growthPercent, int horizonYears,
            double coverageStartPercent, int coverageFullYear, List<EventType> otherEvents, LegacyRecords legacy,
            double maxFillPercent, BackupPolicy backup, StorageTopology topology, DeploymentStage stage,
            boolean includeDevelopment) {
        this(population, crudeBirthRate, crudeDeathRate, attachmentsPerRecord, mbPerAttachment, kbPerRecord,
                osReserveGb, growthPercent, horizonYears, coverageStartPercent, coverageFullYear, otherEvents, legacy,
                maxFillPercent, backup, topology, stage, includeDevelopment, DocsVersion.V1_8,
                MonitoringPlace.THIS_SERVER, RuleSet.MONITORING_DAYS, false, Projection.NONE,
                BackupLink.defaults(RuleSet.V1_8.backupSchedule()));
    }

    /** Whether each year's population and rates come from a projection rather than constant rates. */
    public boolean followsProjection() {
        return !projection.isEmpty();
    }

    private static void checkEventTypes(List<EventType> events) {
        if (events.size() > MAX_EVENT_TYPES) {
            throw InvalidInputException.of(InputField.EVENT_NAME, Problem.EVENT_COUNT, MAX_EVENT_TYPES, events.size());
        }
        Set<String> names = new HashSet<>();
        for (EventType event : events) {
            String name = event.name().toLowerCase(Locale.ROOT);
            if (name.matches("births?|deaths?|naissances?|d[ée]c[èe]s")) {
                throw InvalidInputException.of(InputField.EVENT_NAME, Problem.EVENT_BIRTH_OR_DEATH, event.name());
            }
            if (!names.add(name)) {
                throw InvalidInputException.of(InputField.EVENT_NAME, Problem.EVENT_TWICE, event.name());
            }
        }
    }

    /** The documentation's worked example over a 5-year horizon at 70% maximum fill, under v1.8's rules. */
    public static SizingInputs defaults() {
        return DEFAULTS;
    }

    /** {@link #defaults()} under {@code version}'s rules: its record size, OS reserve and topology. */
    public static SizingInputs defaults(DocsVersion version) {
        return DEFAULTS.withDocsVersion(version);
    }

    /**
     * The v1.8 documentation's worked example exactly: one year, disks filled to 100%. Its disk is
     * 1013.71 GB (the page prints 1012.47 GB through an arithmetic slip).
     */
    public static SizingInputs docsExample() {
        return docsExample(DocsVersion.V1_8);
    }

    /** {@code version}'s worked example exactly, with what its page assumes: one year, disks filled to 100%. */
    public static SizingInputs docsExample(DocsVersion version) {
        RuleSet.WorkedExample example = version.rules().example();
        return defaults(version).toBuilder().horizonYears(1).maxFillPercent(100)
                .growthPercent(example.growthPercent()).monitoring(example.monitoring()).build();
    }

    /**
     * These inputs under {@code version}'s rules. The inputs whose default is a version's figure
     * (kB per record, OS reserve, storage topology, backup window) follow the new version while
     * they still hold the old version's figure; a figure the planner changed stays.
     */
    public SizingInputs withDocsVersion(DocsVersion version) {
        return toBuilder().followDocsVersion(version).build();
    }

    /** The rules of the chosen version. */
    public RuleSet rules() {
        return docsVersion.rules();
    }

    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects changes to a copy of some inputs; {@link #build()} validates them together. */
    public static final class Builder {
        private long population;
        private double crudeBirthRate;
        private double crudeDeathRate;
        private double attachmentsPerRecord;
        private double mbPerAttachment;
        private double kbPerRecord;
        private double osReserveGb;
        private double growthPercent;
        private int horizonYears;
        private double coverageStartPercent;
        private int coverageFullYear;
        private List<EventType> otherEvents;
        private long legacyRecords;
        private double legacyAttachments;
        private double maxFillPercent;
        private BackupRule backupRule;
        private int backupCopies;
        private StorageTopology topology;
        private DeploymentStage stage;
        private boolean includeDevelopment;
        private DocsVersion docsVersion;
        private MonitoringPlace monitoring;
        private int monitoringDays;
        private boolean diskEncryption;
        private Projection projection;
        private double linkMbps;
        private double stagingLinkMbps;
        private double linkSharePercent;
        private double backupWindowHours;
        private double backupCompression;
        private BackupMethod backupMethod;

        private Builder(SizingInputs from) {
            population = from.population;
            crudeBirthRate = from.crudeBirthRate;
            crudeDeathRate = from.crudeDeathRate;
            attachmentsPerRecord = from.attachmentsPerRecord;
            mbPerAttachment = from.mbPerAttachment;
            kbPerRecord = from.kbPerRecord;
            osReserveGb = from.osReserveGb;
            growthPercent = from.growthPercent;
            horizonYears = from.horizonYears;
            coverageStartPercent = from.coverageStartPercent;
            coverageFullYear = from.coverageFullYear;
            otherEvents = from.otherEvents;
            legacy(from.legacy);
            maxFillPercent = from.maxFillPercent;
            backup(from.backup);
            topology = from.topology;
            stage = from.stage;
            includeDevelopment = from.includeDevelopment;
            docsVersion = from.docsVersion;
            monitoring = from.monitoring;
            monitoringDays = from.monitoringDays;
            diskEncryption = from.diskEncryption;
            projection = from.projection;
            backupLink(from.backupLink);
        }

        public Builder population(long value) {
            population = value;
            return this;
        }

        public Builder crudeBirthRate(double value) {
            crudeBirthRate = value;
            return this;
        }

        public Builder crudeDeathRate(double value) {
            crudeDeathRate = value;
            return this;
        }

        public Builder attachmentsPerRecord(double value) {
            attachmentsPerRecord = value;
            return this;
        }

        public Builder mbPerAttachment(double value) {
            mbPerAttachment = value;
            return this;
        }

        public Builder kbPerRecord(double value) {
            kbPerRecord = value;
            return this;
        }

        public Builder osReserveGb(double value) {
            osReserveGb = value;
            return this;
        }

        public Builder growthPercent(double value) {
            growthPercent = value;
            return this;
        }

        public Builder horizonYears(int value) {
            horizonYears = value;
            return this;
        }

        public Builder coverageStartPercent(double value) {
            coverageStartPercent = value;
            return this;
        }

        public Builder coverageFullYear(int value) {
            coverageFullYear = value;
            return this;
        }

        public Builder otherEvents(List<EventType> value) {
            otherEvents = new ArrayList<>(requireNonNull(value, "otherEvents"));
            return this;
        }

        public Builder legacy(LegacyRecords value) {
            requireNonNull(value, "legacy");
            legacyRecords = value.records();
            legacyAttachments = value.attachmentsPerRecord();
            return this;
        }

        /** The migrated records alone; checked with their attachments when built. */
        public Builder legacyRecords(long value) {
            legacyRecords = value;
            return this;
        }

        public Builder legacyAttachments(double value) {
            legacyAttachments = value;
            return this;
        }

        public Builder maxFillPercent(double value) {
            maxFillPercent = value;
            return this;
        }

        public Builder backup(BackupPolicy value) {
            requireNonNull(value, "backup");
            backupRule = value.rule();
            backupCopies = value.copies();
            return this;
        }

        /** The backup rule alone; the copy count stays. */
        public Builder backupRule(BackupRule value) {
            backupRule = requireNonNull(value, "backupRule");
            return this;
        }

        public Builder backupCopies(int value) {
            backupCopies = value;
            return this;
        }

        public Builder topology(StorageTopology value) {
            topology = value;
            return this;
        }

        public Builder stage(DeploymentStage value) {
            stage = value;
            return this;
        }

        public Builder includeDevelopment(boolean value) {
            includeDevelopment = value;
            return this;
        }

        /**
         * The version alone; {@link SizingInputs#withDocsVersion(DocsVersion)} also moves the
         * inputs that follow the version.
         */
        public Builder docsVersion(DocsVersion value) {
            docsVersion = value;
            return this;
        }

        public Builder monitoring(MonitoringPlace value) {
            monitoring = value;
            return this;
        }

        public Builder monitoringDays(int value) {
            monitoringDays = value;
            return this;
        }

        public Builder diskEncryption(boolean value) {
            diskEncryption = value;
            return this;
        }

        /**
         * Moves to {@code version}'s rules, as {@link SizingInputs#withDocsVersion(DocsVersion)}
         * says: an input whose default is a version's figure follows while it still holds the old
         * version's figure.
         */
        public Builder followDocsVersion(DocsVersion version) {
            RuleSet from = docsVersion.rules();
            RuleSet to = requireNonNull(version, "version").rules();
            if (kbPerRecord == from.kbPerRecord()) {
                kbPerRecord = to.kbPerRecord();
            }
            if (osReserveGb == from.osReserveGb()) {
                osReserveGb = to.osReserveGb();
            }
            if (topology == from.defaultTopology()) {
                topology = to.defaultTopology();
            }
            if (backupWindowHours == from.backupSchedule().windowHours()) {
                backupWindowHours = to.backupSchedule().windowHours();
            }
            docsVersion = version;
            return this;
        }

        public Builder backupLink(BackupLink value) {
            requireNonNull(value, "backupLink");
            linkMbps = value.linkMbps();
            stagingLinkMbps = value.stagingLinkMbps();
            linkSharePercent = value.sharePercent();
            backupWindowHours = value.windowHours();
            backupCompression = value.compression();
            backupMethod = value.method();
            return this;
        }

        public Builder linkMbps(double value) {
            linkMbps = value;
            return this;
        }

        public Builder stagingLinkMbps(double value) {
            stagingLinkMbps = value;
            return this;
        }

        public Builder linkSharePercent(double value) {
            linkSharePercent = value;
            return this;
        }

        public Builder backupWindowHours(double value) {
            backupWindowHours = value;
            return this;
        }

        public Builder backupCompression(double value) {
            backupCompression = value;
            return this;
        }

        public Builder backupMethod(BackupMethod value) {
            backupMethod = requireNonNull(value, "backupMethod");
            return this;
        }

        /** Each year's population and rates; {@link Projection#NONE} for constant rates and growth. */
        public Builder projection(Projection value) {
            projection = requireNonNull(value, "projection");
            return this;
        }

        /** @throws InvalidInputException naming the first input that breaks the rules */
        public SizingInputs build() {
            LegacyRecords legacy = LegacyRecords.of(legacyRecords, legacyAttachments);
            BackupPolicy backup = BackupPolicy.of(backupRule, backupCopies);
            return new SizingInputs(population, crudeBirthRate, crudeDeathRate, attachmentsPerRecord,
                    mbPerAttachment, kbPerRecord, osReserveGb, growthPercent, horizonYears,
                    coverageStartPercent, coverageFullYear, otherEvents, legacy, maxFillPercent,
                    backup, topology, stage, includeDevelopment, docsVersion, monitoring, monitoringDays,
                    diskEncryption, projection, new BackupLink(linkMbps, stagingLinkMbps, linkSharePercent,
                            backupWindowHours, backupCompression, backupMethod));
        }
    }
}
