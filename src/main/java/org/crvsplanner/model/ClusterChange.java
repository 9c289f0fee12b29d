package org.crvsplanner.model;

/** A year in which the production cluster must grow, e.g. "add a server in year 7". */
public record ClusterChange(int year, int productionServers) {
}
