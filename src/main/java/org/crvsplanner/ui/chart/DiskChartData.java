package org.crvsplanner.ui.chart;

import java.util.List;

/**
 * The three disk series of the chart, in {@code unit} (GB or TB), one entry a year; no backup
 * entries for a plan without a backup server.
 *
 * @param axisTop a round upper bound of the disk axis, above every figure
 * @param axisStep the distance between the disk axis' ticks
 * @param markers the years in which the production cluster grows, and the year the nightly
 *        backup first misses its window
 * @param bands the P10 to P90 bands of the required and the backup disk, or none
 * @param fillMarkers where the required disk reaches the thresholds of a disk per server
 */
public record DiskChartData(
        String unit,
        int[] years,
        double[] required,
        double[] provisioned,
        double[] backup,
        double axisTop,
        double axisStep,
        List<GrowthMarker> markers,
        Bands bands,
        List<FillMarker> fillMarkers) {

    /**
     * A year in which the production cluster must grow, or the backup runs out of link, with its
     * label.
     *
     * @param cluster true for a growth of the cluster, false for the backup's link
     */
    public record GrowthMarker(int year, String label, boolean cluster) {
    }

    /** Each year's P10 and P90, in the chart's unit; empty arrays when there are no ranges. */
    public record Bands(double[] requiredLow, double[] requiredHigh, double[] backupLow, double[] backupHigh) {
        public static final Bands NONE = new Bands(new double[0], new double[0], new double[0], new double[0]);

        public boolean isEmpty() {
            return requiredLow.length == 0;
        }
    }

    /**
     * A threshold of a disk per server and where the required disk reaches it: at {@code year}
     * (a fraction: month 18 is 1.5) and {@code disk}, in the chart's unit.
     */
    public record FillMarker(int percent, double year, double disk, String label) {
    }

    public int size() {
        return years.length;
    }
}
