package org.crvsplanner.model;

import java.util.List;
import java.util.Optional;

/**
 * Every input of the model, in the one order every front end shows them: the scenario file
 * writes them in this order, the command line's help lists them so, and the workbook's
 * Assumptions sheet and the window's panels follow it too. Adding an input means one entry here,
 * its texts in the bundles, and its use in {@link SizingEngine}.
 */
public final class Inputs {
    public static final NumberInput POPULATION = new NumberInput(InputField.POPULATION, 0, true,
            SizingInputs::population, (b, v) -> b.population((long) v));
    public static final NumberInput CRUDE_BIRTH_RATE = new NumberInput(InputField.CRUDE_BIRTH_RATE, 3, true,
            SizingInputs::crudeBirthRate, SizingInputs.Builder::crudeBirthRate);
    public static final NumberInput CRUDE_DEATH_RATE = new NumberInput(InputField.CRUDE_DEATH_RATE, 3, true,
            SizingInputs::crudeDeathRate, SizingInputs.Builder::crudeDeathRate);
    public static final NumberInput ATTACHMENTS_PER_RECORD = new NumberInput(InputField.ATTACHMENTS_PER_RECORD, 2,
            true, SizingInputs::attachmentsPerRecord, SizingInputs.Builder::attachmentsPerRecord);
    public static final NumberInput MB_PER_ATTACHMENT = new NumberInput(InputField.MB_PER_ATTACHMENT, 2, false,
            SizingInputs::mbPerAttachment, SizingInputs.Builder::mbPerAttachment);
    public static final NumberInput KB_PER_RECORD = new NumberInput(InputField.KB_PER_RECORD, 2, false,
            SizingInputs::kbPerRecord, SizingInputs.Builder::kbPerRecord);
    public static final NumberInput OS_RESERVE_GB = new NumberInput(InputField.OS_RESERVE_GB, 0, false,
            SizingInputs::osReserveGb, SizingInputs.Builder::osReserveGb);
    public static final NumberInput GROWTH_PERCENT = new NumberInput(InputField.GROWTH_PERCENT, 2, true,
            SizingInputs::growthPercent, SizingInputs.Builder::growthPercent);
    public static final NumberInput HORIZON_YEARS = new NumberInput(InputField.HORIZON_YEARS, 0, true,
            SizingInputs::horizonYears, (b, v) -> b.horizonYears((int) v));
    public static final ProjectionInput PROJECTION = new ProjectionInput("projection");
    public static final NumberInput COVERAGE_START_PERCENT = new NumberInput(InputField.COVERAGE_START_PERCENT, 1,
            false, SizingInputs::coverageStartPercent, SizingInputs.Builder::coverageStartPercent);
    public static final NumberInput COVERAGE_FULL_YEAR = new NumberInput(InputField.COVERAGE_FULL_YEAR, 0, false,
            SizingInputs::coverageFullYear, (b, v) -> b.coverageFullYear((int) v));
    public static final EventsInput OTHER_EVENTS = new EventsInput("otherEvents");
    public static final NumberInput LEGACY_RECORDS = new NumberInput(InputField.LEGACY_RECORDS, 0, false,
            in -> in.legacy().records(), (b, v) -> b.legacyRecords((long) v));
    public static final NumberInput LEGACY_ATTACHMENTS = new NumberInput(InputField.LEGACY_ATTACHMENTS, 2, false,
            in -> in.legacy().attachmentsPerRecord(), SizingInputs.Builder::legacyAttachments);
    public static final NumberInput MAX_FILL_PERCENT = new NumberInput(InputField.MAX_FILL_PERCENT, 0, false,
            SizingInputs::maxFillPercent, SizingInputs.Builder::maxFillPercent);
    public static final ChoiceInput<BackupRule> BACKUP_RULE = new ChoiceInput<>("backupRule",
            List.of(BackupRule.values()), false, in -> in.backup().rule(), SizingInputs.Builder::backupRule);
    public static final NumberInput BACKUP_COPIES = new NumberInput(InputField.BACKUP_COPIES, 0, false,
            in -> in.backup().copies(), (b, v) -> b.backupCopies((int) v));
    public static final ChoiceInput<StorageTopology> TOPOLOGY = new ChoiceInput<>("topology",
            List.of(StorageTopology.values()), false, SizingInputs::topology, SizingInputs.Builder::topology);
    public static final ChoiceInput<DeploymentStage> STAGE = new ChoiceInput<>("stage",
            List.of(DeploymentStage.values()), true, SizingInputs::stage, SizingInputs.Builder::stage);
    public static final ChoiceInput<DocsVersion> DOCS_VERSION = new ChoiceInput<>("docsVersion",
            List.of(DocsVersion.values()), true, SizingInputs::docsVersion, SizingInputs.Builder::docsVersion);
    public static final ChoiceInput<MonitoringPlace> MONITORING = new ChoiceInput<>("monitoring",
            List.of(MonitoringPlace.values()), false, SizingInputs::monitoring, SizingInputs.Builder::monitoring);
    public static final NumberInput MONITORING_DAYS = new NumberInput(InputField.MONITORING_DAYS, 0, false,
            SizingInputs::monitoringDays, (b, v) -> b.monitoringDays((int) v));
    public static final ToggleInput DISK_ENCRYPTION = new ToggleInput("diskEncryption", false,
            SizingInputs::diskEncryption, SizingInputs.Builder::diskEncryption);
    public static final ToggleInput INCLUDE_DEVELOPMENT = new ToggleInput("includeDevelopment", false,
            SizingInputs::includeDevelopment, SizingInputs.Builder::includeDevelopment);
    public static final NumberInput LINK_MBPS = new NumberInput(InputField.LINK_MBPS, 1, true,
            in -> in.backupLink().linkMbps(), SizingInputs.Builder::linkMbps);
    public static final NumberInput STAGING_LINK_MBPS = new NumberInput(InputField.STAGING_LINK_MBPS, 1, false,
            in -> in.backupLink().stagingLinkMbps(), SizingInputs.Builder::stagingLinkMbps);
    public static final NumberInput LINK_SHARE_PERCENT = new NumberInput(InputField.LINK_SHARE_PERCENT, 0, false,
            in -> in.backupLink().sharePercent(), SizingInputs.Builder::linkSharePercent);
    public static final NumberInput BACKUP_WINDOW_HOURS = new NumberInput(InputField.BACKUP_WINDOW_HOURS, 2, false,
            in -> in.backupLink().windowHours(), SizingInputs.Builder::backupWindowHours);
    public static final NumberInput BACKUP_COMPRESSION = new NumberInput(InputField.BACKUP_COMPRESSION, 2, false,
            in -> in.backupLink().compression(), SizingInputs.Builder::backupCompression);
    public static final ChoiceInput<BackupMethod> BACKUP_METHOD = new ChoiceInput<>("backupMethod",
            List.of(BackupMethod.values()), false, in -> in.backupLink().method(), SizingInputs.Builder::backupMethod);

    /** Every input, in order. */
    public static final List<Input> ALL = List.of(POPULATION, CRUDE_BIRTH_RATE, CRUDE_DEATH_RATE,
            ATTACHMENTS_PER_RECORD, MB_PER_ATTACHMENT, KB_PER_RECORD, OS_RESERVE_GB, GROWTH_PERCENT, HORIZON_YEARS,
            PROJECTION, COVERAGE_START_PERCENT, COVERAGE_FULL_YEAR, OTHER_EVENTS, LEGACY_RECORDS, LEGACY_ATTACHMENTS,
            MAX_FILL_PERCENT, BACKUP_RULE, BACKUP_COPIES, TOPOLOGY, MONITORING, MONITORING_DAYS, DISK_ENCRYPTION,
            STAGE, DOCS_VERSION, INCLUDE_DEVELOPMENT, LINK_MBPS, STAGING_LINK_MBPS, LINK_SHARE_PERCENT,
            BACKUP_WINDOW_HOURS, BACKUP_COMPRESSION, BACKUP_METHOD);

    /**
     * The inputs a planner may give as low / likely / high, because they are estimates: how many
     * people, how many of them are born and die, what a country will really scan, and how fast
     * the population grows and coverage starts. The others are choices or the documentation's
     * constants. The order is the one above, and the order in which a trial draws them.
     */
    public static final List<NumberInput> WITH_RANGES = List.of(POPULATION, CRUDE_BIRTH_RATE, CRUDE_DEATH_RATE,
            ATTACHMENTS_PER_RECORD, MB_PER_ATTACHMENT, GROWTH_PERCENT, COVERAGE_START_PERCENT);

    private Inputs() {
    }

    /** The input with this key if it may take a range; empty for other keys. */
    public static Optional<NumberInput> withRangeKey(String key) {
        for (NumberInput input : WITH_RANGES) {
            if (input.key().equals(key)) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /** The numeric input whose range is {@code field}'s; empty for the parts of an event type. */
    public static Optional<NumberInput> of(InputField field) {
        for (Input input : ALL) {
            if (input instanceof NumberInput number && number.field() == field) {
                return Optional.of(number);
            }
        }
        return Optional.empty();
    }

    /** The input with this key, as files and bundles name it. */
    public static Optional<Input> withKey(String key) {
        for (Input input : ALL) {
            if (input.key().equals(key)) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }
}
