package org.crvsplanner.model;

import java.util.List;

/**
 * {@link SizingEngine}'s yearly disk arithmetic for drawn values of the inputs that take a range;
 * everything else is fixed when the projection is made. The operations and their order are the
 * engine's, so that the likely values give the engine's figures to the last bit
 * (DocsProjectionTest holds both to that).
 *
 * <p>When the inputs follow a {@link Projection}, each year takes its population and rates from
 * it, as the engine does, and a trial's drawn population and rates scale every projected year by
 * their ratio to the likely values (year 1's): a trial 10% above the likely population is 10% above
 * the projection in every year. Growth is not used then, so its range moves nothing.
 *
 * <p>The disk follows the chosen version's rules ({@link DataDisk}): the database overhead is part
 * of the data; monitoring, logs and an encrypted partition's headroom are added to the disk. The
 * monitoring of each year counts the production servers of the likely plan's year, so that a
 * disk is a function of the data alone and its percentiles are the data's, mapped.
 */
final class DocsProjection implements TrialProjection {
    static final int POPULATION = slot(Inputs.POPULATION);
    static final int BIRTH_RATE = slot(Inputs.CRUDE_BIRTH_RATE);
    static final int DEATH_RATE = slot(Inputs.CRUDE_DEATH_RATE);
    static final int ATTACHMENTS = slot(Inputs.ATTACHMENTS_PER_RECORD);
    static final int MB_PER_ATTACHMENT = slot(Inputs.MB_PER_ATTACHMENT);
    static final int GROWTH = slot(Inputs.GROWTH_PERCENT);
    static final int COVERAGE_START = slot(Inputs.COVERAGE_START_PERCENT);

    private final int horizon;
    private final int fullYear;
    private final double kbPerRecord;
    private final double osReserveGb;
    private final double legacyRecords;
    private final double legacyAttachments;
    private final double otherRate;
    private final double[] eventRates;
    /** Each event type's own attachments average, or NaN where the general average applies. */
    private final double[] eventAttachments;
    /** (y - 1) / (full - 1) for each year before full coverage, for the estimate's coverage. */
    private final double[] ramp;
    private final boolean retention;
    private final int copies;
    private final double fill;
    /** The followed projection's years, or null when the population grows at a constant rate. */
    private final ProjectedYear[] followed;
    private final DataDisk disk;
    private final double overhead;
    /** Each year's production servers in the likely plan, which monitoring covers. */
    private final int[] servers;
    private final double likelyPopulation;
    private final double likelyBirthRate;
    private final double likelyDeathRate;

    DocsProjection(SizingInputs in) {
        horizon = in.horizonYears();
        fullYear = in.coverageFullYear();
        kbPerRecord = in.kbPerRecord();
        osReserveGb = in.osReserveGb();
        legacyRecords = in.legacy().records();
        legacyAttachments = in.legacy().attachmentsPerRecord();
        List<EventType> events = in.otherEvents();
        eventRates = new double[events.size()];
        eventAttachments = new double[events.size()];
        double rate = 0;
        for (int i = 0; i < eventRates.length; i++) {
            EventType event = events.get(i);
            eventRates[i] = event.ratePerThousand();
            eventAttachments[i] = event.attachmentsPerRecord().orElse(Double.NaN);
            rate += event.ratePerThousand();
        }
        otherRate = rate;
        ramp = new double[horizon];
        for (int y = 1; y < Math.min(fullYear, horizon + 1); y++) {
            ramp[y - 1] = (double) (y - 1) / (fullYear - 1);
        }
        retention = in.backup().rule() == BackupRule.RETENTION;
        copies = in.backup().copies();
        fill = in.maxFillPercent() / 100;
        followed = in.followsProjection() ? in.projection().years().toArray(ProjectedYear[]::new) : null;
        likelyPopulation = in.population();
        likelyBirthRate = in.crudeBirthRate();
        likelyDeathRate = in.crudeDeathRate();
        disk = new DataDisk(in);
        overhead = in.rules().databaseOverheadPercent() / 100;
        servers = SizingEngine.plan(in).years().stream().mapToInt(YearProjection::productionServers).toArray();
    }

    private static int slot(NumberInput input) {
        return Inputs.WITH_RANGES.indexOf(input);
    }

    @Override
    public int years() {
        return horizon;
    }

    @Override
    public void project(double[] drawn, double[] dataGb, double[] records) {
        double population = drawn[POPULATION];
        double birthRate = drawn[BIRTH_RATE];
        double deathRate = drawn[DEATH_RATE];
        double attachmentsPerRecord = drawn[ATTACHMENTS];
        double mbPerAttachment = drawn[MB_PER_ATTACHMENT];
        double start = drawn[COVERAGE_START];
        double growth = 1 + drawn[GROWTH] / 100;
        double otherAttachmentRate = otherAttachmentRate(attachmentsPerRecord);
        // Exactly 1 for the likely values, so that they give the engine's figures to the bit.
        double populationScale = drawn[POPULATION] / likelyPopulation;
        double data = 0;
        for (int y = 1; y <= horizon; y++) {
            if (followed != null) {
                ProjectedYear year = followed[y - 1];
                population = year.population() * populationScale;
                birthRate = scaled(year.crudeBirthRate(), drawn[BIRTH_RATE], likelyBirthRate);
                deathRate = scaled(year.crudeDeathRate(), drawn[DEATH_RATE], likelyDeathRate);
            } else if (y > 1) {
                population *= growth;
            }
            double coverage = y >= fullYear ? 100 : start + (100 - start) * (y - 1) / (fullYear - 1);
            double covered = population * coverage / 100;
            double births = covered * birthRate / 1000;
            double deaths = covered * deathRate / 1000;
            double other = covered * otherRate / 1000;
            double legacy = y == 1 ? legacyRecords : 0;
            double yearRecords = births + deaths + other + legacy;
            double attachments = (births + deaths) * attachmentsPerRecord
                    + covered * otherAttachmentRate / 1000
                    + legacy * legacyAttachments;
            double attachmentsGb = attachments * mbPerAttachment / SizingEngine.MB_PER_GB;
            double recordDataGb = yearRecords * kbPerRecord / SizingEngine.KB_PER_GB;
            double overheadGb = recordDataGb * overhead;
            data += recordDataGb + overheadGb + attachmentsGb;
            dataGb[y - 1] = data;
            records[y - 1] = yearRecords;
        }
    }

    /**
     * A projected year's rate moved as the drawn rate is from the likely one: by their ratio, or
     * by their difference when the likely rate is 0.
     */
    private static double scaled(double projected, double drawn, double likely) {
        return likely > 0 ? projected * (drawn / likely) : projected + drawn;
    }

    @Override
    public void estimate(double[][] drawn, int size, double[][] dataGb, double[][] records) {
        if (followed != null) {
            // Rates that change each year leave nothing to rearrange: each trial is projected exactly.
            projectEach(drawn, size, dataGb, records);
            return;
        }
        double[] population = drawn[POPULATION].clone();
        double[] growth = new double[size];
        double[] recordsPerPerson = new double[size];
        double[] gbPerPerson = new double[size];
        double[] legacyGb = new double[size];
        double[] coveredSoFar = new double[size];
        for (int j = 0; j < size; j++) {
            double vital = drawn[BIRTH_RATE][j] + drawn[DEATH_RATE][j];
            double attachments = drawn[ATTACHMENTS][j];
            double mbPerAttachment = drawn[MB_PER_ATTACHMENT][j];
            // Per covered person and year: records, and GB of record data and attachments.
            recordsPerPerson[j] = (vital + otherRate) / 1000;
            double attachmentsPerPerson = (vital * attachments + otherAttachmentRate(attachments)) / 1000;
            gbPerPerson[j] = recordsPerPerson[j] * kbPerRecord / SizingEngine.KB_PER_GB * (1 + overhead)
                    + attachmentsPerPerson * mbPerAttachment / SizingEngine.MB_PER_GB;
            legacyGb[j] = legacyRecords * kbPerRecord / SizingEngine.KB_PER_GB * (1 + overhead)
                    + legacyRecords * legacyAttachments * mbPerAttachment / SizingEngine.MB_PER_GB;
            growth[j] = 1 + drawn[GROWTH][j] / 100;
        }
        double[] start = drawn[COVERAGE_START];
        for (int y = 0; y < horizon; y++) {
            double[] data = dataGb[y];
            double[] count = records[y];
            double legacy = y == 0 ? legacyRecords : 0;
            boolean full = y + 1 >= fullYear;
            double share = ramp[y];
            for (int j = 0; j < size; j++) {
                if (y > 0) {
                    population[j] *= growth[j];
                }
                double coverage = full ? 1 : (start[j] + (100 - start[j]) * share) * 0.01;
                double covered = population[j] * coverage;
                coveredSoFar[j] += covered;
                count[j] = covered * recordsPerPerson[j] + legacy;
                data[j] = coveredSoFar[j] * gbPerPerson[j] + legacyGb[j];
            }
        }
    }

    private void projectEach(double[][] drawn, int size, double[][] dataGb, double[][] records) {
        double[] one = new double[drawn.length];
        double[] data = new double[horizon];
        double[] count = new double[horizon];
        for (int j = 0; j < size; j++) {
            for (int s = 0; s < one.length; s++) {
                one[s] = drawn[s][j];
            }
            project(one, data, count);
            for (int y = 0; y < horizon; y++) {
                dataGb[y][j] = data[y];
                records[y][j] = count[y];
            }
        }
    }

    /** Summed in the event types' order, as the engine sums it. */
    private double otherAttachmentRate(double generalAverage) {
        double rate = 0;
        for (int i = 0; i < eventRates.length; i++) {
            double own = eventAttachments[i];
            rate += eventRates[i] * (Double.isNaN(own) ? generalAverage : own);
        }
        return rate;
    }

    @Override
    public double applicationDiskGb(int year, double dataGb) {
        // The engine's own operations, in its order.
        double partitionGb = disk.citizenDataGb(dataGb) + disk.monitoringGb(servers[year - 1]) + disk.loggingGb();
        return osReserveGb + partitionGb + disk.encryptionHeadroomGb(partitionGb);
    }

    @Override
    public double backupDiskGb(int year, double dataGb) {
        return retention ? osReserveGb + copies * disk.citizenDataGb(dataGb) : 2 * applicationDiskGb(year, dataGb);
    }

    @Override
    public double provisionedGb(double requiredGb) {
        return requiredGb / fill;
    }
}
