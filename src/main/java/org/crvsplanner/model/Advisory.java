package org.crvsplanner.model;

/**
 * Advice that the OpenCRVS documentation gives for a plan, as data: each kind carries its
 * figures, and the {@code text} package writes the sentence only when it is asked for, in the
 * reader's language, which keeps planning cheap.
 */
public sealed interface Advisory {

    /** A proof of concept has no backup, so it must never hold real registrations. */
    record ProofOfConceptHoldsNoLiveData() implements Advisory {
    }

    record MinimumBandwidth(int mbps) implements Advisory {
    }

    record X86Only() implements Advisory {
    }

    /**
     * The chosen backup rule needs less disk than the other one would: a retention backup below
     * the documentation's 2× rule, or the 2× rule below what keeping the copies really takes.
     */
    record BackupRuleBelowAlternative(BackupRule chosen, int copies, double chosenGb, double alternativeGb)
            implements Advisory {
    }

    record HorizonShorterThanRetention(int horizonYears, int copies) implements Advisory {
    }

    /**
     * The documentation gives qa and development servers a fixed 320 GB disk, which an OS reserve
     * larger than that could not even hold.
     */
    record FixedDiskBelowOsReserve(double osReserveGb, double fixedDiskGb) implements Advisory {
    }

    /**
     * The qa server keeps the documentation's fixed disk for testing and training whatever the
     * population, so for a small country it has more disk than production: said, lest someone
     * "correct" one of them.
     */
    record FixedDiskAboveProduction(double fixedDiskGb, double productionDiskGb) implements Advisory {
    }

    /**
     * The projection reaches a population larger than any country's today: growth compounded
     * over the horizon, or a population typed with a digit too many. Sizes follow the population,
     * so they are as implausible as it is.
     *
     * @param year the first year of the plan beyond {@code largestCountry}
     * @param population the projected population in that year
     * @param largestCountry today's most populous country ({@link Plausibility#LARGEST_COUNTRY})
     */
    record PopulationAboveLargestCountry(int year, double population, double largestCountry) implements Advisory {
    }

    /**
     * The projection reaches a population larger than the world's today, which no growth rate
     * sustains for long.
     *
     * @param year the first year of the plan beyond {@code world}
     * @param population the projected population in that year
     * @param world today's world population ({@link Plausibility#WORLD})
     */
    record PopulationAboveWorld(int year, double population, double world) implements Advisory {
    }

    /**
     * The plan follows an older version's page; the newest version's page asks for something
     * else, which the text package says in one line for each older version.
     */
    record NewerRules(DocsVersion chosen, DocsVersion newest) implements Advisory {
    }

    /** Disk encryption was asked for, but the version's page gives no headroom rule: none is added. */
    record NoEncryptionRule(DocsVersion version) implements Advisory {
    }

    /**
     * The nightly backup stops fitting the window before staging downloads it, so staging is no
     * longer a day old.
     *
     * @param year the first year whose night does not fit
     * @param nightlyGb what crosses that year's largest night
     * @param hours how long it takes at {@code linkMbps}
     * @param linkMbpsNeeded the link on which every night of the horizon fits
     * @param differentialFits whether the version's differential backup would fit this link
     */
    record BackupOverWindow(int year, BackupMethod method, double nightlyGb, double hours, double linkMbps,
            double windowHours, double linkMbpsNeeded, boolean differentialFits) implements Advisory {
    }

    /** A differential backup was asked of a version that has only its full archive. */
    record NoDifferentialBackup(DocsVersion version) implements Advisory {
    }

    /** The link to the backup site is slower than OpenCRVS's minimum. */
    record LinkBelowMinimum(double linkMbps, double minimumMbps) implements Advisory {
    }
}
