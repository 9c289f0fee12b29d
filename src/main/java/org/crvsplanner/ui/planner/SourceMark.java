package org.crvsplanner.ui.planner;

/** What the inputs panel says beside a figure about where it came from. */
public enum SourceMark {
    /** Typed, or not a figure a country's files give. */
    NONE,
    /** Still the figure a country figures file gave. */
    FROM_FILE,
    /** The growth rate while each year's population follows a projection: it is not used. */
    NOT_USED
}
