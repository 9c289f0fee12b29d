package org.crvsplanner.model;

/**
 * One year of the projection. Event counts are not rounded; disk figures are in decimal GB
 * (1 GB = 1,000 MB = 1,000,000 kB, as in the OpenCRVS documentation).
 *
 * @param year 1 for the first year of operation
 * @param population people in the country this year
 * @param coveragePercent share of the population in participating locations
 * @param births births registered this year
 * @param deaths deaths registered this year
 * @param otherEvents all other event types together
 * @param legacyRecords records migrated this year (year 1 only)
 * @param records all records registered or migrated this year
 * @param recordDataGb record data added this year
 * @param attachmentsGb attachments added this year
 * @param applicationServerDiskGb OS reserve plus all data up to this year
 * @param provisionedDiskGb the application server disk at the maximum fill
 * @param backupServerDiskGb backup disk by the backup rule
 * @param provisionedBackupDiskGb the backup disk at the maximum fill
 * @param productionServers the production cluster this year needs
 */
public record YearProjection(
        int year,
        double population,
        double coveragePercent,
        double births,
        double deaths,
        double otherEvents,
        double legacyRecords,
        double records,
        double recordDataGb,
        double attachmentsGb,
        double applicationServerDiskGb,
        double provisionedDiskGb,
        double backupServerDiskGb,
        double provisionedBackupDiskGb,
        int productionServers) {

    /** Record data and attachments added this year. */
    public double dataGb() {
        return recordDataGb + attachmentsGb;
    }
}
