package org.crvsplanner.model;

/**
 * The server environments of the OpenCRVS documentation, with their minimum specifications.
 * Disks of production, staging and backup are sized by the formula; qa and development have a
 * fixed 320 GB.
 */
public enum Environment {
    QA("qa", 4, 16, 320),
    PRODUCTION("production", 8, 16, Double.NaN),
    STAGING("staging", 8, 16, Double.NaN),
    BACKUP("backup", 2, 1, Double.NaN),
    DEVELOPMENT("development", 4, 16, 320);

    /** The only operating system the documentation specifies; x86_64 only. */
    public static final String OS = "Ubuntu 24.04 LTS x64";

    private final String id;
    private final int cpus;
    private final int ramGb;
    private final double fixedDiskGb;

    Environment(String id, int cpus, int ramGb, double fixedDiskGb) {
        this.id = id;
        this.cpus = cpus;
        this.ramGb = ramGb;
        this.fixedDiskGb = fixedDiskGb;
    }

    public String id() {
        return id;
    }

    public int cpus() {
        return cpus;
    }

    public int ramGb() {
        return ramGb;
    }

    /** 320 GB for qa and development; NaN where the formula sizes the disk. */
    public double fixedDiskGb() {
        return fixedDiskGb;
    }
}
