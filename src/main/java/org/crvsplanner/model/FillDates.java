package org.crvsplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sizing in reverse: for a disk of a given size, the month in which the data reaches OpenCRVS's
 * warning (50%), its alert (70%) and the whole disk. Each year's registrations are spread evenly
 * over its twelve months, so the disk in use at the end of month k of year y is the OS reserve,
 * the data of the years before, and k/12 of year y's data. Records migrated in year 1 are spread
 * over year 1 in the same way.
 */
public final class FillDates {
    /** OpenCRVS warns when {@code /data} is half full. */
    public static final int WARNING_PERCENT = 50;
    /** OpenCRVS alerts at 70%. */
    public static final int ALERT_PERCENT = 70;
    public static final int FULL_PERCENT = 100;
    public static final List<Integer> THRESHOLDS = List.of(WARNING_PERCENT, ALERT_PERCENT, FULL_PERCENT);
    /** The smallest and largest disk one may ask about, in GB. */
    public static final double MIN_DISK_GB = 1;
    public static final double MAX_DISK_GB = 10_000_000;

    static final int MONTHS_PER_YEAR = 12;
    /** {@link #month} when the threshold is not reached within the horizon. */
    static final int NOT_WITHIN = Integer.MAX_VALUE;

    private FillDates() {
    }

    /** The three fill dates of a disk of {@code diskGb} under the plan's point figures. */
    public static List<FillDate> of(SizingPlan plan, double diskGb) {
        double os = plan.inputs().osReserveGb();
        double[] data = new double[plan.years().size()];
        double sum = 0;
        for (int i = 0; i < data.length; i++) {
            YearProjection year = plan.years().get(i);
            // Summed as the engine sums it, so that each year's end is its disk figure exactly.
            sum += year.recordDataGb() + year.databaseOverheadGb() + year.attachmentsGb();
            data[i] = sum;
        }
        List<FillDate> dates = new ArrayList<>(THRESHOLDS.size());
        for (int percent : THRESHOLDS) {
            double threshold = thresholdGb(diskGb, percent);
            int month = month(data, data.length, os, threshold);
            dates.add(new FillDate(percent, threshold,
                    month == NOT_WITHIN ? OptionalInt.empty() : OptionalInt.of(month), Optional.empty()));
        }
        return List.copyOf(dates);
    }

    /** Whether {@code diskGb} is a disk size one may ask about. */
    public static boolean isDiskSize(double diskGb) {
        return diskGb >= MIN_DISK_GB && diskGb <= MAX_DISK_GB;
    }

    static double thresholdGb(double diskGb, int percent) {
        return diskGb * percent / 100;
    }

    /**
     * The month, 1 to 12, of the year that took the data from {@code before} to {@code after} in
     * which the disk in use first reaches the threshold, which it does by the year's end.
     */
    static int monthWithin(double before, double after, double osReserveGb, double thresholdGb) {
        double added = after - before;
        // The disk in use grows with the month, so the first month that reaches the threshold is
        // found from a guess and a step or two either way, not by trying all twelve.
        double guess = Math.ceil((thresholdGb - osReserveGb - before) * MONTHS_PER_YEAR / added);
        int k = guess >= 1 ? (int) Math.min(guess, MONTHS_PER_YEAR) : 1;
        while (k > 1 && reaches(k - 1, before, added, osReserveGb, thresholdGb)) {
            k--;
        }
        while (!reaches(k, before, added, osReserveGb, thresholdGb)) {
            k++;
        }
        return k;
    }

    /**
     * Whether the disk in use at the end of month {@code k} of a year reaches the threshold; the
     * twelfth month is the year's end, whose figure the year already reached.
     */
    private static boolean reaches(int k, double before, double added, double osReserveGb, double thresholdGb) {
        return k >= MONTHS_PER_YEAR || osReserveGb + (before + added * k / MONTHS_PER_YEAR) >= thresholdGb;
    }

    /**
     * The first month, counted from 1, by whose end the disk in use reaches {@code thresholdGb},
     * or {@link #NOT_WITHIN}.
     *
     * @param dataGb the data accumulated by the end of each year
     */
    static int month(double[] dataGb, int years, double osReserveGb, double thresholdGb) {
        double before = 0;
        for (int y = 0; y < years; y++) {
            double after = dataGb[y];
            if (osReserveGb + after >= thresholdGb) {
                return y * MONTHS_PER_YEAR + monthWithin(before, after, osReserveGb, thresholdGb);
            }
            before = after;
        }
        return NOT_WITHIN;
    }
}
