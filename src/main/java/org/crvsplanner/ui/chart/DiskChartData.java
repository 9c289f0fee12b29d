package org.crvsplanner.ui.chart;

import java.util.List;

/**
 * The three disk series of the chart, in {@code unit} (GB or TB), one entry a year.
 *
 * @param axisTop a round upper bound of the disk axis, above every figure
 * @param axisStep the distance between the disk axis' ticks
 * @param markers the years in which the production cluster grows, and the year the nightly
 *        backup first misses its window
 */
public record DiskChartData(
        String unit,
        int[] years,
        double[] required,
        double[] provisioned,
        double[] backup,
        double axisTop,
        double axisStep,
        List<GrowthMarker> markers) {

    /** A year in which the production cluster must grow, or the backup runs out of link, with its label. */
    public record GrowthMarker(int year, String label) {
    }

    public int size() {
        return years.length;
    }
}
