package org.crvsplanner.export;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/** The Summary's advice: the model's advisories as one formula, so it follows the inputs. */
final class SummaryAdvice {
    private SummaryAdvice() {
    }

    /**
     * The model's advice as one bulleted list, worded from the model's own texts; advice that does
     * not apply leaves no gap.
     */
    static String formula(Wording wording, FormulaText formulas, String yes) {
        String retention = Names.BACKUP_RETENTION_RULE;
        String twice = Names.BACKUP_DOUBLE_RULE;
        String copies = formulas.plain("BackupCopies");
        String poc = "IF(" + Names.STAGE + "=\"poc\"," + line(FormulaText.literal(
                ModelWords.advice(new Advisory.ProofOfConceptHoldsNoLiveData(), wording))) + ",\"\")";
        String backup = "IF(" + Names.BACKUP_RULE + "=\"retention\","
                + "IF(" + retention + "<" + twice + "," + line(formulas.plural(
                        wording.pattern("advisory.retentionBelowDouble.one"),
                        wording.pattern("advisory.retentionBelowDouble.other"), "BackupCopies", copies,
                        formulas.gb(retention), formulas.gb(twice))) + ",\"\"),"
                + "IF(" + twice + "<" + retention + "," + line(formulas.plural(
                        wording.pattern("advisory.doubleBelowRetention.one"),
                        wording.pattern("advisory.doubleBelowRetention.other"), "BackupCopies", copies,
                        formulas.gb(twice), formulas.gb(retention),
                        Integer.toString(BackupPolicy.OPENCRVS_DEFAULT_COPIES))) + ",\"\"))";
        String horizon = "IF(AND(" + Names.BACKUP_RULE + "=\"retention\",HorizonYears<BackupCopies),"
                + line(formulas.plural(wording.pattern("advisory.horizonShorterThanRetention.one"),
                        wording.pattern("advisory.horizonShorterThanRetention.other"), "HorizonYears",
                        formulas.plain("HorizonYears"), copies)) + ",\"\")";
        String qaDiskGb = Names.diskGb(Environment.QA);
        String qaDisk = "IF(OsReserveGb>" + qaDiskGb + ","
                + line(FormulaText.fill(wording.pattern("advisory.fixedDiskBelowOsReserve"),
                        formulas.gbUpTo("OsReserveGb", InputField.OS_RESERVE_GB.max()),
                        formulas.gbUpTo(qaDiskGb, InputField.OS_RESERVE_GB.max())))
                + ",\"\")";
        String noEncryptionRule = "IF(AND(" + Names.DISK_ENCRYPTION + "=" + FormulaText.literal(yes) + ","
                + Names.ENCRYPTION_MINIMUM_GB + "=0)," + line(FormulaText.fill(
                        wording.pattern("advisory.noEncryptionRule"), Names.CHOSEN_VERSION))
                + ",\"\")";
        // Worded on the Versions sheet, one sentence for each older version.
        String newerRules = "IF(" + Names.NEWER_RULES_ADVICE + "=\"\",\"\"," + line(Names.NEWER_RULES_ADVICE) + ")";
        // In the model's order: the method, the link, the window.
        String operations = Names.OPERATIONS_ADVICE + "&" + Names.OVER_WINDOW_ADVICE;
        String bandwidth = line(FormulaText.fill(wording.pattern("advisory.minimumBandwidth"),
                formulas.plain(Names.MINIMUM_MBPS)));
        String x86 = "\"" + SummarySheet.BULLET + "\"&" + FormulaText.literal(ModelWords.advice(new Advisory.X86Only(), wording));
        // A proof of concept buys no backup server: no advice on sizing one, as in the model.
        String backupAdvice = "IF(" + Names.STAGE + "=\"poc\",\"\"," + backup + "&" + horizon + ")";
        return String.join("&", poc, backupAdvice, qaDisk, noEncryptionRule, newerRules, operations, bandwidth, x86);
    }

    /**
     * The Operations sheet's advice on the method and the link, as bulleted lines. It is written on
     * the Operations sheet, beside its figures, and the Summary names it: in full in the Summary's
     * formula it would take that past Excel's 8,192 characters.
     */
    static String operations(Wording wording, FormulaText formulas, String yes) {
        String method = Names.of(Inputs.BACKUP_METHOD);
        String link = Names.of(Inputs.LINK_MBPS);
        String noDifferential = "IF(AND(" + method + "=\"differential\"," + Names.BACKUP_METHOD_USED + "=\"full\"),"
                + line(FormulaText.fill(wording.pattern("advisory.noDifferentialBackup"), Names.CHOSEN_VERSION))
                + ",\"\")";
        String slowLink = "IF(" + link + "<" + Names.MINIMUM_MBPS + "," + line(FormulaText.fill(
                wording.pattern("advisory.linkBelowMinimum"), formulas.mbps(link, 0), formulas.mbps(Names.MINIMUM_MBPS, 0)))
                + ",\"\")";
        return noDifferential + "&" + slowLink;
    }

    /**
     * The line on a nightly backup that misses the window, or nothing, as the model words it: a
     * cell of its own, since its figures' formulas are long.
     */
    static String overWindow(Wording wording, FormulaText formulas, String yes) {
        String link = Names.of(Inputs.LINK_MBPS);
        String window = Names.of(Inputs.BACKUP_WINDOW_HOURS);
        // The pattern is chosen first and the figures put in after, as in FormulaText.plural.
        String year = Names.FIRST_YEAR_OVER_WINDOW;
        int linkGroups = (int) Math.log10(InputField.LINK_MBPS.max()) / 3;
        String pattern = "IF(" + Names.BACKUP_METHOD_USED + "=\"differential\","
                + FormulaText.literal(wording.pattern("advisory.backupOverWindow.differential")) + ",IF("
                + Names.DIFFERENTIAL_FITS + "=" + FormulaText.literal(yes) + ","
                + FormulaText.literal(wording.pattern("advisory.backupOverWindow.fullOrDifferential")) + ","
                + FormulaText.literal(wording.pattern("advisory.backupOverWindow.full")) + "))";
        int windowGroups = (int) Math.log10(InputField.BACKUP_WINDOW_HOURS.max()) / 3;
        String[] figures = {formulas.plain(year), formulas.disk(Names.OVER_WINDOW_NIGHTLY_GB),
            formulas.hours(Names.OVER_WINDOW_HOURS, FormulaText.GROUPS), formulas.mbps(link, linkGroups),
            formulas.hours(window, windowGroups), formulas.mbps(Names.LINK_MBPS_NEEDED, FormulaText.GROUPS)};
        String text = pattern;
        for (int i = 0; i < figures.length; i++) {
            text = "SUBSTITUTE(" + text + ",\"{" + i + "}\"," + figures[i] + ")";
        }
        // A proof of concept has no nights to send, as in the model.
        return "IF(AND(" + Names.STAGE + "<>\"poc\",ISNUMBER(" + year + "))," + line(text) + ",\"\")";
    }

    private static String line(String text) {
        return "\"" + SummarySheet.BULLET + "\"&" + text + "&CHAR(10)";
    }
}
