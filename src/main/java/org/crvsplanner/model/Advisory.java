package org.crvsplanner.model;

/**
 * Plain-language advice that the OpenCRVS documentation gives for a plan. Each kind carries its
 * figures, and {@link #message()} writes the English sentence only when it is asked for, which
 * keeps planning cheap and lets a window word it in another language.
 */
public sealed interface Advisory {

    String message();

    /** A proof of concept has no backup, so it must never hold real registrations. */
    record ProofOfConceptHoldsNoLiveData() implements Advisory {
        @Override
        public String message() {
            return "A proof of concept runs on one qa server with no backup: it must hold no live citizen data.";
        }
    }

    record MinimumBandwidth(int mbps) implements Advisory {
        @Override
        public String message() {
            return "The data centre needs an internet connection of at least " + mbps
                    + " Mbps to the servers; below that, deploying is unworkable.";
        }
    }

    record X86Only() implements Advisory {
        @Override
        public String message() {
            return "OpenCRVS runs on x86_64 servers only; ARM-based processors are not supported.";
        }
    }

    /**
     * The chosen backup rule needs less disk than the other one would: a retention backup below
     * the documentation's 2× rule, or the 2× rule below what keeping the copies really takes.
     */
    record BackupRuleBelowAlternative(BackupRule chosen, int copies, double chosenGb, double alternativeGb)
            implements Advisory {
        @Override
        public String message() {
            if (chosen == BackupRule.RETENTION) {
                return "Keeping " + copies + " full backup copies needs " + Figures.gb(chosenGb)
                        + ", less than the documentation's rule of twice the application server ("
                        + Figures.gb(alternativeGb) + ").";
            }
            return "The documentation's 2× backup rule gives " + Figures.gb(chosenGb) + ", but keeping "
                    + copies + " full copies, as OpenCRVS's backup job does by default, needs "
                    + Figures.gb(alternativeGb) + ".";
        }
    }

    record HorizonShorterThanRetention(int horizonYears, int copies) implements Advisory {
        @Override
        public String message() {
            return "The planning horizon (" + horizonYears + (horizonYears == 1 ? " year" : " years")
                    + ") is shorter than the backup retention (" + copies + " copies): if a copy is kept "
                    + "a year, plan over at least " + copies + " years.";
        }
    }
}
