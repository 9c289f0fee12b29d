package org.crvsplanner.ui.plan;

/** One row of the server list as shown; {@code total} marks the sum row. */
public record ServerRow(
        String environment,
        String role,
        String count,
        String cpus,
        String ram,
        String disk,
        String os,
        boolean total) {
}
