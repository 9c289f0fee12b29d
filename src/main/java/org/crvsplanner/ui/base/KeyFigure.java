package org.crvsplanner.ui.base;

/**
 * The key figures of the plan panel that the walkthrough can point at. As with {@link ChartPart},
 * the walkthrough names them and the plan panel shows them; the wiring finds a figure's card by
 * its value's node id.
 */
public enum KeyFigure {
    RECORDS("records-per-year"),
    FIRST_YEAR_DISK("first-year-disk"),
    HORIZON_DISK("horizon-disk"),
    BACKUP_DISK("backup-disk"),
    PRODUCTION_SERVERS("production-servers");

    private final String id;

    KeyFigure(String id) {
        this.id = id;
    }

    /** The node id of the figure's value, whose parent is its card. */
    public String id() {
        return id;
    }
}
