package org.crvsplanner.ui.base;

/**
 * The parts of the disk chart that the walkthrough can point at. The walkthrough names them and
 * the chart marks them; the wiring passes them from one to the other, so neither imports the
 * other.
 */
public enum ChartPart {
    /** The year-1 point of every series. */
    FIRST_YEAR,
    /** The required application-server disk. */
    REQUIRED,
    /** The provisioned disk. */
    PROVISIONED,
    /** The backup server's disk. */
    BACKUP,
    /** The years in which the production cluster grows. */
    MARKERS,
    /** The P10 to P90 bands, when there are ranges. */
    BANDS,
    /** Where the required disk reaches 50%, 70% and 100% of the disk per server. */
    FILL_DATES
}
