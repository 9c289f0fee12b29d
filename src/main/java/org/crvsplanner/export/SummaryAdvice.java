package org.crvsplanner.export;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.InputField;
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
        String bandwidth = line(FormulaText.fill(wording.pattern("advisory.minimumBandwidth"),
                formulas.plain(Names.MINIMUM_MBPS)));
        String x86 = "\"" + SummarySheet.BULLET + "\"&" + FormulaText.literal(ModelWords.advice(new Advisory.X86Only(), wording));
        // A proof of concept buys no backup server: no advice on sizing one, as in the model.
        String backupAdvice = "IF(" + Names.STAGE + "=\"poc\",\"\"," + backup + "&" + horizon + ")";
        return String.join("&", poc, backupAdvice, qaDisk, noEncryptionRule, newerRules, bandwidth, x86);
    }

    private static String line(String text) {
        return "\"" + SummarySheet.BULLET + "\"&" + text + "&CHAR(10)";
    }
}
