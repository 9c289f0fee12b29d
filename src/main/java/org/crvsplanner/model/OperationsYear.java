package org.crvsplanner.model;

/**
 * One year of the nightly backup, at the year's end, when its night is the longest.
 *
 * @param nightlyBackupGb what crosses to the backup site on the year's largest night
 * @param transferHours how long that takes on the usable share of the link
 * @param fitsWindow whether it is done before staging downloads it
 * @param stagingRestoreHours how long staging takes to download it over its own link
 */
public record OperationsYear(int year, double nightlyBackupGb, double transferHours, boolean fitsWindow,
        double stagingRestoreHours) {
}
