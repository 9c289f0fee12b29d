package org.crvsplanner.ui.compare;

import java.util.List;

/**
 * The disk curves of every compared scenario, in one unit so they can share an axis.
 *
 * @param unit GB, as the cards and the scenario chart; in English, for the view to word
 * @param lastYear the longest horizon among the scenarios
 */
public record CompareChartData(String unit, int lastYear, List<CompareSeries> series) {
    public CompareChartData {
        series = List.copyOf(series);
    }
}
