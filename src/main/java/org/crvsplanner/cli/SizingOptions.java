package org.crvsplanner.cli;

import java.util.List;
import java.util.Map;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.StorageTopology;

import picocli.CommandLine.Option;

/**
 * One flag per model input. A flag left out keeps the value it is applied to, so the same options
 * serve the defaults and, later, a scenario file that flags override. Descriptions, with units,
 * ranges and defaults, come from {@link HelpTexts}.
 */
public final class SizingOptions {
    private static final Map<String, InputField> NUMERIC_FLAGS = Map.ofEntries(
            Map.entry("--population", InputField.POPULATION),
            Map.entry("--birth-rate", InputField.CRUDE_BIRTH_RATE),
            Map.entry("--death-rate", InputField.CRUDE_DEATH_RATE),
            Map.entry("--attachments", InputField.ATTACHMENTS_PER_RECORD),
            Map.entry("--attachment-mb", InputField.MB_PER_ATTACHMENT),
            Map.entry("--record-kb", InputField.KB_PER_RECORD),
            Map.entry("--os-gb", InputField.OS_RESERVE_GB),
            Map.entry("--growth", InputField.GROWTH_PERCENT),
            Map.entry("--years", InputField.HORIZON_YEARS),
            Map.entry("--coverage-start", InputField.COVERAGE_START_PERCENT),
            Map.entry("--coverage-full-year", InputField.COVERAGE_FULL_YEAR),
            Map.entry("--legacy-records", InputField.LEGACY_RECORDS),
            Map.entry("--legacy-attachments", InputField.LEGACY_ATTACHMENTS),
            Map.entry("--max-fill", InputField.MAX_FILL_PERCENT),
            Map.entry("--backup-copies", InputField.BACKUP_COPIES));

    @Option(names = "--population", paramLabel = "PEOPLE")
    Long population;

    @Option(names = "--birth-rate", paramLabel = "PER_1000")
    Double birthRate;

    @Option(names = "--death-rate", paramLabel = "PER_1000")
    Double deathRate;

    @Option(names = "--attachments", paramLabel = "N")
    Double attachments;

    @Option(names = "--attachment-mb", paramLabel = "MB")
    Double attachmentMb;

    @Option(names = "--record-kb", paramLabel = "KB")
    Double recordKb;

    @Option(names = "--os-gb", paramLabel = "GB")
    Double osGb;

    @Option(names = "--growth", paramLabel = "PERCENT")
    Double growth;

    @Option(names = "--years", paramLabel = "YEARS")
    Integer years;

    @Option(names = "--coverage-start", paramLabel = "PERCENT")
    Double coverageStart;

    @Option(names = "--coverage-full-year", paramLabel = "YEAR")
    Integer coverageFullYear;

    @Option(names = "--event", paramLabel = "NAME=RATE[:ATTACHMENTS]", converter = Converters.Event.class)
    List<EventType> events;

    @Option(names = "--legacy-records", paramLabel = "RECORDS")
    Long legacyRecords;

    @Option(names = "--legacy-attachments", paramLabel = "N")
    Double legacyAttachments;

    @Option(names = "--max-fill", paramLabel = "PERCENT")
    Double maxFill;

    @Option(names = "--backup-rule", paramLabel = "RULE", converter = Converters.Backup.class)
    BackupRule backupRule;

    @Option(names = "--backup-copies", paramLabel = "N")
    Integer backupCopies;

    @Option(names = "--topology", paramLabel = "TOPOLOGY", converter = Converters.Topology.class)
    StorageTopology topology;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Converters.Stage.class)
    DeploymentStage stage;

    @Option(names = "--include-development")
    Boolean includeDevelopment;

    /**
     * The given inputs with every flag that was set applied on top.
     *
     * @throws org.crvsplanner.model.InvalidInputException when the combination breaks a rule
     */
    public SizingInputs applyTo(SizingInputs base) {
        SizingInputs.Builder b = base.toBuilder();
        if (population != null) {
            b.population(population);
        }
        if (birthRate != null) {
            b.crudeBirthRate(birthRate);
        }
        if (deathRate != null) {
            b.crudeDeathRate(deathRate);
        }
        if (attachments != null) {
            b.attachmentsPerRecord(attachments);
        }
        if (attachmentMb != null) {
            b.mbPerAttachment(attachmentMb);
        }
        if (recordKb != null) {
            b.kbPerRecord(recordKb);
        }
        if (osGb != null) {
            b.osReserveGb(osGb);
        }
        if (growth != null) {
            b.growthPercent(growth);
        }
        if (years != null) {
            b.horizonYears(years);
        }
        if (coverageStart != null) {
            b.coverageStartPercent(coverageStart);
        }
        if (coverageFullYear != null) {
            b.coverageFullYear(coverageFullYear);
        }
        if (events != null) {
            b.otherEvents(events);
        }
        if (legacyRecords != null || legacyAttachments != null) {
            LegacyRecords legacy = base.legacy();
            b.legacy(LegacyRecords.of(legacyRecords != null ? legacyRecords : legacy.records(),
                    legacyAttachments != null ? legacyAttachments : legacy.attachmentsPerRecord()));
        }
        if (maxFill != null) {
            b.maxFillPercent(maxFill);
        }
        if (backupRule != null || backupCopies != null) {
            BackupPolicy backup = base.backup();
            b.backup(BackupPolicy.of(backupRule != null ? backupRule : backup.rule(),
                    backupCopies != null ? backupCopies : backup.copies()));
        }
        if (topology != null) {
            b.topology(topology);
        }
        if (stage != null) {
            b.stage(stage);
        }
        if (includeDevelopment != null) {
            b.includeDevelopment(includeDevelopment);
        }
        return b.build();
    }

    /** The numeric input a flag sets, or null for flags that are not plain numbers. */
    static InputField numericFieldFor(String flag) {
        return NUMERIC_FLAGS.get(flag);
    }

    /** The flag that sets an input, for messages. */
    static String flagFor(InputField field) {
        for (Map.Entry<String, InputField> entry : NUMERIC_FLAGS.entrySet()) {
            if (entry.getValue() == field) {
                return entry.getKey();
            }
        }
        return "--event";
    }
}
