package org.crvsplanner.model;

/**
 * One trial's years under a rule set's arithmetic, over primitive arrays so that a Monte Carlo
 * run of 100,000 trials allocates nothing per trial. A rule set whose formula differs from the
 * documentation's brings its own implementation; {@link MonteCarlo} only draws values, keeps the
 * results and reads quantiles, whatever the formula.
 *
 * <p>An implementation must give, for the likely values, exactly the figures of
 * {@link SizingEngine#plan(SizingInputs)}: the same operations in the same order.
 */
interface Projection {

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

    /** The application server's disk for {@code dataGb} of data: the OS reserve plus the data. */
    double applicationDiskGb(double dataGb);

    /** The backup server's disk by the backup rule, for {@code dataGb} of data. */
    double backupDiskGb(double dataGb);

    /** A disk provisioned so that {@code requiredGb} fills it to the maximum fill only. */
    double provisionedGb(double requiredGb);

    /** The projection of the documentation's formula, the only rule set so far. */
    static Projection of(SizingInputs likely) {
        return new DocsProjection(likely);
    }
}
