package org.crvsplanner.ui.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every input of the window and the plan they make. Each change replans at once, in the same
 * pulse: a plan takes about a microsecond, so nothing is queued and nothing goes stale. While
 * any input is invalid, the last valid plan stays.
 */
public final class PlannerViewModel {
    private final SizingInputs defaults = SizingInputs.defaults();

    // Labels, units and tooltips are under inputs.<field key> in the inputs bundle.
    private final NumberInputViewModel population = input(InputField.POPULATION, defaults.population(), 0);
    private final NumberInputViewModel birthRate = input(InputField.CRUDE_BIRTH_RATE, defaults.crudeBirthRate(), 3);
    private final NumberInputViewModel deathRate = input(InputField.CRUDE_DEATH_RATE, defaults.crudeDeathRate(), 3);
    private final NumberInputViewModel attachments =
            input(InputField.ATTACHMENTS_PER_RECORD, defaults.attachmentsPerRecord(), 2);
    private final NumberInputViewModel horizon = input(InputField.HORIZON_YEARS, defaults.horizonYears(), 0);
    private final NumberInputViewModel growth = input(InputField.GROWTH_PERCENT, defaults.growthPercent(), 2);

    private final NumberInputViewModel attachmentMb =
            input(InputField.MB_PER_ATTACHMENT, defaults.mbPerAttachment(), 2);
    private final NumberInputViewModel recordKb = input(InputField.KB_PER_RECORD, defaults.kbPerRecord(), 2);
    private final NumberInputViewModel osReserve = input(InputField.OS_RESERVE_GB, defaults.osReserveGb(), 0);
    private final NumberInputViewModel coverageStart =
            input(InputField.COVERAGE_START_PERCENT, defaults.coverageStartPercent(), 1);
    private final NumberInputViewModel coverageFullYear =
            input(InputField.COVERAGE_FULL_YEAR, defaults.coverageFullYear(), 0);
    private final NumberInputViewModel maxFill = input(InputField.MAX_FILL_PERCENT, defaults.maxFillPercent(), 0);
    private final NumberInputViewModel backupCopies =
            input(InputField.BACKUP_COPIES, defaults.backup().copies(), 0);
    private final NumberInputViewModel legacyRecords =
            input(InputField.LEGACY_RECORDS, defaults.legacy().records(), 0);
    private final NumberInputViewModel legacyAttachments =
            input(InputField.LEGACY_ATTACHMENTS, defaults.legacy().attachmentsPerRecord(), 2);

    private final List<NumberInputViewModel> numbers = List.of(population, birthRate, deathRate, attachments, horizon,
            growth, attachmentMb, recordKb, osReserve, coverageStart, coverageFullYear, maxFill, backupCopies,
            legacyRecords, legacyAttachments);
    private final Map<InputField, NumberInputViewModel> byField = new EnumMap<>(InputField.class);

    private final ChoiceViewModel<DeploymentStage> stage = new ChoiceViewModel<>("inputs.stage",
            // The pills are narrow: short names here, "Preuve de concept" in full in the tooltip.
            List.of(DeploymentStage.values()), s -> I18n.get(switch (s) {
                case POC -> "inputs.stage.poc";
                case PILOT -> "inputs.stage.pilot";
                case NATIONAL -> "inputs.stage.national";
            }), defaults.stage());
    private final ChoiceViewModel<BackupRule> backupRule = new ChoiceViewModel<>("inputs.backupRule",
            List.of(BackupRule.values()),
            r -> I18n.get(r == BackupRule.DOUBLE ? "inputs.backupRule.double" : "inputs.backupRule.retention"),
            defaults.backup().rule());
    private final ChoiceViewModel<StorageTopology> topology = new ChoiceViewModel<>("inputs.topology",
            List.of(StorageTopology.values()),
            t -> I18n.get(t == StorageTopology.EVERY_NODE ? "inputs.topology.everyNode" : "inputs.topology.dataNode"),
            defaults.topology());
    private final BooleanProperty includeDevelopment =
            new SimpleBooleanProperty(this, "includeDevelopment", defaults.includeDevelopment());
    private final ObservableList<EventType> otherEvents = FXCollections.observableArrayList();
    private final EventsInputViewModel events = new EventsInputViewModel(otherEvents);

    private final ReadOnlyObjectWrapper<SizingInputs> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", defaults);
    private final ReadOnlyObjectWrapper<SizingPlan> plan =
            new ReadOnlyObjectWrapper<>(this, "plan", SizingEngine.plan(defaults));
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    // The problem as how to word it, so a change of language words it again.
    private Supplier<String> problemText;
    private final InvalidationListener relabel = obs -> problem.set(problemText == null ? null : problemText.get());
    private final InputHistory history;
    private final RangesViewModel ranges;
    private final OutlookViewModel outlook;
    private boolean loading;

    /** The default inputs: the documentation's example over 5 years. */
    public PlannerViewModel() {
        this(SizingInputs.defaults());
    }

    /** Starts with these inputs and nothing to undo, e.g. those of a scenario file. */
    public PlannerViewModel(SizingInputs initial) {
        List<Observable> sources = new ArrayList<>();
        for (NumberInputViewModel number : numbers) {
            byField.put(number.field(), number);
            sources.add(number.valueProperty());
            // A typing error blocks the plan even when the value stays, and clearing it by typing
            // the old value again must replan.
            number.typingErrorProperty().addListener(obs -> replan());
        }
        sources.addAll(List.of(stage.selectedProperty(), backupRule.selectedProperty(), topology.selectedProperty(),
                includeDevelopment, otherEvents));
        for (Observable source : sources) {
            source.addListener(obs -> replan());
        }
        if (!initial.equals(defaults)) {
            show(initial);
        }
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
        history = new InputHistory(inputs.get(), this::show);
        ranges = new RangesViewModel(inputs.getReadOnlyProperty(), input -> byField.get(input.field()));
        outlook = new OutlookViewModel(plan.getReadOnlyProperty(), ranges.rangesProperty());
        inputs.addListener((obs, old, now) -> history.changed(now));
        List<ReadOnlyBooleanProperty> gestures = new ArrayList<>();
        numbers.forEach(n -> gestures.add(n.editingProperty()));
        gestures.add(events.editingProperty());
        for (ReadOnlyBooleanProperty gesture : gestures) {
            gesture.addListener((obs, was, now) -> {
                if (now) {
                    history.beginGesture();
                } else {
                    history.endGesture();
                }
            });
        }
    }

    private static NumberInputViewModel input(InputField field, double defaultValue, int decimals) {
        return new NumberInputViewModel(field, defaultValue, decimals);
    }

    private void replan() {
        if (loading) {
            return;
        }
        if (numbers.stream().anyMatch(NumberInputViewModel::hasTypingError)) {
            valid.set(false);
            return;
        }
        numbers.forEach(n -> n.setPlanError(null));
        problemText = null;
        problem.set(null);
        try {
            SizingInputs next = currentInputs();
            inputs.set(next);
            plan.set(SizingEngine.plan(next));
            valid.set(true);
        } catch (InvalidInputException e) {
            NumberInputViewModel input = byField.get(e.field());
            Supplier<String> message = () -> I18n.get("inputs.error.plan", ModelWords.message(e, 
                    input != null ? input.label() : I18n.get("inputs.events.label"), I18n.wording()));
            if (input != null) {
                input.setPlanError(message);
            }
            problemText = message;
            problem.set(message.get());
            valid.set(false);
        }
    }

    private SizingInputs currentInputs() {
        return SizingInputs.builder()
                .population((long) population.getValue())
                .crudeBirthRate(birthRate.getValue())
                .crudeDeathRate(deathRate.getValue())
                .attachmentsPerRecord(attachments.getValue())
                .mbPerAttachment(attachmentMb.getValue())
                .kbPerRecord(recordKb.getValue())
                .osReserveGb(osReserve.getValue())
                .growthPercent(growth.getValue())
                .horizonYears((int) horizon.getValue())
                .coverageStartPercent(coverageStart.getValue())
                .coverageFullYear((int) coverageFullYear.getValue())
                .otherEvents(otherEvents)
                .legacy(LegacyRecords.of((long) legacyRecords.getValue(), legacyAttachments.getValue()))
                .maxFillPercent(maxFill.getValue())
                .backup(BackupPolicy.of(backupRule.getSelected(), (int) backupCopies.getValue()))
                .topology(topology.getSelected())
                .stage(stage.getSelected())
                .includeDevelopment(includeDevelopment.get())
                .build();
    }

    /**
     * Shows these inputs, replacing every value, with one replan at the end; one undo step of its
     * own, even in the middle of typing.
     */
    public void load(SizingInputs loaded) {
        history.checkpoint();
        show(loaded);
        history.checkpoint();
    }

    private void show(SizingInputs loaded) {
        loading = true;
        try {
            population.setValue(loaded.population());
            birthRate.setValue(loaded.crudeBirthRate());
            deathRate.setValue(loaded.crudeDeathRate());
            attachments.setValue(loaded.attachmentsPerRecord());
            attachmentMb.setValue(loaded.mbPerAttachment());
            recordKb.setValue(loaded.kbPerRecord());
            osReserve.setValue(loaded.osReserveGb());
            growth.setValue(loaded.growthPercent());
            horizon.setValue(loaded.horizonYears());
            coverageStart.setValue(loaded.coverageStartPercent());
            coverageFullYear.setValue(loaded.coverageFullYear());
            otherEvents.setAll(loaded.otherEvents());
            legacyRecords.setValue(loaded.legacy().records());
            legacyAttachments.setValue(loaded.legacy().attachmentsPerRecord());
            maxFill.setValue(loaded.maxFillPercent());
            backupRule.select(loaded.backup().rule());
            backupCopies.setValue(loaded.backup().copies());
            topology.select(loaded.topology());
            stage.select(loaded.stage());
            includeDevelopment.set(loaded.includeDevelopment());
        } finally {
            loading = false;
        }
        replan();
    }

    /**
     * The documentation's worked example exactly: one year at 100% fill, so the window shows
     * its figures, corrected: 1,013.71 GB and 2,027.42 GB.
     */
    public void showDocsExample() {
        load(SizingInputs.docsExample());
    }

    public void resetAll() {
        load(defaults);
    }

    public NumberInputViewModel population() {
        return population;
    }

    public NumberInputViewModel birthRate() {
        return birthRate;
    }

    public NumberInputViewModel deathRate() {
        return deathRate;
    }

    public NumberInputViewModel attachments() {
        return attachments;
    }

    public NumberInputViewModel horizon() {
        return horizon;
    }

    public NumberInputViewModel growth() {
        return growth;
    }

    public NumberInputViewModel coverageStart() {
        return coverageStart;
    }

    public NumberInputViewModel coverageFullYear() {
        return coverageFullYear;
    }

    /** The inputs under "Advanced assumptions", in the order they are shown. */
    public List<NumberInputViewModel> advancedNumbers() {
        return List.of(attachmentMb, recordKb, osReserve, coverageStart, coverageFullYear, maxFill, legacyRecords,
                legacyAttachments, backupCopies);
    }

    public ChoiceViewModel<DeploymentStage> stage() {
        return stage;
    }

    public ChoiceViewModel<BackupRule> backupRule() {
        return backupRule;
    }

    public ChoiceViewModel<StorageTopology> topology() {
        return topology;
    }

    public EventsInputViewModel events() {
        return events;
    }

    public BooleanProperty includeDevelopmentProperty() {
        return includeDevelopment;
    }

    /** Other event types; a change replans. */
    public ObservableList<EventType> otherEvents() {
        return otherEvents;
    }

    /** The low and high estimates of the inputs that take them; not part of undo. */
    public RangesViewModel ranges() {
        return ranges;
    }

    /** Bands, tornado and fill dates of the plan on screen. */
    public OutlookViewModel outlook() {
        return outlook;
    }

    /** Undo and redo of these inputs. */
    public InputHistory history() {
        return history;
    }

    /** The inputs of the plan on screen: the last valid ones. */
    public ReadOnlyObjectProperty<SizingInputs> inputsProperty() {
        return inputs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SizingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public SizingPlan getPlan() {
        return plan.get();
    }

    /** False while some input is invalid and the plan on screen is the last valid one. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What keeps the inputs from making a plan, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
