package org.crvsplanner.ui.plan;

/**
 * The figures a planner reads first, ready to show in the language of the moment;
 * {@code horizonProvisioned} and {@code backupProvisioned} are captions ("provisioned 6,669.36 GB"),
 * the figures the server list buys. A plan without a backup server has empty backup texts. The
 * bands are captions too ("P10 960 – P90 1,090 GB"), empty without ranges.
 */
public record KeyFigures(
        String recordsPerYear,
        String firstYearDisk,
        String horizonLabel,
        String horizonDisk,
        String horizonProvisioned,
        String backupLabel,
        String backup,
        String backupProvisioned,
        String productionServers,
        String productionNote,
        String recordsBand,
        String firstYearBand,
        String horizonBand,
        String backupBand) {

    public boolean hasBackup() {
        return !backup.isEmpty();
    }
}
