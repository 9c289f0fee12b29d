package org.crvsplanner.model;

/**
 * The minimum specification the OpenCRVS documentation gives one environment's servers.
 *
 * @param fixedDiskGb 320 GB for qa and development; NaN where the disk formula sizes the disk
 */
public record ServerSpec(int cpus, int ramGb, double fixedDiskGb) {

    static ServerSpec sizedByFormula(int cpus, int ramGb) {
        return new ServerSpec(cpus, ramGb, Double.NaN);
    }

    /** Whether the documentation fixes this environment's disk rather than sizing it. */
    public boolean hasFixedDisk() {
        return !Double.isNaN(fixedDiskGb);
    }
}
