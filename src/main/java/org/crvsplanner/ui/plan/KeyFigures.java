package org.crvsplanner.ui.plan;

/** The figures a planner reads first, ready to show. */
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
