package org.crvsplanner.model;

/**
 * Records migrated from an earlier system, all in year 1.
 *
 * @param records how many
 * @param attachmentsPerRecord their own attachments average (scanned paper registers often have 1)
 */
public record LegacyRecords(long records, double attachmentsPerRecord) {
    public static final LegacyRecords NONE = new LegacyRecords(0, 0);

    public LegacyRecords {
        InputField.LEGACY_RECORDS.check(records);
        InputField.LEGACY_ATTACHMENTS.check(attachmentsPerRecord);
    }

    public static LegacyRecords of(long records, double attachmentsPerRecord) {
        return new LegacyRecords(records, attachmentsPerRecord);
    }
}
