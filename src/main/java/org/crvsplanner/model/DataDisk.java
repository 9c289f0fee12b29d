package org.crvsplanner.model;

/**
 * The disk of a server that holds the data, by the chosen version's rules: the OS reserve and
 * the citizen data, and, where the version's page asks for them, monitoring, logs and the
 * headroom of an encrypted partition. Built once per plan, so each year costs a few operations.
 */
final class DataDisk {
    private final double osReserveGb;
    private final boolean hundredths;
    private final double monitoringGbPerHost;
    private final double loggingGb;
    private final boolean encrypted;
    private final double headroomMinimumGb;
    private final double headroomShare;

    DataDisk(SizingInputs in) {
        RuleSet rules = in.rules();
        boolean here = in.monitoring() == MonitoringPlace.THIS_SERVER;
        osReserveGb = in.osReserveGb();
        hundredths = rules.roundsToHundredth();
        RuleSet.MonitoringRule monitoring = here ? rules.monitoring().orElse(null) : null;
        monitoringGbPerHost = monitoring == null ? 0
                : monitoring.mbPerHostPerDay() * in.monitoringDays() / SizingEngine.MB_PER_GB + monitoring.gbPerHost();
        loggingGb = here ? rules.loggingMinimumGb().orElse(0) : 0;
        encrypted = in.diskEncryption() && rules.encryption().isPresent();
        headroomMinimumGb = encrypted ? rules.encryption().get().minimumGb() : 0;
        headroomShare = encrypted ? rules.encryption().get().percentOfPartition() / 100 : 0;
    }

    /** The citizen data as the version's page carries it into the disk: to the hundredth in v2.1. */
    double citizenDataGb(double dataGb) {
        return rounded(dataGb);
    }

    /** Monitoring data kept for {@code hosts} monitored servers. */
    double monitoringGb(int hosts) {
        return rounded(monitoringGbPerHost * hosts);
    }

    double loggingGb() {
        return loggingGb;
    }

    /** max(minimum, share × partition) when the partition is encrypted, the partition being all that is in /data. */
    double encryptionHeadroomGb(double partitionGb) {
        return encrypted ? rounded(Math.max(headroomMinimumGb, headroomShare * partitionGb)) : 0;
    }

    /** The whole disk of a data server with {@code hosts} monitored servers and this much citizen data. */
    double requiredGb(double citizenDataGb, int hosts) {
        double monitoring = monitoringGb(hosts);
        double partition = citizenDataGb + monitoring + loggingGb;
        return osReserveGb + partition + encryptionHeadroomGb(partition);
    }

    private double rounded(double gb) {
        return hundredths ? Math.round(gb * 100) / 100.0 : gb;
    }
}
