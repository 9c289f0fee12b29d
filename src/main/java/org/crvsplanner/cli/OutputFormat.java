package org.crvsplanner.cli;

/** How {@code size} prints the plan. */
enum OutputFormat {
    TABLE, JSON
}
