package org.crvsplanner.ui.planner;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;

import org.crvsplanner.model.FillDate;
import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * How sure, and until when, for the plan on screen. The fill dates of the disk follow every
 * change at once, as they take microseconds; the Monte Carlo bands and the tornado come from
 * {@link OutlookRunner}, off the JavaFX thread, and follow the last change one run later.
 */
public final class OutlookViewModel {
    private final ObservableValue<SizingPlan> plan;
    private final ObservableValue<InputRanges> ranges;
    private final DiskSizeViewModel disk = new DiskSizeViewModel();
    private final ReadOnlyDoubleWrapper diskGb = new ReadOnlyDoubleWrapper(this, "diskGb");
    private final ReadOnlyObjectWrapper<List<FillDate>> fillDates =
            new ReadOnlyObjectWrapper<>(this, "fillDates", List.of());
    private final ReadOnlyObjectWrapper<Outlook> bands = new ReadOnlyObjectWrapper<>(this, "bands", Outlook.NONE);
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current", true);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final OutlookRunner runner;
    private OutlookRunner.Request latest;

    /** Follows {@code plan} with {@code ranges}, which must fit its inputs or be fitted to them. */
    public OutlookViewModel(ObservableValue<SizingPlan> plan, ObservableValue<InputRanges> ranges) {
        this(plan, ranges, null, null);
    }

    /** With the runner's worker and JavaFX parts in a test's hands; null for the real ones. */
    OutlookViewModel(ObservableValue<SizingPlan> plan, ObservableValue<InputRanges> ranges, Executor worker,
            Executor fx) {
        this.runner = worker == null ? new OutlookRunner(this::received) : new OutlookRunner(this::received, worker, fx);
        this.plan = plan;
        this.ranges = ranges;
        plan.addListener(obs -> update());
        ranges.addListener(obs -> update());
        disk.typedProperty().addListener(obs -> update());
        update();
    }

    private void update() {
        SizingPlan now = plan.getValue();
        OptionalDouble typed = disk.typedProperty().get();
        double provisioned = now.horizonYear().provisionedDiskGb();
        OptionalDouble size = typed.isPresent() ? typed
                : FillDates.isDiskSize(provisioned) ? OptionalDouble.of(provisioned) : OptionalDouble.empty();
        diskGb.set(size.orElse(Double.NaN));
        fillDates.set(size.isPresent() ? FillDates.of(now, size.getAsDouble()) : List.of());
        // Ranges that fit the inputs of the plan on screen; the rows stretch to them too.
        InputRanges fitted = ranges.getValue().fitTo(now.inputs());
        if (fitted.isEmpty()) {
            latest = null;
            bands.set(Outlook.NONE);
            current.set(true);
        } else {
            latest = new OutlookRunner.Request(now, fitted, size);
            current.set(false);
            runner.submit(latest);
        }
        revision.set(revision.get() + 1);
    }

    private void received(OutlookRunner.Result result) {
        if (latest == null || result.outlook() == null) {
            return;
        }
        // A result for older inputs still moves the band towards the newest during a drag.
        bands.set(result.outlook());
        current.set(result.request() == latest);
        revision.set(revision.get() + 1);
    }

    /**
     * Counts the changes of anything here: each change of the plan, the ranges or the disk, and
     * each run's result. A view that shows the plan with its outlook follows this one property.
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The plan this outlook is of. */
    public SizingPlan plan() {
        return plan.getValue();
    }

    /** The disk per server typed for the fill dates; blank for the provisioned one. */
    public DiskSizeViewModel disk() {
        return disk;
    }

    /** The disk whose fill dates are shown, in GB; NaN when there is none to show. */
    public ReadOnlyDoubleProperty diskGbProperty() {
        return diskGb.getReadOnlyProperty();
    }

    /** When that disk reaches 50%, 70% and 100%, by the point figures. */
    public ReadOnlyObjectProperty<List<FillDate>> fillDatesProperty() {
        return fillDates.getReadOnlyProperty();
    }

    /**
     * The last Monte Carlo result: bands, tornado and the fill dates' range. {@link Outlook#NONE}
     * without ranges.
     */
    public ReadOnlyObjectProperty<Outlook> bandsProperty() {
        return bands.getReadOnlyProperty();
    }

    /** Whether the bands are those of the inputs on screen, not of an earlier change. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
