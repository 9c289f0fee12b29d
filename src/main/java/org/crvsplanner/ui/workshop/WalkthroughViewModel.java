package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;
import static org.crvsplanner.ui.base.Formats.gb;
import static org.crvsplanner.ui.base.Formats.number;
import static org.crvsplanner.ui.base.Formats.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.KeyFigure;
import org.crvsplanner.ui.base.WorkingStep.Topic;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.OutlookViewModel;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The guided walkthrough a trainer steps through in front of a room: the documentation's reasoning
 * in eight parts and, last, how sure the figures are and when the disk fills; each with the
 * scenario's live numbers, the inputs it talks about and the part of the chart to look at. Inputs are named by id and chart parts by {@link ChartPart}, so the view
 * needs no model types. The text is worked out only while the walkthrough shows; a slider drag
 * costs nothing otherwise.
 *
 * <p>The numbers of a step are the lines of "Show the working" on its topic, which the wiring
 * hands in as {@code working}: the walkthrough tells the working, it does not work it out again.
 * The last step's come from the scenario's outlook ({@link OutlookLines}).
 */
public final class WalkthroughViewModel {

    // The words of each step are workshop.step.<topic>.title and .explanation in the workshop bundle.
    private static final List<Step> STEPS = List.of(
            new Step(Topic.POPULATION,
                    Set.of(InputField.POPULATION, InputField.CRUDE_BIRTH_RATE, InputField.CRUDE_DEATH_RATE,
                            InputField.COVERAGE_START_PERCENT),
                    Set.of(), Set.of()),
            new Step(Topic.RECORDS,
                    Set.of(InputField.CRUDE_BIRTH_RATE, InputField.CRUDE_DEATH_RATE, InputField.LEGACY_RECORDS),
                    Set.of(), Set.of(KeyFigure.RECORDS)),
            new Step(Topic.ATTACHMENTS,
                    Set.of(InputField.ATTACHMENTS_PER_RECORD, InputField.MB_PER_ATTACHMENT,
                            InputField.LEGACY_ATTACHMENTS),
                    Set.of(ChartPart.FIRST_YEAR), Set.of()),
            new Step(Topic.RECORD_DATA, Set.of(InputField.KB_PER_RECORD), Set.of(ChartPart.FIRST_YEAR), Set.of()),
            new Step(Topic.OS_RESERVE, Set.of(InputField.OS_RESERVE_GB), Set.of(ChartPart.FIRST_YEAR),
                    Set.of(KeyFigure.FIRST_YEAR_DISK)),
            new Step(Topic.DISK,
                    Set.of(InputField.MAX_FILL_PERCENT, InputField.HORIZON_YEARS, InputField.GROWTH_PERCENT,
                            InputField.MONITORING_DAYS),
                    Set.of(ChartPart.REQUIRED, ChartPart.PROVISIONED), Set.of(KeyFigure.HORIZON_DISK)),
            new Step(Topic.BACKUP, Set.of(InputField.BACKUP_COPIES), Set.of(ChartPart.BACKUP),
                    Set.of(KeyFigure.BACKUP_DISK)),
            new Step(Topic.CLUSTER,
                    Set.of(InputField.POPULATION, InputField.GROWTH_PERCENT, InputField.HORIZON_YEARS),
                    Set.of(ChartPart.MARKERS), Set.of(KeyFigure.PRODUCTION_SERVERS)),
            // Not a part of the documentation's reasoning, so no topic of the working: how sure the
            // figures are, and when the disk bought fills.
            new Step(null, Set.of(), Set.of(ChartPart.BANDS, ChartPart.FILL_DATES), Set.of()));

    private final ObservableValue<SizingPlan> plan;
    private final Function<SizingPlan, List<WorkingStep>> working;
    private final ObservableValue<Outlook> bands;
    private final ObservableValue<OutlookViewModel> outlook;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyObjectWrapper<List<String>> lines = new ReadOnlyObjectWrapper<>(this, "lines", List.of());
    private final ReadOnlyObjectWrapper<Set<String>> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", Set.of());
    private final ReadOnlyObjectWrapper<Set<ChartPart>> chartParts =
            new ReadOnlyObjectWrapper<>(this, "chartParts", Set.of());
    private final ReadOnlyObjectWrapper<Set<KeyFigure>> figures = new ReadOnlyObjectWrapper<>(this, "figures", Set.of());
    private final InvalidationListener replanned = obs -> refresh();
    // Held here: the language property keeps only a weak reference.
    private final InvalidationListener relabel = obs -> {
        if (showing.get()) {
            refresh();
        }
    };

    /**
     * @param plan the plan of the scenario in front
     * @param working the lines of "Show the working" for a plan
     */
    public WalkthroughViewModel(ObservableValue<SizingPlan> plan, Function<SizingPlan, List<WorkingStep>> working) {
        this(plan, working, new SimpleObjectProperty<>());
    }

    /**
     * @param outlook the outlook of the scenario in front, for the last step; null when none is
     */
    public WalkthroughViewModel(ObservableValue<SizingPlan> plan, Function<SizingPlan, List<WorkingStep>> working,
            ObservableValue<OutlookViewModel> outlook) {
        this.plan = requireNonNull(plan, "plan");
        this.working = requireNonNull(working, "working");
        this.outlook = requireNonNull(outlook, "outlook");
        this.bands = outlook.flatMap(o -> o.bandsProperty());
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    /** Shows the walkthrough from its first step. */
    public void open() {
        index.set(0);
        if (!showing.get()) {
            plan.addListener(replanned);
            // The bands come after the plan, when a run is done.
            bands.addListener(replanned);
            showing.set(true);
        }
        refresh();
    }

    /** Shows the walkthrough at {@code step}, counted from 0. */
    public void open(int step) {
        open();
        go(step);
    }

    /** Hides the walkthrough and its highlights, and stops following the plan. */
    public void close() {
        if (!showing.get()) {
            return;
        }
        plan.removeListener(replanned);
        bands.removeListener(replanned);
        showing.set(false);
        inputs.set(Set.of());
        chartParts.set(Set.of());
        figures.set(Set.of());
    }

    /** The next step; on the last step, stays there. */
    public void next() {
        go(index.get() + 1);
    }

    public void back() {
        go(index.get() - 1);
    }

    private void go(int step) {
        int clamped = Math.max(0, Math.min(STEPS.size() - 1, step));
        if (showing.get() && clamped != index.get()) {
            index.set(clamped);
            refresh();
        }
    }

    private void refresh() {
        Step step = STEPS.get(index.get());
        title.set(I18n.get(step.key() + ".title"));
        explanation.set(explanation(step, plan.getValue()));
        position.set(I18n.get("workshop.position", index.get() + 1, STEPS.size()));
        lines.set(step.topic() == null ? OutlookLines.of(outlook.getValue(), plan.getValue())
                : lines(step.topic(), plan.getValue(), working.apply(plan.getValue())));
        // Set before the inputs and the chart parts, whose change brings all three into view.
        figures.set(step.figures());
        inputs.set(step.inputs().stream().map(InputField::key).collect(Collectors.toUnmodifiableSet()));
        chartParts.set(step.chart());
    }

    /** The cluster step speaks of the chart's red lines only when the plan has some. */
    private static String explanation(Step step, SizingPlan plan) {
        String words = I18n.get(step.key() + ".explanation");
        if (step.topic() != Topic.CLUSTER) {
            return words;
        }
        String tail = plan.clusterChanges().isEmpty() ? ".explanation.stays" : ".explanation.grows";
        return words + " " + I18n.get(step.key() + tail);
    }

    /**
     * The numbers of one step in the language of the moment: the working's lines of its topic,
     * and what the room needs besides.
     */
    static List<String> lines(Topic topic, SizingPlan plan, List<WorkingStep> working) {
        SizingInputs in = plan.inputs();
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        List<String> lines = new ArrayList<>();
        if (topic == Topic.POPULATION) {
            lines.add(I18n.get("workshop.line.population", whole(in.population())));
            lines.add(I18n.get("workshop.line.births", number(in.crudeBirthRate(), 3)));
            lines.add(I18n.get("workshop.line.deaths", number(in.crudeDeathRate(), 3)));
            if (in.growthPercent() != 0) {
                lines.add(I18n.get("workshop.line.growth", number(in.growthPercent(), 2)));
            }
            lines.add(I18n.get("workshop.line.rules", ModelWords.label(in.docsVersion(), I18n.wording())));
        }
        for (WorkingStep step : working) {
            if (step.topic() == Topic.CLUSTER && topic == Topic.CLUSTER) {
                // A rule, not a sum: the answer first, then the bands it comes from.
                lines.add(I18n.get("workshop.line.rule", step.title(), step.result(), step.formula()));
            } else if (step.topic() == topic) {
                lines.add(I18n.get("workshop.line.sum", step.title(), step.formula(), step.result()));
            }
        }
        if (topic == Topic.DISK && plan.years().size() > 1) {
            lines.add(I18n.get("workshop.line.diskAfter", last.year(), gb(last.applicationServerDiskGb()),
                    gb(last.provisionedDiskGb())));
        }
        if (topic == Topic.BACKUP && plan.years().size() > 1) {
            lines.add(I18n.get("workshop.line.backupAfter", last.year(), gb(last.backupServerDiskGb())));
        }
        if (topic == Topic.CLUSTER) {
            if (in.stage() != DeploymentStage.NATIONAL) {
                lines.add(I18n.plural("workshop.line.noCluster", first.productionServers(),
                        ModelWords.label(in.stage(), I18n.wording()), first.productionServers()));
            }
            int before = first.productionServers();
            for (ClusterChange change : plan.clusterChanges()) {
                lines.add(I18n.get("workshop.line.growth.year", change.year(), before, change.productionServers()));
                before = change.productionServers();
            }
            if (in.stage() == DeploymentStage.NATIONAL && plan.clusterChanges().isEmpty()) {
                lines.add(I18n.plural("workshop.line.clusterStays", last.year(), before, last.year()));
            }
        }
        return List.copyOf(lines);
    }

    public static int stepCount() {
        return STEPS.size();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** The step on screen, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "Step 3 of 8". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The step's numbers, one line each. */
    public ReadOnlyObjectProperty<List<String>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** Ids of the inputs the step talks about; empty while hidden. */
    public ReadOnlyObjectProperty<Set<String>> inputsProperty() {
        return inputs.getReadOnlyProperty();
    }

    /** The chart parts the step points at; empty while hidden. */
    public ReadOnlyObjectProperty<Set<ChartPart>> chartPartsProperty() {
        return chartParts.getReadOnlyProperty();
    }

    /** The key figures the step talks about; empty while hidden. */
    public ReadOnlyObjectProperty<Set<KeyFigure>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** @param topic the part of the working it shows, or null for the outlook */
    private record Step(Topic topic, Set<InputField> inputs, Set<ChartPart> chart, Set<KeyFigure> figures) {
        /** Where the step's words are: workshop.step.recordData for RECORD_DATA. */
        String key() {
            if (topic == null) {
                return "workshop.step.outlook";
            }
            String[] words = topic.name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return "workshop.step." + name;
        }
    }
}
