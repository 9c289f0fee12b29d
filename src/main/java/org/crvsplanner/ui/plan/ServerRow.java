package org.crvsplanner.ui.plan;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the server list as shown; {@code total} marks the sum row. Its cells are properties,
 * so a slider drag rewrites a few texts in place instead of replacing rows in the table.
 */
public final class ServerRow {
    private final ReadOnlyStringWrapper environment = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper cpus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ram = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper disk = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper os = new ReadOnlyStringWrapper();
    private final boolean total;

    ServerRow(boolean total, List<String> cells) {
        this.total = total;
        show(cells);
    }

    /** Cells in column order: environment, role, count, CPUs, RAM, disk, OS. */
    void show(List<String> cells) {
        environment.set(cells.get(0));
        role.set(cells.get(1));
        count.set(cells.get(2));
        cpus.set(cells.get(3));
        ram.set(cells.get(4));
        disk.set(cells.get(5));
        os.set(cells.get(6));
    }

    public boolean total() {
        return total;
    }

    public ReadOnlyStringProperty environment() {
        return environment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty role() {
        return role.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cpus() {
        return cpus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ram() {
        return ram.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty disk() {
        return disk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty os() {
        return os.getReadOnlyProperty();
    }
}
