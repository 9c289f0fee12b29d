package org.crvsplanner.model;

/**
 * One year of the projection. Event counts are not rounded; disk figures are in decimal GB
 * (1 GB = 1,000 MB = 1,000,000 kB, as in the OpenCRVS documentation). The disk figures of a
 * version whose page works in hundredths of a GB (v2.1) are rounded as its page rounds them.
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
 * @param databaseOverheadGb database overhead on this year's record data (v2.1: 20%)
 * @param attachmentsGb attachments added this year
 * @param citizenDataGb record data, its overhead and attachments of every year up to this one
 * @param monitoringGb monitoring data on the server that holds the data, for this year's
 *        production servers; 0 when the version has no rule or it is kept elsewhere
 * @param loggingGb logs on the server that holds the data; 0 likewise
 * @param encryptionHeadroomGb free space outside the encrypted partition; 0 without encryption
 *        or when the version has no rule
 * @param applicationServerDiskGb OS reserve, citizen data, monitoring, logging and headroom: the
 *        required disk of the production server that holds the data
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
        double databaseOverheadGb,
        double attachmentsGb,
        double citizenDataGb,
        double monitoringGb,
        double loggingGb,
        double encryptionHeadroomGb,
        double applicationServerDiskGb,
        double provisionedDiskGb,
        double backupServerDiskGb,
        double provisionedBackupDiskGb,
        int productionServers) {

    /** Record data, its overhead and attachments added this year. */
    public double dataGb() {
        return recordDataGb + databaseOverheadGb + attachmentsGb;
    }
}
