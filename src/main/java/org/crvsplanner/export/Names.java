package org.crvsplanner.export;

import java.util.Locale;

import org.crvsplanner.model.Environment;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.OsReservePart;

/**
 * The workbook's defined names. Inputs take the model's own field names ({@code population}
 * becomes {@code Population}), so a formula reads like the model's code.
 */
final class Names {
    // Constants, not of(Inputs.…): formulas in other classes' constants are built from them at
    // compile time. NamesTest checks that each is its input's name.
    static final String BACKUP_RULE = "BackupRule";
    static final String STAGE = "Stage";
    static final String TOPOLOGY = "Topology";
    static final String INCLUDE_DEVELOPMENT = "IncludeDevelopment";
    static final String DOCS_VERSION = "DocsVersion";
    static final String MONITORING = "Monitoring";
    static final String DISK_ENCRYPTION = "DiskEncryption";

    // The chosen version's rules, on the Versions sheet.
    static final String VERSION_KB_PER_RECORD = "VersionKbPerRecord";
    static final String VERSION_OS_RESERVE_GB = "VersionOsReserveGb";
    static final String DATABASE_OVERHEAD_PERCENT = "DatabaseOverheadPercent";
    static final String MONITORING_MB_PER_HOST_DAY = "MonitoringMbPerHostDay";
    static final String MONITORING_GB_PER_HOST = "MonitoringGbPerHost";
    static final String LOGGING_GB = "LoggingMinimumGb";
    static final String ENCRYPTION_MINIMUM_GB = "EncryptionMinimumGb";
    static final String ENCRYPTION_PERCENT = "EncryptionPercent";
    static final String ROUNDS_TO_HUNDREDTH = "RoundsToHundredth";
    static final String NEWER_RULES_ADVICE = "NewerRulesAdvice";
    /** The chosen version as its id, "2.0", even where the Assumptions hold a typed 2. */
    static final String CHOSEN_VERSION = "ChosenVersion";

    static final String MB_PER_GB = "MbPerGb";
    static final String KB_PER_GB = "KbPerGb";
    static final String POC_PRODUCTION_SERVERS = "PocProductionServers";
    static final String PILOT_PRODUCTION_SERVERS = "PilotProductionServers";
    static final String BAND1_SERVERS = "ClusterBand1Servers";
    static final String BAND2_FROM = "ClusterBand2From";
    static final String BAND2_SERVERS = "ClusterBand2Servers";
    static final String BAND3_FROM = "ClusterBand3From";
    static final String BAND3_SERVERS = "ClusterBand3Servers";
    static final String MINIMUM_MBPS = "MinimumMbps";

    static final String OTHER_EVENT_RATE = "OtherEventRate";
    static final String OTHER_ATTACHMENT_RATE = "OtherAttachmentRate";
    static final String PRODUCTION_SERVERS = "ProductionServers";
    static final String HORIZON_APP_DISK = "HorizonAppServerDiskGb";
    static final String HORIZON_CITIZEN_DATA = "HorizonCitizenDataGb";
    static final String HORIZON_STAGING_DISK = "HorizonStagingDiskGb";
    static final String HORIZON_PROVISIONED_STAGING_DISK = "HorizonProvisionedStagingDiskGb";
    static final String HORIZON_PROVISIONED_DISK = "HorizonProvisionedDiskGb";
    static final String HORIZON_BACKUP_DISK = "HorizonBackupDiskGb";
    static final String HORIZON_PROVISIONED_BACKUP_DISK = "HorizonProvisionedBackupDiskGb";
    static final String BACKUP_DOUBLE_RULE = "BackupDoubleRuleGb";
    static final String BACKUP_RETENTION_RULE = "BackupRetentionRuleGb";

    static final String CURRENCY = "Currency";

    /** The Operations sheet's figures and units. */
    static final String DIFFERENTIAL_OFFERED = "DifferentialBackupOffered";
    static final String VERSION_BACKUP_WINDOW_HOURS = "VersionBackupWindowHours";
    static final String BACKUP_METHOD_USED = "BackupMethodUsed";
    static final String FIRST_YEAR_OVER_WINDOW = "FirstYearOverWindow";
    static final String LINK_MBPS_NEEDED = "LinkMbpsNeeded";
    static final String DIFFERENTIAL_FITS = "DifferentialFitsWindow";
    static final String NIGHTLY_BACKUP_GB = "NightlyBackupGb";
    static final String TRANSFER_HOURS = "TransferHours";
    static final String OPERATIONS_ADVICE = "OperationsAdvice";
    static final String OVER_WINDOW_ADVICE = "BackupOverWindowAdvice";
    static final String OVER_WINDOW_NIGHTLY_GB = "OverWindowNightlyGb";
    static final String OVER_WINDOW_HOURS = "OverWindowHours";
    static final String FULL_RESTORE_GB = "FullRestoreGb";
    static final String FULL_RESTORE_HOURS = "FullRestoreHours";
    static final String MEGABITS_PER_GB = "MegabitsPerGb";
    static final String SECONDS_PER_HOUR = "SecondsPerHour";
    static final String DAYS_PER_YEAR = "DaysPerYear";

    /** The projection followed, one cell a year of the plan. */
    static final String PROJECTED_POPULATION = "ProjectedPopulation";
    static final String PROJECTED_BIRTH_RATE = "ProjectedBirthRate";
    static final String PROJECTED_DEATH_RATE = "ProjectedDeathRate";

    private Names() {
    }

    static String of(InputField field) {
        return capitalized(field.key());
    }

    static String of(Input input) {
        return capitalized(input.key());
    }

    private static String capitalized(String key) {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    /** "OsReserveKubernetesAndImages". */
    static String osReserve(OsReservePart part) {
        return "OsReserve" + capitalized(part.key());
    }

    static String cpus(Environment environment) {
        return prefix(environment) + "Cpus";
    }

    static String ramGb(Environment environment) {
        return prefix(environment) + "RamGb";
    }

    static String diskGb(Environment environment) {
        return prefix(environment) + "DiskGb";
    }

    private static String prefix(Environment environment) {
        String id = environment.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
