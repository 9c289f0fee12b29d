package org.crvsplanner.model;

/**
 * Plain-language advice that the OpenCRVS documentation gives for a plan. Each kind carries its
 * figures, and {@link #message(Wording)} writes the sentence only when it is asked for, in the
 * reader's language, which keeps planning cheap.
 */
public sealed interface Advisory {

    /** The sentence in English, as the command line's JSON and logs use it. */
    default String message() {
        return message(Wording.ENGLISH);
    }

    String message(Wording wording);

    /** A proof of concept has no backup, so it must never hold real registrations. */
    record ProofOfConceptHoldsNoLiveData() implements Advisory {
        @Override
        public String message(Wording wording) {
            return wording.text("advisory.pocNoLiveData");
        }
    }

    record MinimumBandwidth(int mbps) implements Advisory {
        @Override
        public String message(Wording wording) {
            return wording.text("advisory.minimumBandwidth", mbps);
        }
    }

    record X86Only() implements Advisory {
        @Override
        public String message(Wording wording) {
            return wording.text("advisory.x86Only");
        }
    }

    /**
     * The chosen backup rule needs less disk than the other one would: a retention backup below
     * the documentation's 2× rule, or the 2× rule below what keeping the copies really takes.
     */
    record BackupRuleBelowAlternative(BackupRule chosen, int copies, double chosenGb, double alternativeGb)
            implements Advisory {
        @Override
        public String message(Wording wording) {
            String key = chosen == BackupRule.RETENTION ? "advisory.retentionBelowDouble" : "advisory.doubleBelowRetention";
            return wording.plural(key, copies, copies, wording.gb(chosenGb), wording.gb(alternativeGb));
        }
    }

    record HorizonShorterThanRetention(int horizonYears, int copies) implements Advisory {
        @Override
        public String message(Wording wording) {
            return wording.plural("advisory.horizonShorterThanRetention", horizonYears, horizonYears, copies);
        }
    }

    /**
     * The documentation gives qa and development servers a fixed 320 GB disk, which an OS reserve
     * larger than that could not even hold.
     */
    record FixedDiskBelowOsReserve(double osReserveGb, double fixedDiskGb) implements Advisory {
        @Override
        public String message(Wording wording) {
            return wording.text("advisory.fixedDiskBelowOsReserve", wording.gb(osReserveGb), wording.gb(fixedDiskGb));
        }
    }
}
