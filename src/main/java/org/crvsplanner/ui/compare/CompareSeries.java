package org.crvsplanner.ui.compare;

/**
 * One curve of the overlaid disk chart.
 *
 * @param name the legend text: the scenario's name and which disk, e.g. "Pilot: provisioned"
 * @param scenario the scenario's position among those compared, which picks its colour
 * @param provisioned true for the provisioned disk (dashed), false for the required disk
 * @param values one per year, in the chart's unit
 */
public record CompareSeries(String name, int scenario, boolean provisioned, int[] years, double[] values) {
}
