package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.BackupLink;
import org.crvsplanner.model.Operations;
import org.crvsplanner.model.OperationsYear;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.i18n.I18n;

/** The Operations section's lines: the nightly backup, the year it misses the window, a full restore. */
final class OperationsText {
    private OperationsText() {
    }

    static List<String> lines(SizingPlan plan) {
        Operations ops = plan.operations();
        if (ops.years().isEmpty()) {
            return List.of(I18n.get("plan.operations.poc"));
        }
        Wording w = I18n.wording();
        BackupLink link = plan.inputs().backupLink();
        List<String> lines = new ArrayList<>();
        lines.add(I18n.get("plan.operations.how", ModelWords.label(ops.method(), w), ModelWords.mbps(link.linkMbps(), w),
                w.number(link.sharePercent(), 2), ModelWords.hours(link.windowHours(), w)));
        String needed = ModelWords.mbps(ops.linkMbpsNeeded(), w);
        lines.add(ops.firstYearOverWindow().isPresent()
                ? I18n.get("plan.operations.over", ops.firstYearOverWindow().getAsInt(), needed)
                : I18n.get("plan.operations.fits", needed));
        OperationsYear first = ops.years().get(0);
        OperationsYear last = ops.years().get(ops.years().size() - 1);
        lines.add(year(first, w));
        if (last != first) {
            lines.add(year(last, w));
        }
        lines.add(I18n.get("plan.operations.fullRestore", w.disk(ops.fullRestoreGb()),
                ModelWords.hours(ops.fullRestoreHours(), w)));
        return lines;
    }

    private static String year(OperationsYear y, Wording w) {
        return I18n.get("plan.operations.year", y.year(), w.disk(y.nightlyBackupGb()),
                ModelWords.hours(y.transferHours(), w), ModelWords.hours(y.stagingRestoreHours(), w));
    }
}
