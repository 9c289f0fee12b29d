package org.crvsplanner.ui.plan;

/**
 * The figures a planner reads first, ready to show in the language of the moment;
 * {@code horizonProvisioned} is a caption ("provisioned 6,669.36 GB"). The bands are captions too
 * ("P10 960 – P90 1,090 GB"), empty without ranges.
 */
public record KeyFigures(
        String recordsPerYear,
        String firstYearDisk,
        String horizonLabel,
        String horizonDisk,
        String horizonProvisioned,
        String backup,
        String productionServers,
        String productionNote,
        String recordsBand,
        String firstYearBand,
        String horizonBand,
        String backupBand) {
}
