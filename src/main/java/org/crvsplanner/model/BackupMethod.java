package org.crvsplanner.model;

/**
 * How production's data is backed up each night. OpenCRVS v1.x offers one method, a full
 * archive; the v2.x charts offer the same two types, {@code dump} and {@code differential}, for
 * PostgreSQL and MinIO, which are what v2.x backs up.
 */
public enum BackupMethod implements Choice {
    /**
     * Everything, every night: v1.x's encrypted archive of all data; in v2.x the charts' default,
     * a PostgreSQL dump and a MinIO archive.
     */
    FULL("full"),
    /**
     * v2.x only: PostgreSQL by pgBackRest, a weekly full and daily differentials, and MinIO as an
     * rsync mirror, which sends only the day's new files. Neither is compressed on the backup server.
     */
    DIFFERENTIAL("differential");

    private final String id;

    BackupMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static BackupMethod fromId(String id) {
        return Ids.fromId(BackupMethod.class, values(), BackupMethod::id, id);
    }
}
