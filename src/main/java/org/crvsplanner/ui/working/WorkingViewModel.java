package org.crvsplanner.ui.working;

import static org.crvsplanner.ui.base.Formats.gb;
import static org.crvsplanner.ui.base.Formats.number;
import static org.crvsplanner.ui.base.Formats.whole;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.WorkingStep.Topic;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Writes out the documentation's formula for year 1 with this plan's numbers, step by step, the
 * way the documentation's worked example does, so a trainer can walk a room through it.
 */
public final class WorkingViewModel {
    private final ObservableValue<SizingPlan> plan;
    private final ObservableValue<String> stale;
    private final ReadOnlyObjectWrapper<List<WorkingStep>> steps = new ReadOnlyObjectWrapper<>(this, "steps");
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper(this, "intro", "");
    private boolean watching;

    // Held here: the language property keeps only a weak reference, so a closed tab's working goes.
    private final InvalidationListener relabel;

    public WorkingViewModel(ObservableValue<SizingPlan> plan) {
        this(plan, new SimpleStringProperty());
    }

    /**
     * @param stale what keeps the plan from being up to date, naming the input and its allowed
     *        range; null while it is
     */
    public WorkingViewModel(ObservableValue<SizingPlan> plan, ObservableValue<String> stale) {
        this.plan = plan;
        this.stale = stale;
        relabel = obs -> {
            if (watching) {
                show(plan.getValue());
            }
        };
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    /**
     * The steps for the plan on screen. They are kept up to date only once asked for, so the
     * working costs nothing until someone opens it.
     */
    public ReadOnlyObjectProperty<List<WorkingStep>> stepsProperty() {
        if (!watching) {
            watching = true;
            show(plan.getValue());
            plan.addListener((obs, old, now) -> show(now));
        }
        return steps.getReadOnlyProperty();
    }

    /** Why the working is the last valid plan's, naming the input; null while it is up to date. */
    public ObservableValue<String> staleProperty() {
        return stale;
    }

    /** "The OpenCRVS v2.1 documentation's formula…": whose rules the steps follow. */
    public ReadOnlyStringProperty introProperty() {
        stepsProperty();
        return intro.getReadOnlyProperty();
    }

    private void show(SizingPlan now) {
        intro.set(I18n.get("working.intro", ModelWords.label(now.inputs().docsVersion(), I18n.wording())));
        steps.set(steps(now));
    }

    /** The steps in the language of the moment. */
    public static List<WorkingStep> steps(SizingPlan plan) {
        SizingInputs in = plan.inputs();
        YearProjection y = plan.firstYear();
        Wording w = I18n.wording();
        List<WorkingStep> steps = new ArrayList<>();
        String people = whole(in.population());
        String perThousand = " / " + whole(1000);
        double covered = y.population() * y.coveragePercent() / 100;
        if (y.coveragePercent() < 100) {
            steps.add(new WorkingStep(I18n.get("working.covered"),
                    people + " × " + percent(y.coveragePercent(), 2), whole(covered), Topic.POPULATION));
            people = whole(covered);
        }
        steps.add(new WorkingStep(I18n.get("working.births"), people + " × " + number(in.crudeBirthRate(), 3)
                + perThousand, whole(y.births()), Topic.RECORDS));
        steps.add(new WorkingStep(I18n.get("working.deaths"), people + " × " + number(in.crudeDeathRate(), 3)
                + perThousand, whole(y.deaths()), Topic.RECORDS));
        List<String> parts = new ArrayList<>(List.of(whole(y.births()), whole(y.deaths())));
        for (EventType event : in.otherEvents()) {
            double count = covered * event.ratePerThousand() / 1000;
            steps.add(new WorkingStep(I18n.get("working.event", capitalised(event.name())),
                    people + " × " + number(event.ratePerThousand(), 3) + perThousand, whole(count), Topic.RECORDS));
            parts.add(whole(count));
        }
        if (y.legacyRecords() > 0) {
            steps.add(new WorkingStep(I18n.get("working.legacy"), I18n.get("working.legacy.formula"),
                    whole(y.legacyRecords()), Topic.RECORDS));
            parts.add(whole(y.legacyRecords()));
        }
        steps.add(new WorkingStep(I18n.get("working.records"), String.join(" + ", parts), whole(y.records()),
                Topic.RECORDS));

        double attachmentsMb = y.attachmentsGb() * 1000;
        String attachmentMb = w.withUnit(number(in.mbPerAttachment(), 2), "MB");
        String attachmentFormula = in.otherEvents().isEmpty() && y.legacyRecords() == 0
                ? whole(y.records()) + " × " + number(in.attachmentsPerRecord(), 2) + " × " + attachmentMb
                : I18n.get("working.attachments.mixed", attachmentMb);
        steps.add(new WorkingStep(I18n.get("working.attachments"), attachmentFormula,
                w.withUnit(whole(attachmentsMb), "MB") + " = " + gb(y.attachmentsGb()), Topic.ATTACHMENTS));
        DiskWorking.add(plan, steps);
        if (in.followsProjection()) {
            ProjectedWorking.add(plan, steps);
        }
        OperationsWorking.add(plan, steps);
        return steps;
    }

    /** 12.5% in English, 12,5 % in French. */
    static String percent(double value, int decimals) {
        return I18n.get("working.percent", number(value, decimals));
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
