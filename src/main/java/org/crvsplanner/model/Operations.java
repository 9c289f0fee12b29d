package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * Whether the nightly backup crosses the link in time, year by year, and how long a full restore
 * takes. A transfer takes {@code GB × 8,000 / (Mbps × usable share)} seconds: 100 GB at 10 Mbps,
 * all of it usable, takes 80,000 s.
 *
 * <p>What crosses each night, by {@link BackupMethod}:
 * <pre>
 * full          citizen data / compression                     (everything, every night)
 * differential  database + this year's attachments / 365      (the weekly full of the database
 *                                                              and the day's new files: its largest night)
 * </pre>
 *
 * @param method the method the version really uses: v1.x has the full archive only
 * @param years one per year of the horizon; none for a proof of concept, which has no backup
 * @param firstYearOverWindow the first year whose night does not fit the window
 * @param linkMbpsNeeded the whole Mbps on which every night of the horizon fits
 * @param fullRestoreGb all the horizon's data, as the backup holds it
 * @param fullRestoreHours the time to bring it back over the production link onto a new server
 */
public record Operations(BackupMethod method, List<OperationsYear> years, OptionalInt firstYearOverWindow,
        double linkMbpsNeeded, double fullRestoreGb, double fullRestoreHours) {

    static final double MEGABITS_PER_GB = 8_000;
    static final double SECONDS_PER_HOUR = 3_600;
    static final double DAYS_PER_YEAR = 365;

    public Operations {
        requireNonNull(method, "method");
        years = List.copyOf(years);
        requireNonNull(firstYearOverWindow, "firstYearOverWindow");
    }

    /** Seconds to send {@code gb} over {@code mbps} of which {@code sharePercent} is usable. */
    public static double transferSeconds(double gb, double mbps, double sharePercent) {
        return gb * MEGABITS_PER_GB / (mbps * sharePercent / 100);
    }

    /** The method {@code in}'s version uses: a differential asked of v1.x is its full archive. */
    public static BackupMethod methodOf(SizingInputs in) {
        return in.rules().backupSchedule().differentialOffered() ? in.backupLink().method() : BackupMethod.FULL;
    }

    static Operations of(SizingInputs in, List<YearProjection> years) {
        BackupMethod method = methodOf(in);
        if (in.stage() == DeploymentStage.POC) {
            return new Operations(method, List.of(), OptionalInt.empty(), 0, 0, 0);
        }
        BackupLink link = in.backupLink();
        OperationsYear[] out = new OperationsYear[years.size()];
        double databaseGb = 0;
        double largestGb = 0;
        int firstOver = 0;
        for (int i = 0; i < out.length; i++) {
            YearProjection year = years.get(i);
            databaseGb += year.recordDataGb() + year.databaseOverheadGb();
            double nightlyGb = nightlyGb(method, link, year, databaseGb);
            double hours = hours(nightlyGb, link.linkMbps(), link);
            boolean fits = hours <= link.windowHours();
            if (!fits && firstOver == 0) {
                firstOver = year.year();
            }
            largestGb = Math.max(largestGb, nightlyGb);
            out[i] = new OperationsYear(year.year(), nightlyGb, hours, fits, hours(nightlyGb, link.stagingLinkMbps(),
                    link));
        }
        double neededMbps = Math.ceil(largestGb * MEGABITS_PER_GB
                / (link.windowHours() * SECONDS_PER_HOUR * link.sharePercent() / 100));
        double fullGb = fullGb(method, link, years.get(years.size() - 1));
        return new Operations(method, List.of(out), firstOver == 0 ? OptionalInt.empty() : OptionalInt.of(firstOver),
                neededMbps, fullGb, hours(fullGb, link.linkMbps(), link));
    }

    /** The largest night of the horizon by the differential method: whether it would fit this link. */
    static boolean differentialFits(SizingInputs in, List<YearProjection> years) {
        BackupLink link = in.backupLink();
        double databaseGb = 0;
        for (YearProjection year : years) {
            databaseGb += year.recordDataGb() + year.databaseOverheadGb();
            double gb = nightlyGb(BackupMethod.DIFFERENTIAL, link, year, databaseGb);
            if (hours(gb, link.linkMbps(), link) > link.windowHours()) {
                return false;
            }
        }
        return true;
    }

    private static double nightlyGb(BackupMethod method, BackupLink link, YearProjection year, double databaseGb) {
        // The differential's largest night is the weekly full of the database, with the day's new
        // files mirrored beside it; neither is compressed on the backup server.
        return method == BackupMethod.FULL ? year.citizenDataGb() / link.compression()
                : databaseGb + year.attachmentsGb() / DAYS_PER_YEAR;
    }

    private static double fullGb(BackupMethod method, BackupLink link, YearProjection last) {
        return method == BackupMethod.FULL ? last.citizenDataGb() / link.compression() : last.citizenDataGb();
    }

    private static double hours(double gb, double mbps, BackupLink link) {
        return transferSeconds(gb, mbps, link.sharePercent()) / SECONDS_PER_HOUR;
    }
}
