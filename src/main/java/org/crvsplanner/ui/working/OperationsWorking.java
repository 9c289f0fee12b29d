package org.crvsplanner.ui.working;

import static org.crvsplanner.ui.base.Formats.gb;
import static org.crvsplanner.ui.base.Formats.number;
import static org.crvsplanner.ui.base.Formats.whole;

import java.util.List;

import org.crvsplanner.model.BackupLink;
import org.crvsplanner.model.BackupMethod;
import org.crvsplanner.model.Operations;
import org.crvsplanner.model.OperationsYear;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.base.WorkingStep.Topic;
import org.crvsplanner.ui.i18n.I18n;

/** The working of the nightly backup: what crosses each night, how long it takes, and a full restore. */
final class OperationsWorking {
    private static final double MEGABITS_PER_GB = 8_000;
    private static final double SECONDS_PER_HOUR = 3_600;

    private OperationsWorking() {
    }

    static void add(SizingPlan plan, List<WorkingStep> steps) {
        Operations ops = plan.operations();
        if (ops.years().isEmpty()) {
            return;
        }
        Wording w = I18n.wording();
        BackupLink link = plan.inputs().backupLink();
        YearProjection y = plan.firstYear();
        OperationsYear night = ops.years().get(0);
        String nightly = ops.method() == BackupMethod.DIFFERENTIAL
                ? I18n.get("working.nightly.differential", gb(y.recordDataGb() + y.databaseOverheadGb()),
                        gb(y.attachmentsGb()), whole(365))
                : I18n.get("working.nightly.full", gb(y.citizenDataGb()), number(link.compression(), 2));
        steps.add(new WorkingStep(I18n.get("working.nightly", ModelWords.label(ops.method(), w)), nightly,
                gb(night.nightlyBackupGb()), Topic.BACKUP));
        String share = I18n.get("working.percent", number(link.sharePercent(), 2));
        steps.add(new WorkingStep(I18n.get("working.transfer"), transfer(night.nightlyBackupGb(), link.linkMbps(),
                share, w), I18n.get(night.fitsWindow() ? "working.transfer.fits" : "working.transfer.misses",
                        ModelWords.hours(night.transferHours(), w), ModelWords.hours(link.windowHours(), w)),
                Topic.BACKUP));
        steps.add(new WorkingStep(I18n.get("working.staging"), transfer(night.nightlyBackupGb(),
                link.stagingLinkMbps(), share, w), ModelWords.hours(night.stagingRestoreHours(), w), Topic.BACKUP));
        double capacityGb = link.linkMbps() * link.sharePercent() / 100 * link.windowHours() * SECONDS_PER_HOUR
                / MEGABITS_PER_GB;
        steps.add(new WorkingStep(I18n.get("working.firstYearOver"), I18n.get("working.firstYearOver.formula",
                ModelWords.mbps(link.linkMbps(), w), share, ModelWords.hours(link.windowHours(), w), gb(capacityGb)),
                ops.firstYearOverWindow().isPresent() ? I18n.get("working.year", ops.firstYearOverWindow().getAsInt())
                        : I18n.get("working.noYearOver"), Topic.BACKUP));
        double largest = ops.years().stream().mapToDouble(OperationsYear::nightlyBackupGb).max().orElse(0);
        steps.add(new WorkingStep(I18n.get("working.linkNeeded"), I18n.get("working.linkNeeded.formula",
                gb(largest), whole(MEGABITS_PER_GB), ModelWords.hours(link.windowHours(), w), whole(SECONDS_PER_HOUR),
                share), ModelWords.mbps(ops.linkMbpsNeeded(), w), Topic.BACKUP));
        steps.add(new WorkingStep(I18n.get("working.fullRestore"), transfer(ops.fullRestoreGb(), link.linkMbps(),
                share, w), ModelWords.hours(ops.fullRestoreHours(), w), Topic.BACKUP));
    }

    /** "916.16 GB × 8,000 ÷ (10 Mbps × 80%) ÷ 3,600". */
    private static String transfer(double gb, double mbps, String share, Wording w) {
        return gb(gb) + " × " + whole(MEGABITS_PER_GB) + " ÷ (" + ModelWords.mbps(mbps, w) + " × " + share + ") ÷ "
                + whole(SECONDS_PER_HOUR);
    }
}
