package org.crvsplanner.ui.compare;

/**
 * One scenario's figure in the comparison.
 *
 * @param value as the plan shows it, e.g. "1,013.71 GB"
 * @param delta the difference from the first scenario, e.g. "+120.50 GB"; empty for the first
 *        scenario and where the figures are the same
 * @param differs whether the figure, as shown, differs from the first scenario's
 */
public record CompareCell(String value, String delta, boolean differs) {
}
