package org.crvsplanner.ui.working;

import static org.crvsplanner.ui.base.Formats.gb;
import static org.crvsplanner.ui.base.Formats.number;
import static org.crvsplanner.ui.base.Formats.whole;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.RuleSet;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.base.WorkingStep.Topic;
import org.crvsplanner.ui.i18n.I18n;

/**
 * The disk part of the working, by the chosen version's rules: record data and its database
 * overhead, the OS reserve and its parts, monitoring, logs and encryption headroom, the disk, the
 * backup and the cluster. A part the version's page has no rule for gets a line that says so,
 * rather than a figure the page never gave.
 */
final class DiskWorking {
    private DiskWorking() {
    }

    static void add(SizingPlan plan, List<WorkingStep> steps) {
        SizingInputs in = plan.inputs();
        RuleSet rules = in.rules();
        YearProjection y = plan.firstYear();
        Wording w = I18n.wording();
        String version = ModelWords.label(in.docsVersion(), w);
        steps.add(new WorkingStep(I18n.get("working.recordData"), whole(y.records()) + " × "
                + w.withUnit(number(in.kbPerRecord(), 2), "kB"), w.withUnit(number(y.recordDataGb() * 1_000_000, 1),
                        "kB") + " = " + gb(y.recordDataGb()), Topic.RECORD_DATA));
        // Each part to the hundredth, as v2.1's page adds them: 100.00 + 899.96 + 13.50 + 2.70.
        List<String> disk = new ArrayList<>(List.of(fixed(in.osReserveGb()), fixed(y.attachmentsGb()),
                fixed(y.recordDataGb())));
        if (rules.databaseOverheadPercent() > 0) {
            steps.add(new WorkingStep(I18n.get("working.overhead"), WorkingViewModel.percent(
                    rules.databaseOverheadPercent(), 2) + " × " + gb(y.recordDataGb()), gb(y.databaseOverheadGb()),
                    Topic.RECORD_DATA));
            disk.add(fixed(y.databaseOverheadGb()));
        }
        steps.add(new WorkingStep(I18n.get("working.os"), osFormula(in), gb(in.osReserveGb()), Topic.OS_RESERVE));
        monitoring(in, y, version, steps, disk);
        encryption(in, y, version, steps, disk);
        steps.add(new WorkingStep(I18n.get("working.disk"), String.join(" + ", disk.subList(0, disk.size() - 1))
                + " + " + w.withUnit(disk.get(disk.size() - 1), "GB"), gb(y.applicationServerDiskGb()), Topic.DISK));
        if (in.maxFillPercent() < 100) {
            steps.add(new WorkingStep(I18n.get("working.provisioned"), I18n.get("working.provisioned.formula",
                    gb(y.applicationServerDiskGb()), WorkingViewModel.percent(in.maxFillPercent(), 1)),
                    gb(y.provisionedDiskGb()), Topic.DISK));
        }
        if (plan.hasBackupServer()) {
            steps.add(new WorkingStep(I18n.get("working.backup"), backupFormula(in, y), gb(y.backupServerDiskGb()),
                    Topic.BACKUP));
        }
        horizon(plan, steps);
        if (in.stage() == DeploymentStage.NATIONAL) {
            steps.add(new WorkingStep(I18n.get("working.production"),
                    I18n.get("working.production.formula", whole(in.population())),
                    Integer.toString(y.productionServers()), Topic.CLUSTER));
        }
        if (in.topology() == StorageTopology.DATA_NODE && y.productionServers() > 1) {
            boolean master = rules.monitoring().isPresent();
            steps.add(new WorkingStep(I18n.get(master ? "working.dataNode.master" : "working.dataNode"),
                    I18n.plural("working.dataNode.formula", y.productionServers() - 1L, y.productionServers() - 1L,
                            gb(in.osReserveGb())), gb(y.applicationServerDiskGb()), Topic.CLUSTER));
        }
    }

    private static String backupFormula(SizingInputs in, YearProjection y) {
        return in.backup().rule() == BackupRule.DOUBLE
                ? "2 × " + gb(y.applicationServerDiskGb())
                : number(in.osReserveGb(), 2) + " + " + in.backup().copies() + " × " + gb(y.citizenDataGb());
    }

    /**
     * The disks the server list buys, those of the horizon year: the card and the list show them,
     * so the working ends with them rather than leaving year 1's figures as the last word.
     */
    private static void horizon(SizingPlan plan, List<WorkingStep> steps) {
        SizingInputs in = plan.inputs();
        YearProjection last = plan.horizonYear();
        int year = last.year();
        String fill = WorkingViewModel.percent(in.maxFillPercent(), 1);
        if (plan.years().size() > 1) {
            steps.add(new WorkingStep(I18n.get("working.horizon.disk", year), I18n.get("working.formula.year1", year),
                    gb(last.applicationServerDiskGb()), Topic.DISK));
            if (in.maxFillPercent() < 100) {
                steps.add(new WorkingStep(I18n.get("working.horizon.provisioned", year),
                        I18n.get("working.provisioned.formula", gb(last.applicationServerDiskGb()), fill),
                        gb(last.provisionedDiskGb()), Topic.DISK));
            }
            if (plan.hasBackupServer()) {
                steps.add(new WorkingStep(I18n.get("working.horizon.backup", year), backupFormula(in, last),
                        gb(last.backupServerDiskGb()), Topic.BACKUP));
            }
        }
        if (plan.hasBackupServer() && in.maxFillPercent() < 100) {
            steps.add(new WorkingStep(I18n.get("working.horizon.backupProvisioned", year),
                    I18n.get("working.provisioned.formula", gb(last.backupServerDiskGb()), fill),
                    gb(last.provisionedBackupDiskGb()), Topic.BACKUP));
        }
    }

    private static String fixed(double gb) {
        return I18n.wording().fixed(gb, 2);
    }

    /** v2.1's parts while the reserve is its own figure; otherwise the reserve as one figure. */
    private static String osFormula(SizingInputs in) {
        RuleSet rules = in.rules();
        if (rules.osReserve().size() > 1 && in.osReserveGb() == rules.osReserveGb()) {
            List<String> parts = new ArrayList<>();
            for (RuleSet.ReservePart part : rules.osReserve()) {
                parts.add(I18n.get("working.os.part", I18n.wording().withUnit(number(part.gb(), 2), "GB"),
                        ModelWords.label(part.part(), I18n.wording())));
            }
            return String.join(" + ", parts);
        }
        return I18n.get("working.os.formula");
    }

    private static void monitoring(SizingInputs in, YearProjection y, String version, List<WorkingStep> steps,
            List<String> disk) {
        RuleSet rules = in.rules();
        if (rules.monitoring().isEmpty()) {
            steps.add(new WorkingStep(I18n.get("working.monitoring"), I18n.get("working.noRule", version),
                    I18n.get("working.noneAdded"), Topic.DISK));
            return;
        }
        if (in.monitoring() == MonitoringPlace.ELSEWHERE) {
            steps.add(new WorkingStep(I18n.get("working.monitoring"), I18n.get("working.elsewhere"), gb(0),
                    Topic.DISK));
            return;
        }
        RuleSet.MonitoringRule rule = rules.monitoring().get();
        Wording w = I18n.wording();
        String servers = I18n.plural("working.servers", y.productionServers(), (long) y.productionServers());
        steps.add(new WorkingStep(I18n.get("working.monitoring"), I18n.get("working.monitoring.formula",
                w.withUnit(number(rule.mbPerHostPerDay(), 2), "MB"),
                I18n.plural("working.days", in.monitoringDays(), (long) in.monitoringDays()), servers,
                w.withUnit(number(rule.gbPerHost(), 2), "GB")), gb(y.monitoringGb()), Topic.DISK));
        steps.add(new WorkingStep(I18n.get("working.logging"), I18n.get("working.logging.formula"),
                gb(y.loggingGb()), Topic.DISK));
        disk.add(fixed(y.monitoringGb()));
        disk.add(fixed(y.loggingGb()));
    }

    private static void encryption(SizingInputs in, YearProjection y, String version, List<WorkingStep> steps,
            List<String> disk) {
        if (!in.diskEncryption()) {
            return;
        }
        RuleSet rules = in.rules();
        if (rules.encryption().isEmpty()) {
            steps.add(new WorkingStep(I18n.get("working.encryption"), I18n.get("working.noRule", version),
                    I18n.get("working.noneAdded"), Topic.DISK));
            return;
        }
        double partition = y.citizenDataGb() + y.monitoringGb() + y.loggingGb();
        RuleSet.EncryptionRule rule = rules.encryption().get();
        steps.add(new WorkingStep(I18n.get("working.encryption"), I18n.get("working.encryption.formula",
                I18n.wording().withUnit(number(rule.minimumGb(), 2), "GB"),
                WorkingViewModel.percent(rule.percentOfPartition(), 2), gb(partition)),
                gb(y.encryptionHeadroomGb()), Topic.DISK));
        disk.add(fixed(y.encryptionHeadroomGb()));
    }
}
