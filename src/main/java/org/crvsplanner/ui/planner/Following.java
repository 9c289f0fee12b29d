package org.crvsplanner.ui.planner;

/** Whether a scenario's figures follow a projection, year by year. */
public enum Following {
    /** Constant rates and growth, as typed or imported. */
    NO,
    /** Each year's population and rates come from the projection. */
    YES,
    /** They did until the person changed one of its figures or stopped it; it can be taken up again. */
    STOPPED
}
