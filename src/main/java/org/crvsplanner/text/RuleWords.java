package org.crvsplanner.text;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.RuleSet;
import org.crvsplanner.model.SizingInputs;

/**
 * The chosen OpenCRVS version's disk formula in words, with the inputs' figures: one line for the
 * command line's table, and the pieces the window's working and walkthrough show. A part the
 * version's page does not have is left out of the formula; {@link #missingRules} says which.
 */
public final class RuleWords {
    private static final String PLUS = " + ";

    private RuleWords() {
    }

    /**
     * "Disk = 100 GB (10 GB base OS + 40 GB Kubernetes and images + 50 GB free space for updates)
     * + records × 18 kB + 20% database overhead + attachments × 0.4 MB + …".
     */
    public static String diskFormula(SizingInputs in, Wording w) {
        RuleSet rules = in.rules();
        List<String> parts = new ArrayList<>();
        parts.add(osReserve(in, w));
        parts.add(w.text("formula.recordData", w.withUnit(w.number(in.kbPerRecord(), 3), "kB")));
        if (rules.databaseOverheadPercent() > 0) {
            parts.add(w.text("formula.overhead", w.number(rules.databaseOverheadPercent(), 2)));
        }
        parts.add(w.text("formula.attachments", w.withUnit(w.number(in.mbPerAttachment(), 3), "MB")));
        if (in.monitoring() == MonitoringPlace.THIS_SERVER) {
            rules.monitoring().ifPresent(m -> parts.add(monitoring(m, in.monitoringDays(), w)));
            rules.loggingMinimumGb().ifPresent(gb -> parts.add(w.text("formula.logging", figureGb(gb, w))));
        }
        if (in.diskEncryption()) {
            rules.encryption().ifPresent(e -> parts.add(encryption(e, w)));
        }
        return w.text("formula.disk", String.join(PLUS, parts));
    }

    /** "100 GB", or with the version's parts when the input still holds their sum. */
    public static String osReserve(SizingInputs in, Wording w) {
        RuleSet rules = in.rules();
        String total = figureGb(in.osReserveGb(), w);
        if (rules.osReserve().size() < 2 || in.osReserveGb() != rules.osReserveGb()) {
            return total;
        }
        List<String> parts = new ArrayList<>();
        for (RuleSet.ReservePart part : rules.osReserve()) {
            parts.add(w.text("formula.osPart", figureGb(part.gb(), w), ModelWords.label(part.part(), w)));
        }
        return w.text("formula.os.parts", total, String.join(PLUS, parts));
    }

    /** "monitoring (200 MB × 30 days × servers + 1 GB × servers)". */
    public static String monitoring(RuleSet.MonitoringRule rule, int days, Wording w) {
        return w.text("formula.monitoring", w.withUnit(w.number(rule.mbPerHostPerDay(), 2), "MB"),
                w.plural("formula.days", days, (long) days), figureGb(rule.gbPerHost(), w));
    }

    /** "encryption headroom, the greater of 50 GB and 10% of /data". */
    public static String encryption(RuleSet.EncryptionRule rule, Wording w) {
        return w.text("formula.encryption", figureGb(rule.minimumGb(), w), w.number(rule.percentOfPartition(), 2));
    }

    /**
     * What the planner was asked to count but the chosen version's page has no rule for, one
     * sentence each: monitoring and logs kept on this server under v1.x, encryption before v2.1.
     */
    public static List<String> missingRules(SizingInputs in, Wording w) {
        RuleSet rules = in.rules();
        String version = in.docsVersion().id();
        List<String> missing = new ArrayList<>(2);
        if (in.monitoring() == MonitoringPlace.THIS_SERVER && rules.monitoring().isEmpty()) {
            missing.add(w.text("formula.noMonitoringRule", version));
        }
        if (in.diskEncryption() && rules.encryption().isEmpty()) {
            missing.add(w.text("formula.noEncryptionRule", version));
        }
        return missing;
    }

    /** "100 GB", "0.5 GB": a figure of the rules, without the two decimals of a computed disk. */
    static String figureGb(double gb, Wording w) {
        return w.withUnit(w.number(gb, 2), "GB");
    }
}
