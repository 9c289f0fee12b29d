package org.crvsplanner.ui.base;

/**
 * One line of "Show the working": what is computed, how, and the result. The topic says which
 * part of the reasoning the line belongs to, so the walkthrough can show a room one part at a
 * time.
 */
public record WorkingStep(String title, String formula, String result, Topic topic) {

    /** The parts of the documentation's reasoning, in the order it is told. */
    public enum Topic {
        POPULATION, RECORDS, ATTACHMENTS, RECORD_DATA, OS_RESERVE, DISK, BACKUP, CLUSTER,
        /** Each year's births and deaths from a followed projection: beyond the documentation's year 1. */
        PROJECTION
    }
}
