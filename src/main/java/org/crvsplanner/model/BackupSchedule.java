package org.crvsplanner.model;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When a version's nightly backup starts and when staging takes it: the copy to the backup site
 * must be done in between, or staging restores the night before's data.
 *
 * @param backup when production's backup starts
 * @param stagingFetch when staging starts to download the backup
 * @param stagingRestore when staging restores it
 * @param differentialOffered whether the version offers a differential backup
 */
public record BackupSchedule(LocalTime backup, LocalTime stagingFetch, LocalTime stagingRestore,
        boolean differentialOffered) {

    /** v1.x (countryconfig crontab): backup at 00:00, staging downloads at 00:30 and restores at 01:00. */
    static final BackupSchedule V1 = new BackupSchedule(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(1, 0),
            false);
    /** v2.x (dependencies chart defaults): backup at 01:00, restore on staging at 03:00. */
    static final BackupSchedule V2 = new BackupSchedule(LocalTime.of(1, 0), LocalTime.of(3, 0), LocalTime.of(3, 0),
            true);

    /** The hours from the backup's start to staging's download: the default of the window input. */
    public double windowHours() {
        long minutes = Duration.between(backup, stagingFetch).toMinutes();
        return (minutes < 0 ? minutes + 24 * 60 : minutes) / 60.0;
    }
}
