package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The sizing of one set of inputs: the year-by-year projection, the production cluster and the
 * server list at the planning horizon, and the documentation's advice.
 *
 * @param productionServers the production cluster for the largest population over the horizon
 * @param clusterChanges the years after year 1 in which the production cluster must grow
 * @param operations whether the nightly backup crosses the link, and how long restores take
 */
public record SizingPlan(
        SizingInputs inputs,
        List<YearProjection> years,
        int productionServers,
        List<ClusterChange> clusterChanges,
        List<ServerLine> servers,
        Totals totals,
        List<Advisory> advisories,
        Operations operations) {

    public SizingPlan {
        requireNonNull(inputs, "inputs");
        years = List.copyOf(years);
        clusterChanges = List.copyOf(clusterChanges);
        servers = List.copyOf(servers);
        requireNonNull(totals, "totals");
        advisories = List.copyOf(advisories);
        requireNonNull(operations, "operations");
    }

    /** Plans {@code inputs}; the same as {@link SizingEngine#plan(SizingInputs)}. */
    public static SizingPlan of(SizingInputs inputs) {
        return SizingEngine.plan(inputs);
    }

    public YearProjection firstYear() {
        return years.get(0);
    }

    /** Whether the plan buys a backup server: a proof of concept has none. */
    public boolean hasBackupServer() {
        return servers.stream().anyMatch(line -> line.environment() == Environment.BACKUP);
    }

    /** The last year of the planning horizon. */
    public YearProjection horizonYear() {
        return years.get(years.size() - 1);
    }
}
