package org.crvsplanner.ui.plan;

/**
 * One bar of the tornado as shown: the input, the horizon's disk at its low and high value, and
 * where the bar starts and ends across its row, from 0 to 1, with the likely disk at 0.5.
 */
public record TornadoBar(String label, String lowGb, String highGb, double from, double to) {
}
