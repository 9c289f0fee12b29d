package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

/**
 * The links the nightly backup crosses and how it is made. OpenCRVS asks for at least 10 Mbps
 * to the data centre and gives no figure for the share of it a backup may use, nor for
 * compression: both are the planner's assumptions, with defaults the window and the workbook show.
 *
 * @param linkMbps production to the backup site
 * @param stagingLinkMbps the backup site to staging
 * @param sharePercent the share of each link the backup can use
 * @param windowHours the hours from the backup's start to staging's download
 * @param compression how many times smaller an archive is than the data; attachments are
 *        JPEG and PDF, which barely compress, so 1 by default
 * @param method the backup method; v1.x has the full archive only
 */
public record BackupLink(double linkMbps, double stagingLinkMbps, double sharePercent, double windowHours,
        double compression, BackupMethod method) {

    /** OpenCRVS's minimum link to the data centre. */
    public static final double MINIMUM_MBPS = 10;
    /** No OpenCRVS figure: a link shared with the day's traffic rarely gives a backup all of itself. */
    public static final double DEFAULT_SHARE_PERCENT = 80;

    public BackupLink {
        InputField.LINK_MBPS.check(linkMbps);
        InputField.STAGING_LINK_MBPS.check(stagingLinkMbps);
        InputField.LINK_SHARE_PERCENT.check(sharePercent);
        InputField.BACKUP_WINDOW_HOURS.check(windowHours);
        InputField.BACKUP_COMPRESSION.check(compression);
        requireNonNull(method, "method");
    }

    /** 10 Mbps both ways, 80% of it, uncompressed full backups, in {@code schedule}'s window. */
    static BackupLink defaults(BackupSchedule schedule) {
        return new BackupLink(MINIMUM_MBPS, MINIMUM_MBPS, DEFAULT_SHARE_PERCENT, schedule.windowHours(), 1,
                BackupMethod.FULL);
    }
}
