package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.scenario.UnknownFields;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One open scenario, shown in a tab: its name and notes, its inputs and plan, the file it belongs
 * to, and whether it holds changes that are not in that file.
 *
 * <p>"Unsaved" means the scenario differs from what was last opened or saved, so changing a value
 * and changing it back, or undoing to that point, leaves it saved. A scenario restored after a
 * crash differs from its file by definition until it is saved.
 */
public final class ScenarioViewModel {
    /** Marks an unsaved scenario in the tab and the window title. */
    public static final String UNSAVED_MARK = "•";

    /** Ids only need to be unique within this process's own recovery folder. */
    private static final AtomicInteger IDS = new AtomicInteger();

    private final String recoveryId = "scenario-" + IDS.incrementAndGet();
    private final PlannerViewModel planner;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Scenario> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName");
    private final ReadOnlyStringWrapper tabText = new ReadOnlyStringWrapper(this, "tabText");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final int untitledNumber;
    /** Renames "Untitled" and rewords the status when the language changes; held here, listened to weakly. */
    private final InvalidationListener relabel = obs -> {
        updateNames();
        updateStatus();
    };
    private final UnknownFields unknownFields;
    /** What the file holds, as far as this window knows; null when that is not known. */
    private Scenario saved;
    /** The file as it was when opened or last saved here; null when that is not known. */
    private FileStamp stamp;

    /**
     * @param file where the scenario was opened from, or null for a new one
     * @param saved what that file holds, or null when the scenario is not known to match any file
     * @param untitledNumber which untitled scenario of the window it is, while it has neither a name
     *        nor a file: 1 is "Untitled", 2 "Untitled 2"
     */
    ScenarioViewModel(Scenario scenario, Path file, Scenario saved, int untitledNumber) {
        this(new PlannerViewModel(scenario.inputs(), scenario.countrySource()), scenario, file, saved, untitledNumber);
    }

    /** Around a planner that already shows {@code scenario}'s inputs. */
    ScenarioViewModel(PlannerViewModel planner, Scenario scenario, Path file, Scenario saved, int untitledNumber) {
        this.planner = requireNonNull(planner, "planner");
        this.unknownFields = scenario.unknownFields();
        this.untitledNumber = untitledNumber;
        this.saved = saved;
        this.file.set(file);
        this.stamp = file != null && saved != null ? FileStamp.of(file) : null;
        name.set(scenario.name());
        notes.set(scenario.notes());
        update();
        SourceNotes.follow(planner, notes);
        for (Observable source : new Observable[] {name, notes, planner.stateProperty(), this.file}) {
            source.addListener(obs -> update());
        }
        updateStatus();
        planner.validProperty().addListener(obs -> updateStatus());
        planner.problemProperty().addListener(obs -> updateStatus());
        // Weakly: a closed tab's scenario must not stay reachable from the static language.
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void updateStatus() {
        String problem = planner.problemProperty().get();
        status.set(planner.validProperty().get() ? I18n.get("workspace.status.upToDate")
                : problem == null ? I18n.get("workspace.status.invalid")
                : I18n.get("workspace.status.invalidBecause", problem));
    }

    private void update() {
        Scenario now = new Scenario(name.get(), notes.get(), planner.inputsProperty().get(), unknownFields,
                planner.countrySource());
        content.set(now);
        unsaved.set(saved == null || !saved.equals(now));
        updateNames();
    }

    private void updateNames() {
        String shown = !name.get().isBlank() ? name.get().strip()
                : file.get() != null ? stem(file.get())
                : untitledNumber == 1 ? I18n.get("workspace.untitled")
                : I18n.get("workspace.untitled.numbered", untitledNumber);
        displayName.set(shown);
        tabText.set(unsaved.get() ? UNSAVED_MARK + " " + shown : shown);
        title.set(tabText.get() + " — " + AppInfo.name());
    }

    static String stem(Path file) {
        String fileName = file.getFileName().toString();
        return ScenarioFiles.hasExtension(file)
                ? fileName.substring(0, fileName.length() - ScenarioFiles.EXTENSION.length())
                : fileName;
    }

    /** After a save: the file now holds exactly {@code written}. */
    void markSaved(Path target, Scenario written) {
        saved = written;
        file.set(target);
        stamp = FileStamp.of(target);
        update();
    }

    /**
     * Whether its file was written by someone else since this window opened or saved it. False
     * when that cannot be known, such as for a scenario restored after a crash.
     */
    boolean fileChangedElsewhere() {
        FileStamp now = stamp == null || file.get() == null ? null : FileStamp.of(file.get());
        return now != null && !now.equals(stamp);
    }

    /** Every input, the plan and undo. */
    public PlannerViewModel planner() {
        return planner;
    }

    /** The scenario's name, as the planner typed it; may be empty. */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The file it was opened from or last saved to; null for one never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /**
     * The scenario as it would be saved now: name, notes, the last valid inputs, where their
     * figures came from, newer fields.
     */
    public ReadOnlyObjectProperty<Scenario> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public Scenario toScenario() {
        return content.get();
    }

    /** The plan on screen, e.g. for an export. */
    public SizingPlan getPlan() {
        return planner.getPlan();
    }

    /** Whether it holds changes that its file (or, never saved, no file) does not. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }

    /** Its name, or its file's name without .crvsplan, or "Untitled" in the window's language. */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    public String getDisplayName() {
        return displayName.get();
    }

    /** The display name, marked with • while unsaved. */
    public ReadOnlyStringProperty tabTextProperty() {
        return tabText.getReadOnlyProperty();
    }

    /** "• Pilot in 3 regions — CRVS Capacity Planner" */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the status line says about the plan: up to date, or what keeps it from updating. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Fields a newer version wrote that will not survive a save, named for the person. */
    public UnknownFields unknownFields() {
        return unknownFields;
    }

    /** Names this scenario's snapshot in the recovery folder. */
    String recoveryId() {
        return recoveryId;
    }

    /** Never edited since it was opened or created, and not from a file: safe to replace quietly. */
    boolean isPristine() {
        return file.get() == null && !unsaved.get() && !planner.history().canUndoProperty().get()
                && !planner.history().canRedoProperty().get();
    }
}
