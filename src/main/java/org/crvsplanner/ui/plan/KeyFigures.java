package org.crvsplanner.ui.plan;

/**
 * The figures a planner reads first, ready to show in the language of the moment;
 * {@code horizonProvisioned} is a caption ("provisioned 6,669.36 GB").
 */
public record KeyFigures(
        String recordsPerYear,
        String firstYearDisk,
        String horizonLabel,
        String horizonDisk,
        String horizonProvisioned,
        String backup,
        String productionServers,
        String productionNote) {
}
