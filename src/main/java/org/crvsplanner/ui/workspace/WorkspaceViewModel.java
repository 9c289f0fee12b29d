package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecentFiles;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFileException;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open scenarios, one tab each, and what the File menu does with them: new, open, save, close,
 * the recent files, and the questions to ask before unsaved work could be lost. Menus act on the
 * {@linkplain #selectedProperty() selected} scenario.
 */
public final class WorkspaceViewModel {
    private final ObservableList<ScenarioViewModel> scenarios = FXCollections.observableArrayList();
    private final ObservableList<ScenarioViewModel> readOnlyScenarios =
            FXCollections.unmodifiableObservableList(scenarios);
    private final ObjectProperty<ScenarioViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final RecentList recent;
    private final ObservableValue<String> title;
    private final ObservableValue<Boolean> canUndo;
    private final ObservableValue<Boolean> canRedo;
    /** Why snapshots are not being written, kept as a key and a reason so it follows the language. */
    /** The reason is worded again when the language changes. */
    private record AutosaveProblem(String key, Wording.Phrase reason) {
    }

    private final ReadOnlyObjectWrapper<ObservableValue<String>> fileEvent =
            new ReadOnlyObjectWrapper<>(this, "fileEvent");
    private final ObjectProperty<AutosaveProblem> autosaveProblem = new SimpleObjectProperty<>(this, "autosaveProblem");
    private final ObservableValue<String> status;
    private final ReadOnlyObjectWrapper<SizingPlan> selectedPlan =
            new ReadOnlyObjectWrapper<>(this, "selectedPlan", SizingEngine.plan(SizingInputs.defaults()));
    private final ObservableValue<SizingPlan> followedPlan;
    private final DialogService dialogs;
    private final WorkspaceQuestions questions;
    private int untitled;

    /**
     * @param recentFiles where Open Recent is kept; null to keep none
     * @param dialogs where the workspace tells and asks the person things
     */
    public WorkspaceViewModel(RecentFiles recentFiles, DialogService dialogs) {
        this.recent = new RecentList(recentFiles);
        this.dialogs = requireNonNull(dialogs, "dialogs");
        this.questions = new WorkspaceQuestions(dialogs);
        title = selected.flatMap(ScenarioViewModel::titleProperty).orElse(AppInfo.name());
        canUndo = selected.flatMap(s -> s.planner().history().canUndoProperty()).orElse(false);
        canRedo = selected.flatMap(s -> s.planner().history().canRedoProperty()).orElse(false);
        ObservableValue<String> planStatus = selected.flatMap(ScenarioViewModel::statusProperty);
        status = Bindings.createStringBinding(() -> {
            AutosaveProblem problem = autosaveProblem.get();
            return problem != null ? I18n.get(problem.key(), problem.reason())
                    : planStatus.getValue() != null ? planStatus.getValue()
                    : I18n.get("workspace.status.noScenario");
        }, autosaveProblem, planStatus, I18n.languageProperty());
        // The plan of the tab in front, kept when no tab is, for views that always need one.
        followedPlan = selected.flatMap(s -> s.planner().planProperty());
        followedPlan.addListener((obs, old, now) -> {
            if (now != null) {
                selectedPlan.set(now);
            }
        });
    }

    /** A workspace around one planner, with no files and no recent list: for benchmarks. */
    public static WorkspaceViewModel around(PlannerViewModel planner, DialogService dialogs) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(null, dialogs);
        Scenario scenario = Scenario.of(planner.inputsProperty().get()).withCountrySource(planner.countrySource());
        workspace.add(new ScenarioViewModel(planner, scenario, null, scenario, workspace.nextUntitled()));
        return workspace;
    }

    private void tell(Notice.Kind kind, String title, String message) {
        dialogs.show(new Notice(kind, title, message));
    }

    /** Numbers the untitled scenarios of this window: "Untitled", "Untitled 2"… */
    private int nextUntitled() {
        return ++untitled;
    }

    /** File › New: the default inputs, untitled. */
    public ScenarioViewModel newScenario() {
        Scenario scenario = Scenario.of(SizingInputs.defaults());
        ScenarioViewModel created = new ScenarioViewModel(scenario, null, scenario, nextUntitled());
        add(created);
        return created;
    }

    private void add(ScenarioViewModel scenario) {
        scenarios.add(scenario);
        selected.set(scenario);
    }

    /**
     * Opens a scenario file in a new tab, or shows its tab when it is open already. A broken file
     * gets one message naming it and what is wrong, and nothing else changes.
     *
     * @return whether the scenario is now open
     */
    public boolean open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Optional<ScenarioViewModel> open = find(path);
        if (open.isPresent()) {
            selected.set(open.get());
            return true;
        }
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(path);
        } catch (ScenarioFileException e) {
            tell(Notice.Kind.ERROR, I18n.get("workspace.open.failed.title", path.getFileName()),
                    I18n.get("workspace.open.failed", e.file(), sentence(e.problem(I18n.wording()))));
            if (!Files.exists(path)) {
                recent.forget(path);
            }
            return false;
        }
        // A scenario from a file is named after it, never "Untitled".
        ScenarioViewModel opened = new ScenarioViewModel(scenario, path, scenario, 1);
        replacePristine(opened);
        recent.remember(path);
        fileEvent.set(I18n.text("workspace.event.opened", path.getFileName()));
        List<String> dropped = scenario.unknownFields().dropped();
        if (!dropped.isEmpty()) {
            tell(Notice.Kind.WARNING, I18n.get("workspace.open.newer.title", path.getFileName()),
                    I18n.plural("workspace.open.newer", dropped.size(), path.getFileName(),
                            String.join(", ", dropped)));
        }
        return true;
    }

    /** A new tab that takes the place of an untouched, untitled one, as editors do. */
    private void replacePristine(ScenarioViewModel incoming) {
        ScenarioViewModel pristine = scenarios.size() == 1 && scenarios.get(0).isPristine() ? scenarios.get(0) : null;
        add(incoming);
        if (pristine != null) {
            scenarios.remove(pristine);
        }
    }

    /** Opens each file in turn, e.g. those given on the command line; problems are told one by one. */
    public void openAll(List<Path> files) {
        files.forEach(this::open);
    }

    /** File › Open…: asks which files, then opens each in a tab. */
    public void openChosen() {
        openAll(questions.filesToOpen());
    }

    /** Files dropped on the window: scenario files open, anything else gets one message. */
    public void openDropped(List<Path> files) {
        List<String> others = new ArrayList<>();
        for (Path file : files) {
            if (ScenarioFiles.hasExtension(file) && !Files.isDirectory(file)) {
                open(file);
            } else {
                others.add(String.valueOf(file.getFileName()));
            }
        }
        if (!others.isEmpty()) {
            tell(Notice.Kind.WARNING, I18n.plural("workspace.drop.title", others.size()),
                    I18n.plural("workspace.drop", others.size(), String.join(", ", others), ScenarioFiles.EXTENSION));
        }
    }

    /**
     * Scenarios restored after a crash: unsaved, and tied to their file only when the snapshot's
     * file is certainly still that file ({@link RecoveryStore.Snapshot#file()}). Otherwise Save
     * asks where, and an unnamed scenario keeps the name of the file it came from.
     */
    public void restore(List<RecoveryStore.Snapshot> snapshots) {
        for (RecoveryStore.Snapshot snapshot : snapshots) {
            Scenario scenario = snapshot.scenario();
            if (snapshot.file().isEmpty() && scenario.name().isBlank() && snapshot.claimedFile().isPresent()) {
                scenario = scenario.withName(ScenarioViewModel.stem(snapshot.claimedFile().get()));
            }
            replacePristine(new ScenarioViewModel(scenario, snapshot.file().orElse(null), null, nextUntitled()));
        }
    }

    /**
     * File › Save: to its file, or asks where when it has none. When someone else wrote the file
     * since this window opened or saved it, asks before replacing their work.
     */
    public boolean save(ScenarioViewModel scenario) {
        if (scenario.getFile() == null) {
            return saveAs(scenario);
        }
        if (scenario.fileChangedElsewhere() && !questions.replaceChanged(scenario.getFile())) {
            return false;
        }
        return saveTo(scenario, scenario.getFile());
    }

    /** File › Save As…: asks where, adding .crvsplan to the name when it is missing. */
    public boolean saveAs(ScenarioViewModel scenario) {
        Path chosen = questions.saveTarget(scenario);
        if (chosen == null) {
            return false;
        }
        Path target = ScenarioFiles.withExtension(chosen);
        if (!target.equals(chosen) && Files.exists(target) && !questions.replace(target)) {
            return false;
        }
        return saveTo(scenario, target);
    }

    /**
     * Saves atomically. A failure leaves the file as it was and the scenario open and unsaved,
     * with a message that names the file.
     */
    public boolean saveTo(ScenarioViewModel scenario, Path target) {
        Path path = target.toAbsolutePath().normalize();
        Optional<ScenarioViewModel> other = find(path).filter(o -> o != scenario);
        if (other.isPresent()) {
            tell(Notice.Kind.ERROR, I18n.get("workspace.save.failed.title", path.getFileName()),
                    I18n.get("workspace.save.openElsewhere", path.getFileName(), other.get().getDisplayName()));
            return false;
        }
        Scenario written = scenario.toScenario();
        try {
            ScenarioFiles.write(path, written);
        } catch (FileProblem e) {
            tell(Notice.Kind.ERROR, I18n.get("workspace.save.failed.title", path.getFileName()),
                    I18n.get("workspace.save.failed", path, sentence(e.problem(I18n.wording()))));
            return false;
        }
        scenario.markSaved(path, written);
        recent.remember(path);
        fileEvent.set(I18n.text("workspace.event.saved", path.getFileName()));
        return true;
    }

    /**
     * File › Close: asks first when the scenario is unsaved.
     *
     * @return false when the person cancelled, or the save they asked for did not happen
     */
    public boolean close(ScenarioViewModel scenario) {
        if (!settle(scenario)) {
            return false;
        }
        int index = scenarios.indexOf(scenario);
        scenarios.remove(scenario);
        if (selected.get() == scenario || selected.get() == null) {
            selected.set(scenarios.isEmpty() ? null : scenarios.get(Math.max(0, index - 1)));
        }
        return true;
    }

    /**
     * Before quitting: asks about each unsaved scenario in turn, showing its tab. Nothing is
     * closed here, so a Cancel part-way keeps every scenario as it was, saved ones included.
     *
     * @return whether quitting may go on
     */
    public boolean settleAll() {
        for (ScenarioViewModel scenario : List.copyOf(scenarios)) {
            if (scenario.isUnsaved()) {
                selected.set(scenario);
                if (!settle(scenario)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean settle(ScenarioViewModel scenario) {
        if (!scenario.isUnsaved()) {
            return true;
        }
        return switch (questions.unsavedChanges(scenario)) {
            case SAVE -> save(scenario);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private Optional<ScenarioViewModel> find(Path file) {
        return scenarios.stream().filter(s -> file.equals(s.getFile())).findFirst();
    }

    /** The unsaved scenarios, in tab order. */
    public List<ScenarioViewModel> unsaved() {
        return scenarios.stream().filter(ScenarioViewModel::isUnsaved).toList();
    }

    /** Brings the next tab (or, with -1, the previous one) to the front, going round. */
    public void selectNext(int step) {
        if (scenarios.isEmpty()) {
            return;
        }
        int at = scenarios.indexOf(selected.get());
        selected.set(scenarios.get(Math.floorMod(at + step, scenarios.size())));
    }

    public void undo() {
        if (selected.get() != null) {
            selected.get().planner().history().undo();
        }
    }

    public void redo() {
        if (selected.get() != null) {
            selected.get().planner().history().redo();
        }
    }

    /** Re-reads the recent files, dropping those that no longer exist; e.g. when the menu opens. */
    public void refreshRecent() {
        recent.refresh();
    }

    public void clearRecent() {
        recent.clear();
    }

    /** The open scenarios in tab order. */
    public ObservableList<ScenarioViewModel> scenarios() {
        return readOnlyScenarios;
    }

    /** The scenario of the tab in front, which the menus act on; null when none is open. */
    public ObjectProperty<ScenarioViewModel> selectedProperty() {
        return selected;
    }

    public ScenarioViewModel getSelected() {
        return selected.get();
    }

    /** The last scenario files opened or saved, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    /** The window title: the selected scenario's, or the application's name. */
    public ObservableValue<String> titleProperty() {
        return title;
    }

    /** The plan of the scenario in front; the last one shown while no scenario is open. */
    public ReadOnlyObjectProperty<SizingPlan> selectedPlanProperty() {
        return selectedPlan.getReadOnlyProperty();
    }

    /**
     * The last file saved or opened, worded in the language of the moment: a new value each time,
     * even for the same file, so that it takes the place of an older event in the status bar.
     */
    public ReadOnlyObjectProperty<ObservableValue<String>> fileEventProperty() {
        return fileEvent.getReadOnlyProperty();
    }

    /** The status line: an autosave that failed, or what the selected scenario's plan is. */
    public ObservableValue<String> statusProperty() {
        return status;
    }

    /**
     * Shows in the status line that snapshots are not being written.
     *
     * @param key the text of the workspace's bundle that says so, with {0} for the reason
     * @param reason what went wrong, e.g. a file problem's message
     */
    public void setAutosaveProblem(String key, String reason) {
        requireNonNull(reason, "reason");
        autosaveProblem.set(new AutosaveProblem(requireNonNull(key, "key"), wording -> reason));
    }

    /** As {@link #setAutosaveProblem(String, String)}, with the file problem in the window's language. */
    public void setAutosaveProblem(String key, FileProblem problem) {
        autosaveProblem.set(new AutosaveProblem(requireNonNull(key, "key"), requireNonNull(problem, "problem")::message));
    }

    /** Snapshots are being written again. */
    public void clearAutosaveProblem() {
        autosaveProblem.set(null);
    }

    public ObservableValue<Boolean> canUndoProperty() {
        return canUndo;
    }

    public ObservableValue<Boolean> canRedoProperty() {
        return canRedo;
    }
}
