package org.crvsplanner.model;

/**
 * One year's figures over the trials of a Monte Carlo run, as percentiles; the same figures as
 * {@link YearProjection}'s.
 *
 * @param year 1 for the first year of operation
 */
public record YearBand(int year, Quantiles records, Quantiles applicationServerDiskGb, Quantiles provisionedDiskGb,
        Quantiles backupServerDiskGb, Quantiles provisionedBackupDiskGb) {
}
