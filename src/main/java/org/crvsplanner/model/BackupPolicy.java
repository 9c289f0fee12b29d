package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

/**
 * The backup rule and, for {@link BackupRule#RETENTION}, how many full copies are kept. The copy
 * count is kept with the double rule too, so switching rules does not forget it.
 */
public record BackupPolicy(BackupRule rule, int copies) {
    /** OpenCRVS's backup job keeps seven copies by default. */
    public static final int OPENCRVS_DEFAULT_COPIES = 7;
    public static final BackupPolicy DOUBLE = new BackupPolicy(BackupRule.DOUBLE, OPENCRVS_DEFAULT_COPIES);

    public BackupPolicy {
        requireNonNull(rule, "rule");
        InputField.BACKUP_COPIES.check(copies);
    }

    public static BackupPolicy of(BackupRule rule, int copies) {
        return new BackupPolicy(rule, copies);
    }

    public static BackupPolicy retention(int copies) {
        return new BackupPolicy(BackupRule.RETENTION, copies);
    }
}
