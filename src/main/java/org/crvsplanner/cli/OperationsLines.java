package org.crvsplanner.cli;

import org.crvsplanner.model.BackupLink;
import org.crvsplanner.model.Operations;
import org.crvsplanner.model.OperationsYear;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/** The table's lines on the nightly backup: each year's night, the year it runs out, a full restore. */
final class OperationsLines {
    private static final String NL = System.lineSeparator();

    private OperationsLines() {
    }

    static void append(SizingPlan plan, Wording w, StringBuilder out) {
        Operations ops = plan.operations();
        if (ops.years().isEmpty()) {
            out.append(text(w, "table.operations.none")).append(NL);
            return;
        }
        BackupLink link = plan.inputs().backupLink();
        out.append(text(w, "table.operations", ModelWords.label(ops.method(), w), ModelWords.mbps(link.linkMbps(), w),
                w.number(link.sharePercent(), 2), ModelWords.hours(link.windowHours(), w))).append(NL);
        TextTable table = new TextTable(">" + text(w, "table.year"), ">" + text(w, "table.nightly"),
                ">" + text(w, "table.transfer"), text(w, "table.fits"), ">" + text(w, "table.stagingRestore"));
        for (OperationsYear y : ops.years()) {
            table.row(Integer.toString(y.year()), w.disk(y.nightlyBackupGb()), ModelWords.hours(y.transferHours(), w),
                    text(w, y.fitsWindow() ? "table.fits.yes" : "table.fits.no"),
                    ModelWords.hours(y.stagingRestoreHours(), w));
        }
        table.appendTo(out);
        String needed = ModelWords.mbps(ops.linkMbpsNeeded(), w);
        out.append(ops.firstYearOverWindow().isPresent()
                ? text(w, "table.firstYearOver", ops.firstYearOverWindow().getAsInt(), needed)
                : text(w, "table.allFit", needed)).append(NL);
        out.append(text(w, "table.fullRestore", w.disk(ops.fullRestoreGb()), ModelWords.hours(ops.fullRestoreHours(), w),
                ModelWords.mbps(link.linkMbps(), w))).append(NL);
    }

    private static String text(Wording w, String key, Object... args) {
        return LanguageOption.text(w, key, args);
    }
}
