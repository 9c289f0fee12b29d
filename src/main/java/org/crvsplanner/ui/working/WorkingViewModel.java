package org.crvsplanner.ui.working;

import static org.crvsplanner.ui.Formats.gb;
import static org.crvsplanner.ui.Formats.number;
import static org.crvsplanner.ui.Formats.whole;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;

import org.crvsplanner.ui.working.WorkingStep.Topic;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Writes out the documentation's formula for year 1 with this plan's numbers, step by step, the
 * way the documentation's worked example does, so a trainer can walk a room through it.
 */
public final class WorkingViewModel {
    private final ObservableValue<SizingPlan> plan;
    private final ReadOnlyObjectWrapper<List<WorkingStep>> steps = new ReadOnlyObjectWrapper<>(this, "steps");
    private boolean watching;

    public WorkingViewModel(ObservableValue<SizingPlan> plan) {
        this.plan = plan;
    }

    /**
     * The steps for the plan on screen. They are kept up to date only once asked for, so the
     * working costs nothing until someone opens it.
     */
    public ReadOnlyObjectProperty<List<WorkingStep>> stepsProperty() {
        if (!watching) {
            watching = true;
            steps.set(steps(plan.getValue()));
            plan.addListener((obs, old, now) -> steps.set(steps(now)));
        }
        return steps.getReadOnlyProperty();
    }

    public static List<WorkingStep> steps(SizingPlan plan) {
        SizingInputs in = plan.inputs();
        YearProjection y = plan.firstYear();
        List<WorkingStep> steps = new ArrayList<>();
        String people = whole(in.population());
        double covered = y.population() * y.coveragePercent() / 100;
        if (y.coveragePercent() < 100) {
            steps.add(new WorkingStep("People in participating locations",
                    people + " × " + number(y.coveragePercent(), 2) + "%", whole(covered), Topic.POPULATION));
            people = whole(covered);
        }
        steps.add(new WorkingStep("Births per year", people + " × " + number(in.crudeBirthRate(), 3) + " / 1,000",
                whole(y.births()), Topic.RECORDS));
        steps.add(new WorkingStep("Deaths per year", people + " × " + number(in.crudeDeathRate(), 3) + " / 1,000",
                whole(y.deaths()), Topic.RECORDS));
        List<String> parts = new ArrayList<>(List.of(whole(y.births()), whole(y.deaths())));
        for (EventType event : in.otherEvents()) {
            double count = covered * event.ratePerThousand() / 1000;
            steps.add(new WorkingStep(capitalised(event.name()) + " per year",
                    people + " × " + number(event.ratePerThousand(), 3) + " / 1,000", whole(count), Topic.RECORDS));
            parts.add(whole(count));
        }
        if (y.legacyRecords() > 0) {
            steps.add(new WorkingStep("Legacy records migrated", "in year 1 only", whole(y.legacyRecords()), Topic.RECORDS));
            parts.add(whole(y.legacyRecords()));
        }
        steps.add(new WorkingStep("Records per year", String.join(" + ", parts), whole(y.records()), Topic.RECORDS));

        double attachmentsMb = y.attachmentsGb() * 1000;
        String attachmentFormula = in.otherEvents().isEmpty() && y.legacyRecords() == 0
                ? whole(y.records()) + " × " + number(in.attachmentsPerRecord(), 2) + " × "
                        + number(in.mbPerAttachment(), 2) + " MB"
                : "each record type × its attachments × " + number(in.mbPerAttachment(), 2) + " MB";
        steps.add(new WorkingStep("Attachments per year", attachmentFormula,
                whole(attachmentsMb) + " MB = " + gb(y.attachmentsGb()), Topic.ATTACHMENTS));
        steps.add(new WorkingStep("Record data per year", whole(y.records()) + " × " + number(in.kbPerRecord(), 2)
                + " kB", number(y.recordDataGb() * 1_000_000, 1) + " kB = " + gb(y.recordDataGb()), Topic.RECORD_DATA));
        steps.add(new WorkingStep("Operating system requirements", "reserved on every server",
                gb(in.osReserveGb()), Topic.OS_RESERVE));
        steps.add(new WorkingStep("Minimum required disk space", number(in.osReserveGb(), 2) + " + "
                + number(y.attachmentsGb(), 2) + " + " + number(y.recordDataGb(), 2) + " GB",
                gb(y.applicationServerDiskGb()), Topic.DISK));
        if (in.maxFillPercent() < 100) {
            steps.add(new WorkingStep("Provisioned disk", gb(y.applicationServerDiskGb()) + " ÷ "
                    + number(in.maxFillPercent(), 1) + "% maximum fill", gb(y.provisionedDiskGb()), Topic.DISK));
        }
        String backup = in.backup().rule() == BackupRule.DOUBLE
                ? "2 × " + gb(y.applicationServerDiskGb())
                : number(in.osReserveGb(), 2) + " + " + in.backup().copies() + " × " + number(y.dataGb(), 2) + " GB";
        steps.add(new WorkingStep("Backup server disk", backup, gb(y.backupServerDiskGb()), Topic.BACKUP));
        if (in.stage() == DeploymentStage.NATIONAL) {
            steps.add(new WorkingStep("Production servers", whole(in.population())
                    + " people: under 30M → 2, 30M to 60M → 3, 60M and more → 5",
                    Integer.toString(y.productionServers()), Topic.CLUSTER));
        }
        return steps;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
