package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;
import static org.crvsplanner.ui.Formats.gb;
import static org.crvsplanner.ui.Formats.number;
import static org.crvsplanner.ui.Formats.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.working.WorkingStep;
import org.crvsplanner.ui.working.WorkingStep.Topic;
import org.crvsplanner.ui.working.WorkingViewModel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The guided walkthrough a trainer steps through in front of a room: the documentation's reasoning
 * in eight parts, each with the scenario's live numbers, the inputs it talks about and the part of
 * the chart to look at. Inputs and chart parts are named by id, so the view needs no model types.
 * The text is worked out only while the walkthrough shows; a slider drag costs nothing otherwise.
 */
public final class WalkthroughViewModel {
    /** Chart parts a step can point at. */
    public static final String FIRST_YEAR = "first-year";
    public static final String REQUIRED = "required";
    public static final String PROVISIONED = "provisioned";
    public static final String BACKUP = "backup";
    public static final String MARKERS = "markers";

    // Every sentence the walkthrough shows lives here, ready to move into a resource bundle.
    private static final List<Step> STEPS = List.of(
            new Step(Topic.POPULATION, "Population and rates",
                    "Everything starts with people: how many live where registration runs, and how often "
                            + "they are born and die.",
                    Set.of(InputField.POPULATION, InputField.CRUDE_BIRTH_RATE, InputField.CRUDE_DEATH_RATE,
                            InputField.COVERAGE_START_PERCENT),
                    Set.of()),
            new Step(Topic.RECORDS, "Records per year",
                    "Each birth and each death becomes one record. Add them up for one year.",
                    Set.of(InputField.CRUDE_BIRTH_RATE, InputField.CRUDE_DEATH_RATE, InputField.LEGACY_RECORDS),
                    Set.of()),
            new Step(Topic.ATTACHMENTS, "Attachments",
                    "Every record comes with scanned documents. They take most of the disk.",
                    Set.of(InputField.ATTACHMENTS_PER_RECORD, InputField.MB_PER_ATTACHMENT,
                            InputField.LEGACY_ATTACHMENTS),
                    Set.of(FIRST_YEAR)),
            new Step(Topic.RECORD_DATA, "Record data",
                    "The record itself is small: a few kilobytes of data each.",
                    Set.of(InputField.KB_PER_RECORD), Set.of(FIRST_YEAR)),
            new Step(Topic.OS_RESERVE, "Operating system reserve",
                    "Every server keeps room for its operating system, whatever the data.",
                    Set.of(InputField.OS_RESERVE_GB), Set.of(FIRST_YEAR)),
            new Step(Topic.DISK, "Disk",
                    "The application server needs the reserve plus the data. Records are kept for ever, so "
                            + "the disk grows every year of the planning horizon.",
                    Set.of(InputField.MAX_FILL_PERCENT, InputField.HORIZON_YEARS, InputField.GROWTH_PERCENT),
                    Set.of(REQUIRED, PROVISIONED)),
            new Step(Topic.BACKUP, "Backup",
                    "The backup server keeps copies of the data, so it needs the most disk.",
                    Set.of(InputField.BACKUP_COPIES), Set.of(BACKUP)),
            new Step(Topic.CLUSTER, "Cluster size",
                    "A national deployment runs a production cluster sized by population: 2 servers under "
                            + "30 million people, 3 up to 60 million, 5 beyond. The red lines mark the years it grows.",
                    Set.of(InputField.POPULATION, InputField.GROWTH_PERCENT, InputField.HORIZON_YEARS),
                    Set.of(MARKERS)));

    private final ObservableValue<SizingPlan> plan;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyObjectWrapper<List<String>> lines = new ReadOnlyObjectWrapper<>(this, "lines", List.of());
    private final ReadOnlyObjectWrapper<Set<String>> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> chartParts =
            new ReadOnlyObjectWrapper<>(this, "chartParts", Set.of());
    private final ChangeListener<SizingPlan> replanned = (obs, old, now) -> refresh();

    public WalkthroughViewModel(ObservableValue<SizingPlan> plan) {
        this.plan = requireNonNull(plan, "plan");
    }

    /** Shows the walkthrough from its first step. */
    public void open() {
        index.set(0);
        if (!showing.get()) {
            plan.addListener(replanned);
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
        showing.set(false);
        inputs.set(Set.of());
        chartParts.set(Set.of());
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
        title.set(step.title());
        explanation.set(step.explanation());
        position.set("Step " + (index.get() + 1) + " of " + STEPS.size());
        lines.set(lines(step.topic(), plan.getValue()));
        inputs.set(step.inputs().stream().map(InputField::key).collect(Collectors.toUnmodifiableSet()));
        chartParts.set(step.chart());
    }

    /** The numbers of one step: the working's lines of its topic, and what the room needs besides. */
    static List<String> lines(Topic topic, SizingPlan plan) {
        SizingInputs in = plan.inputs();
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        List<String> lines = new ArrayList<>();
        if (topic == Topic.POPULATION) {
            lines.add("Population: " + whole(in.population()) + " people");
            lines.add("Births: " + number(in.crudeBirthRate(), 3) + " per 1,000 people a year");
            lines.add("Deaths: " + number(in.crudeDeathRate(), 3) + " per 1,000 people a year");
            if (in.growthPercent() != 0) {
                lines.add("Growth: " + number(in.growthPercent(), 2) + "% a year");
            }
        }
        for (WorkingStep step : WorkingViewModel.steps(plan)) {
            if (step.topic() == Topic.CLUSTER && topic == Topic.CLUSTER) {
                // A rule, not a sum: the answer first, then the bands it comes from.
                lines.add(step.title() + ": " + step.result() + "  (" + step.formula() + ")");
            } else if (step.topic() == topic) {
                lines.add(step.title() + ": " + step.formula() + " = " + step.result());
            }
        }
        if (topic == Topic.DISK && plan.years().size() > 1) {
            lines.add("After " + last.year() + " years: " + gb(last.applicationServerDiskGb()) + " required, "
                    + gb(last.provisionedDiskGb()) + " provisioned");
        }
        if (topic == Topic.BACKUP && plan.years().size() > 1) {
            lines.add("After " + last.year() + " years: " + gb(last.backupServerDiskGb()));
        }
        if (topic == Topic.CLUSTER) {
            if (in.stage() != DeploymentStage.NATIONAL) {
                lines.add(in.stage().label() + ": " + first.productionServers() + " production server"
                        + (first.productionServers() == 1 ? "" : "s") + ", no cluster");
            }
            int before = first.productionServers();
            for (ClusterChange change : plan.clusterChanges()) {
                lines.add("Year " + change.year() + ": " + before + " → " + change.productionServers() + " servers");
                before = change.productionServers();
            }
            if (in.stage() == DeploymentStage.NATIONAL && plan.clusterChanges().isEmpty()) {
                lines.add("The cluster stays at " + before + " servers for all " + last.year() + " years");
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

    /** The chart parts the step points at ({@link #REQUIRED}, {@link #MARKERS}…); empty while hidden. */
    public ReadOnlyObjectProperty<Set<String>> chartPartsProperty() {
        return chartParts.getReadOnlyProperty();
    }

    public String navigationHint() {
        return "→ / Space / Page Down: next   ← / Page Up: back   Esc: close";
    }

    private record Step(Topic topic, String title, String explanation, Set<InputField> inputs, Set<String> chart) {
    }
}
