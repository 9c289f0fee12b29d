package org.crvsplanner.model;

/**
 * One trial's years under a rule set's arithmetic, over primitive arrays so that a Monte Carlo
 * run of 100,000 trials allocates nothing per trial. A rule set whose formula differs from the
 * documentation's brings its own implementation; {@link MonteCarlo} only draws values, keeps the
 * results and reads quantiles, whatever the formula.
 *
 * <p>Each projection comes twice. {@link #project} is the engine's arithmetic, operation for
 * operation, so that it gives exactly the figures of {@link SizingEngine#plan(SizingInputs)}.
 * {@link #estimate} is the same formula rearranged for speed: what a year adds is the covered
 * population times per-trial constants, without the engine's eight divisions a year, and agrees
 * with {@link #project} to about 1e-15 relative. A run ranks its trials by the estimates and
 * reports the exact projection of the trials it picks.
 */
interface TrialProjection {

    /** Years projected: the planning horizon. */
    int years();

    /**
     * Projects one set of drawn values.
     *
     * @param drawn a value for each input of {@link Inputs#WITH_RANGES}, in that order
     * @param dataGb receives, for each year, the record data and attachments accumulated up to it
     * @param records receives, for each year, the records registered or migrated in it
     */
    void project(double[] drawn, double[] dataGb, double[] records);

    /**
     * Like {@link #project} for a batch of trials, year by year across the batch so that the
     * arithmetic runs on vectors; equal to {@link #project} within rounding (1e-12 relative at most).
     *
     * @param drawn for each input of {@link Inputs#WITH_RANGES}, its value in each trial
     * @param size how many trials of the batch to project, from the first
     * @param dataGb receives, for each year, each trial's data accumulated up to it
     * @param records receives, for each year, each trial's records of that year
     */
    void estimate(double[][] drawn, int size, double[][] dataGb, double[][] records);

    /**
     * The application server's disk in year {@code year} (from 1) for {@code dataGb} of data: the
     * OS reserve, the data and what the version's rules add to them; it grows with the data.
     */
    double applicationDiskGb(int year, double dataGb);

    /** The backup server's disk by the backup rule, in year {@code year}, for {@code dataGb} of data. */
    double backupDiskGb(int year, double dataGb);

    /** A disk provisioned so that {@code requiredGb} fills it to the maximum fill only. */
    double provisionedGb(double requiredGb);

    /** The projection of the documentation's formula, the only rule set so far. */
    static TrialProjection of(SizingInputs likely) {
        return new DocsProjection(likely);
    }
}
