package org.crvsplanner.model;

/** How the backup server's disk is sized. */
public enum BackupRule implements Choice {
    /** Twice the application server, as the OpenCRVS documentation recommends. */
    DOUBLE("double"),
    /** The OS reserve plus N full copies of the data; OpenCRVS keeps 7 by default. */
    RETENTION("retention");

    private final String id;

    BackupRule(String id) {
        this.id = id;
    }

    /** The lower-case name used on the command line and in files. */
    @Override
    public String id() {
        return id;
    }

    public static BackupRule fromId(String id) {
        return Ids.fromId(BackupRule.class, values(), BackupRule::id, id);
    }
}
