package org.crvsplanner.ui.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.crvsplanner.model.Choice;
import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.EventsInput;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.model.ToggleInput;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every input of the window and the plan they make: one input ViewModel per entry of
 * {@link Inputs#ALL}, so a new input of the model appears here without a line of its own. Each
 * change replans at once, in the same pulse: a plan takes about a microsecond, so nothing is
 * queued and nothing goes stale. While any input is invalid, the last valid plan stays, marked
 * stale by {@link #validProperty()} and explained by {@link #problemProperty()}.
 */
public final class PlannerViewModel {
    private final SizingInputs defaults = SizingInputs.defaults();

    // Labels, units and tooltips are under inputs.<input key> in the inputs bundle.
    private final Map<NumberInput, NumberInputViewModel> numbers = new LinkedHashMap<>();
    private final Map<InputField, NumberInputViewModel> byField = new EnumMap<>(InputField.class);
    private final Map<ChoiceInput<?>, ChoiceViewModel<?>> choices = new LinkedHashMap<>();
    private final Map<ToggleInput, ToggleViewModel> toggles = new LinkedHashMap<>();
    private final List<InputViewModel> everyday = new ArrayList<>();
    private final List<InputViewModel> advanced = new ArrayList<>();
    /** The inputs a person types, in the table's order: the first invalid one is named first. */
    private final List<InputViewModel> checked = new ArrayList<>();
    private final ObservableList<EventType> otherEvents = FXCollections.observableArrayList();
    private final EventsInputViewModel events = new EventsInputViewModel(otherEvents);
    // Imported with a country's figures; kept through every change so a save never drops it.
    private Projection projection = Projection.NONE;
    private final ImportedFigures imported = new ImportedFigures();

    private final ReadOnlyObjectWrapper<SizingInputs> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", defaults);
    private final ReadOnlyObjectWrapper<PlannerState> state =
            new ReadOnlyObjectWrapper<>(this, "state", new PlannerState(defaults, Optional.empty()));
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
        this(initial, Optional.empty());
    }

    /**
     * Starts with these inputs, their figures from {@code from} where they still hold its
     * figures, and nothing to undo.
     */
    public PlannerViewModel(SizingInputs initial, Optional<CountrySource> from) {
        List<Observable> sources = new ArrayList<>();
        for (Input input : Inputs.ALL) {
            InputViewModel shown = null;
            if (input instanceof NumberInput n) {
                NumberInputViewModel number = new NumberInputViewModel(n.field(), n.defaultValue(), n.decimals());
                numbers.put(n, number);
                byField.put(n.field(), number);
                sources.add(number.valueProperty());
                // A typing error blocks the plan even when the value stays, and clearing it by typing
                // the old value again must replan.
                number.typingErrorProperty().addListener(obs -> replan());
                // Before the replan: a figure the projection gives, changed, leaves the projection.
                number.valueProperty().addListener(obs -> leaveProjection(n.field()));
                shown = number;
                checked.add(number);
            } else if (input instanceof ChoiceInput<?> c) {
                ChoiceViewModel<?> choice = choiceViewModel(c);
                choices.put(c, choice);
                // Not a plain source: a new version also moves the inputs that follow it, in one replan.
                if (c != Inputs.DOCS_VERSION) {
                    sources.add(choice.selectedProperty());
                }
                shown = choice;
            } else if (input instanceof ToggleInput t) {
                ToggleViewModel toggle = new ToggleViewModel(t.key(), t.defaultValue());
                toggles.put(t, toggle);
                sources.add(toggle.selectedProperty());
                shown = toggle;
            } else if (input instanceof EventsInput) {
                sources.add(otherEvents);
                // An invalid list blocks the plan as a mistyped number does.
                sources.add(events.errorProperty());
                shown = events;
                checked.add(events);
            }
            if (shown != null) {
                (input.everyday() ? everyday : advanced).add(shown);
            }
        }
        for (Observable source : sources) {
            source.addListener(obs -> replan());
        }
        docsVersion().selectedProperty().addListener((obs, old, now) -> changeVersion(old, now));
        imported.setSource(from);
        if (!initial.equals(defaults) || from.isPresent()) {
            show(initial);
        }
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
        history = new InputHistory(state.get(), this::restore);
        history.setInvalid(!valid.get());
        ranges = new RangesViewModel(inputs.getReadOnlyProperty(), input -> byField.get(input.field()));
        outlook = new OutlookViewModel(plan.getReadOnlyProperty(), ranges.rangesProperty());
        state.addListener((obs, old, now) -> history.changed(now));
        valid.addListener((obs, was, now) -> history.setInvalid(!now));
        List<ReadOnlyBooleanProperty> gestures = new ArrayList<>();
        numbers.values().forEach(n -> gestures.add(n.editingProperty()));
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

    /** An option's words are {@code inputs.<key>.<id in camelCase>}: inputs.topology.dataNode. */
    private static <E extends Choice> ChoiceViewModel<E> choiceViewModel(ChoiceInput<E> input) {
        String key = "inputs." + input.key();
        return new ChoiceViewModel<>(key, input.values(), value -> I18n.get(key + "." + camelCase(value.id())),
                input.defaultValue());
    }

    private static String camelCase(String id) {
        StringBuilder camel = new StringBuilder(id.length());
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /**
     * A figure the projection gives no longer matches its year 1, so the planner would refuse it:
     * the person meant their own figure, and the projection is left, in the same undo step.
     */
    private void leaveProjection(InputField field) {
        if (!loading && !projection.isEmpty() && SourcedFigure.FIELDS.contains(field)) {
            imported.stop(projection, field);
            projection = Projection.NONE;
        }
    }

    private void replan() {
        if (loading) {
            return;
        }
        List<Supplier<String>> typed = typingProblems();
        if (!typed.isEmpty()) {
            // Each input words its own problem with its allowed range; the first is named, the
            // others counted, so one line says what to correct.
            int more = typed.size() - 1;
            Supplier<String> first = typed.get(0);
            setProblem(more == 0 ? first
                    : () -> first.get() + " " + I18n.plural("inputs.stale.more", more, more));
            valid.set(false);
            return;
        }
        numbers.values().forEach(n -> n.setPlanError(null));
        setProblem(null);
        try {
            SizingInputs next = currentInputs();
            imported.show(next, numbers);
            inputs.set(next);
            state.set(new PlannerState(next, imported.source()));
            plan.set(SizingEngine.plan(next));
            valid.set(true);
        } catch (InvalidInputException e) {
            NumberInputViewModel input = byField.get(e.field());
            Supplier<String> message = () -> I18n.get("inputs.error.plan", ModelWords.message(e, 
                    input != null ? input.label() : I18n.get("inputs.events.label"), I18n.wording()));
            if (input != null) {
                input.setPlanError(message);
            }
            setProblem(message);
            valid.set(false);
        }
    }

    /** What is wrong with the typed text of each input that holds some, in the table's order. */
    private List<Supplier<String>> typingProblems() {
        List<Supplier<String>> problems = new ArrayList<>(1);
        for (InputViewModel input : checked) {
            if (input instanceof NumberInputViewModel number && number.hasTypingError()) {
                problems.add(() -> number.typingErrorProperty().get());
            } else if (input instanceof EventsInputViewModel list && list.hasError()) {
                problems.add(() -> list.errorProperty().get());
            }
        }
        return problems;
    }

    private void setProblem(Supplier<String> text) {
        problemText = text;
        problem.set(text == null ? null : text.get());
    }

    /**
     * Puts the last valid value back into every input whose text is not valid, so the plan on
     * screen is up to date again.
     */
    public void revertInvalid() {
        for (InputViewModel input : checked) {
            if (input instanceof NumberInputViewModel number && number.hasTypingError()) {
                number.revert();
            } else if (input instanceof EventsInputViewModel list && list.hasError()) {
                list.revert();
            }
        }
    }

    private SizingInputs currentInputs() {
        SizingInputs.Builder b = SizingInputs.builder();
        numbers.forEach((input, number) -> input.set(b, number.getValue()));
        choices.forEach((input, choice) -> set(b, input, choice));
        toggles.forEach((input, toggle) -> input.set(b, toggle.selectedProperty().get()));
        Inputs.OTHER_EVENTS.set(b, otherEvents);
        Inputs.PROJECTION.set(b, projection);
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Choice> void set(SizingInputs.Builder b, ChoiceInput<E> input,
            ChoiceViewModel<?> choice) {
        input.set(b, ((ChoiceViewModel<E>) choice).getSelected());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Choice> void show(ChoiceInput<E> input, ChoiceViewModel<?> choice, SizingInputs in) {
        ((ChoiceViewModel<E>) choice).select(input.get(in));
    }

    /**
     * The person picked another OpenCRVS version: the record size, OS reserve and topology still at
     * the old version's figure take the new one's, as {@link SizingInputs#withDocsVersion} says,
     * and the plan follows in one step. With an input mistyped, only the version changes.
     */
    private void changeVersion(DocsVersion from, DocsVersion to) {
        followVersion(to);
        if (loading) {
            return;
        }
        if (numbers.values().stream().noneMatch(NumberInputViewModel::hasTypingError)) {
            try {
                show(currentInputs().toBuilder().docsVersion(from).build().withDocsVersion(to));
                return;
            } catch (InvalidInputException e) {
                // Inputs that break a rule between them stay as they are; the replan names the problem.
            }
        }
        replan();
    }

    /** Resets return the record size, OS reserve and backup window to the version's own figures. */
    private void followVersion(DocsVersion version) {
        number(Inputs.KB_PER_RECORD).setDefaultValue(version.rules().kbPerRecord());
        number(Inputs.OS_RESERVE_GB).setDefaultValue(version.rules().osReserveGb());
        number(Inputs.BACKUP_WINDOW_HOURS).setDefaultValue(version.rules().backupSchedule().windowHours());
    }

    /** The OpenCRVS version whose documentation the plan follows. */
    public ChoiceViewModel<DocsVersion> docsVersion() {
        return choice(Inputs.DOCS_VERSION);
    }

    /**
     * Shows these inputs, replacing every value, with one replan at the end; one undo step of its
     * own, even in the middle of typing.
     */
    public void load(SizingInputs loaded) {
        history.checkpoint();
        imported.forgetStopped();
        show(loaded);
        history.checkpoint();
    }

    /**
     * Shows inputs filled from a country figures file, with where they came from: one undo step,
     * which also brings back the source they had before.
     */
    public void importFigures(SizingInputs filled, CountrySource source) {
        history.checkpoint();
        imported.forgetStopped();
        imported.setSource(Optional.of(source));
        show(filled);
        history.checkpoint();
    }

    /** Constant rates and growth from now on, with the figures of the projection's first year: one undo step. */
    public void stopFollowing() {
        if (!projection.isEmpty()) {
            history.checkpoint();
            imported.stop(projection, null);
            projection = Projection.NONE;
            replan();
            history.checkpoint();
        }
    }

    /**
     * Follows the projection left before once more: population and rates go back to its first
     * year's, as one undo step.
     */
    public void followAgain() {
        Projection again = imported.stopped();
        if (again.isEmpty()) {
            return;
        }
        history.checkpoint();
        loading = true;
        try {
            numbers.get(Inputs.POPULATION).setValue(again.year(1).population());
            numbers.get(Inputs.CRUDE_BIRTH_RATE).setValue(again.year(1).crudeBirthRate());
            numbers.get(Inputs.CRUDE_DEATH_RATE).setValue(again.year(1).crudeDeathRate());
            projection = again;
        } finally {
            loading = false;
        }
        // A horizon longer than the projection is refused here, with the horizon's own message.
        replan();
        history.checkpoint();
    }

    private void restore(PlannerState restored) {
        imported.setSource(restored.source());
        show(restored.inputs());
    }

    private void show(SizingInputs loaded) {
        loading = true;
        try {
            numbers.forEach((input, number) -> number.setValue(input.get(loaded)));
            choices.forEach((input, choice) -> show(input, choice, loaded));
            toggles.forEach((input, toggle) -> toggle.selectedProperty().set(input.get(loaded)));
            otherEvents.setAll(Inputs.OTHER_EVENTS.get(loaded));
            // An invalid list typed before keeps its text through setAll; the loaded one replaces it.
            events.revert();
            projection = Inputs.PROJECTION.get(loaded);
        } finally {
            loading = false;
        }
        replan();
    }

    /**
     * The worked example of the chosen version's page exactly, with what it assumes: one year at
     * 100% fill, so the window shows its figures (v1.8: 1,013.71 GB and 2,027.42 GB, corrected;
     * v2.1: 1,016.16 GB and 2,032.32 GB).
     */
    public void showDocsExample() {
        load(SizingInputs.docsExample(docsVersion().getSelected()));
    }

    /** Every input back to its default, under the version chosen. */
    public void resetAll() {
        load(SizingInputs.defaults(docsVersion().getSelected()));
    }

    /** The ViewModel of a numeric input. */
    public NumberInputViewModel number(NumberInput input) {
        return numbers.get(input);
    }

    /** The numeric inputs, in the table's order. */
    public Map<NumberInput, NumberInputViewModel> numbers() {
        return Collections.unmodifiableMap(numbers);
    }

    /** The ViewModel of a choice. */
    @SuppressWarnings("unchecked")
    public <E extends Choice> ChoiceViewModel<E> choice(ChoiceInput<E> input) {
        return (ChoiceViewModel<E>) choices.get(input);
    }

    /** Whether a toggle is on; setting it replans. */
    public BooleanProperty toggle(ToggleInput input) {
        return toggles.get(input).selectedProperty();
    }

    /** The inputs people change most, in the table's order: the panel shows them first. */
    public List<InputViewModel> everydayInputs() {
        return Collections.unmodifiableList(everyday);
    }

    /** The other inputs, in the table's order, under "Advanced assumptions". */
    public List<InputViewModel> advancedInputs() {
        return Collections.unmodifiableList(advanced);
    }

    public EventsInputViewModel events() {
        return events;
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

    /**
     * False while some input holds text that is not a valid value, or the inputs break a rule
     * between them: the plan on screen is then the last valid one, and stale.
     */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /**
     * What keeps the inputs from making a plan, naming the input and its allowed range, in the
     * language of the moment; null exactly while the plan is up to date.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Where the inputs' figures came from, for a scenario file and the workbook: the source while
     * some input still holds one of its figures or its projection is followed; else empty.
     */
    public Optional<CountrySource> countrySource() {
        return imported.sourceInUse(inputs.get());
    }

    /** Changes whenever the inputs or their source do, such as on an import or its undo. */
    public ReadOnlyObjectProperty<?> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether each year's figures follow a projection, or did until the person left it. */
    public ReadOnlyObjectProperty<Following> followingProperty() {
        return imported.followingProperty();
    }

    /** What the inputs panel says about the projection, in the language of the moment; null for nothing. */
    public ReadOnlyStringProperty projectionNoteProperty() {
        return imported.noteProperty();
    }
}
