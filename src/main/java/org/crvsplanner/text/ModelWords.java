package org.crvsplanner.text;

import java.util.List;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.BackupMethod;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.OsReservePart;
import org.crvsplanner.model.ServerRole;
import org.crvsplanner.model.StorageTopology;

/**
 * Words for the model's typed data, in any language: ranges and units of inputs, the problems of
 * invalid inputs, advice, and the names of stages, environments, roles and rules. The model
 * keeps figures; this is where they become sentences.
 */
public final class ModelWords {
    private ModelWords() {
    }

    /** The unit of an input in {@code wording}'s language, or "" for inputs without one. */
    public static String unit(InputField field, Wording wording) {
        String key = "field." + field.key() + ".unit";
        return wording.has(key) ? wording.text(key) : "";
    }

    /** "between 1 and 2,000,000,000 people" ("entre 1 et 2 000 000 000 habitants"). */
    public static String range(InputField field, Wording wording) {
        return range(field.range(), wording);
    }

    public static String range(InputField.Range range, Wording wording) {
        return wording.text("field." + range.field().key() + ".range", wording.number(range.min(), 10),
                wording.number(range.max(), 10));
    }

    /** The problem without the field's name: "must be between 1 and 50 years; got 60". */
    public static String problem(InvalidInputException e, Wording wording) {
        List<Object> args = e.args();
        Object[] filled = new Object[args.size()];
        for (int i = 0; i < filled.length; i++) {
            Object arg = args.get(i);
            // Text is the user's (an event name): quoted visibly, and by its start when it is long.
            filled[i] = arg instanceof InputField.Range range ? range(range, wording)
                    : arg instanceof String text ? ShownText.excerpt(text) : arg;
        }
        return wording.text("invalid." + e.problem().id(), filled);
    }

    /** The problem with the field called as the reader calls it, e.g. a command-line flag. */
    public static String message(InvalidInputException e, String fieldName, Wording wording) {
        return fieldName + " " + problem(e, wording);
    }

    /** The problem in English with the field called as the reader calls it, e.g. a command-line flag. */
    public static String message(InvalidInputException e, String fieldName) {
        return message(e, fieldName, Wording.ENGLISH);
    }

    /** The problem with the field called by its key, as files and logs call it, in English. */
    public static String message(InvalidInputException e) {
        return message(e, e.field().key(), Wording.ENGLISH);
    }

    /** A plain figure for messages and notations: 2,000,000,000 and 0.01, never 2.0E9. */
    public static String figure(double value) {
        return Wording.ENGLISH.number(value, 10);
    }

    /** The sentence of a piece of advice. */
    public static String advice(Advisory advisory, Wording w) {
        if (advisory instanceof Advisory.ProofOfConceptHoldsNoLiveData) {
            return w.text("advisory.pocNoLiveData");
        }
        if (advisory instanceof Advisory.MinimumBandwidth a) {
            return w.text("advisory.minimumBandwidth", a.mbps());
        }
        if (advisory instanceof Advisory.X86Only) {
            return w.text("advisory.x86Only");
        }
        if (advisory instanceof Advisory.BackupRuleBelowAlternative a) {
            String key = a.chosen() == BackupRule.RETENTION ? "advisory.retentionBelowDouble"
                    : "advisory.doubleBelowRetention";
            return w.plural(key, a.copies(), a.copies(), w.gb(a.chosenGb()), w.gb(a.alternativeGb()),
                    BackupPolicy.OPENCRVS_DEFAULT_COPIES);
        }
        if (advisory instanceof Advisory.HorizonShorterThanRetention a) {
            return w.plural("advisory.horizonShorterThanRetention", a.horizonYears(), a.horizonYears(), a.copies());
        }
        if (advisory instanceof Advisory.FixedDiskBelowOsReserve a) {
            return w.text("advisory.fixedDiskBelowOsReserve", w.gb(a.osReserveGb()), w.gb(a.fixedDiskGb()));
        }
        if (advisory instanceof Advisory.FixedDiskAboveProduction a) {
            return w.text("advisory.fixedDiskAboveProduction", w.gb(a.fixedDiskGb()), w.gb(a.productionDiskGb()));
        }
        if (advisory instanceof Advisory.PopulationAboveLargestCountry a) {
            return w.text("advisory.populationAboveLargestCountry", a.year(), w.whole(a.population()),
                    w.whole(a.largestCountry()));
        }
        if (advisory instanceof Advisory.PopulationAboveWorld a) {
            return w.text("advisory.populationAboveWorld", a.year(), w.whole(a.population()), w.whole(a.world()));
        }
        if (advisory instanceof Advisory.NewerRules a) {
            return w.text("advisory.newerRules." + a.chosen().id(), a.newest().id());
        }
        if (advisory instanceof Advisory.NoEncryptionRule a) {
            return w.text("advisory.noEncryptionRule", a.version().id());
        }
        if (advisory instanceof Advisory.BackupOverWindow a) {
            String key = a.method() == BackupMethod.DIFFERENTIAL ? "advisory.backupOverWindow.differential"
                    : a.differentialFits() ? "advisory.backupOverWindow.fullOrDifferential"
                    : "advisory.backupOverWindow.full";
            return w.text(key, a.year(), w.disk(a.nightlyGb()), hours(a.hours(), w), mbps(a.linkMbps(), w),
                    hours(a.windowHours(), w), mbps(a.linkMbpsNeeded(), w));
        }
        if (advisory instanceof Advisory.NoDifferentialBackup a) {
            return w.text("advisory.noDifferentialBackup", a.version().id());
        }
        if (advisory instanceof Advisory.LinkBelowMinimum a) {
            return w.text("advisory.linkBelowMinimum", mbps(a.linkMbps(), w), mbps(a.minimumMbps(), w));
        }
        throw new IllegalArgumentException("No words for " + advisory);
    }

    /** "43.2 h" ("43,2 h"): a whole number of hours from 10 h, a tenth below, a hundredth below 0.1 h. */
    public static String hours(double hours, Wording w) {
        String figure = hours >= 10 ? w.whole(hours) : w.number(hours, hours >= 0.1 ? 1 : 2);
        return w.withUnit(figure, "h");
    }

    /** "10 Mbps" ("10 Mbit/s"). */
    public static String mbps(double mbps, Wording w) {
        return w.withUnit(w.number(mbps, 1), "Mbps");
    }

    /** "full nightly archive". */
    public static String label(BackupMethod method, Wording wording) {
        return wording.text("backupMethod." + method.id());
    }

    /** "Pilot" ("Pilote"). */
    public static String label(DeploymentStage stage, Wording wording) {
        return wording.text("stage." + stage.id());
    }

    /** "production" ("production"); "qa" is "recette (qa)" in French. */
    public static String label(Environment environment, Wording wording) {
        return wording.text("environment." + environment.id());
    }

    /** "application and data". */
    public static String label(ServerRole role, Wording wording) {
        return wording.text("role." + role.key());
    }

    /** What the rule does: "twice the application server". */
    public static String label(BackupRule rule, Wording wording) {
        return wording.text("backupRule." + rule.id());
    }

    public static String label(StorageTopology topology, Wording wording) {
        return wording.text("topology." + topology.id());
    }

    /** "OpenCRVS v2.1". */
    public static String label(DocsVersion version, Wording wording) {
        return wording.text("docsVersion.label", version.id());
    }

    /** "on this server" ("sur ce serveur"). */
    public static String label(MonitoringPlace place, Wording wording) {
        return wording.text("monitoring." + place.id());
    }

    /** "Kubernetes and images". */
    public static String label(OsReservePart part, Wording wording) {
        return wording.text("osReserve." + part.key());
    }
}
