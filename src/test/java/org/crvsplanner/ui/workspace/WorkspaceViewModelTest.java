package org.crvsplanner.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecentFiles;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workspace.WorkspaceQuestions.Unsaved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's logic and the unsaved marker, without a window. */
class WorkspaceViewModelTest {
    private static final String APP = " — CRVS Capacity Planner";

    @TempDir
    Path dir;
    private WorkspaceViewModel workspace;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Notice> notices = dialogs.notices;

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceViewModel(new RecentFiles(dir.resolve("app-data")), dialogs);
    }

    private Path file(String name, Scenario scenario) {
        Path file = dir.resolve(name);
        ScenarioFiles.write(file, scenario);
        return file;
    }

    private static Path resource(String name) {
        try {
            return Path.of(WorkspaceViewModelTest.class.getResource("/org/crvsplanner/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a new scenario is untitled and saved; an edit marks it in the tab and title, undo clears it")
    void unsavedMarker() {
        ScenarioViewModel scenario = workspace.newScenario();
        assertThat(scenario.isUnsaved()).isFalse();
        assertThat(workspace.titleProperty().getValue()).isEqualTo("Untitled" + APP);

        scenario.planner().number(Inputs.POPULATION).setValue(8_000_000);
        assertThat(scenario.isUnsaved()).isTrue();
        assertThat(scenario.tabTextProperty().get()).isEqualTo("• Untitled");
        assertThat(workspace.titleProperty().getValue()).isEqualTo("• Untitled" + APP);

        workspace.undo();
        assertThat(scenario.isUnsaved()).as("back to what it was is not a change").isFalse();
        assertThat(workspace.titleProperty().getValue()).isEqualTo("Untitled" + APP);

        scenario.nameProperty().set("Pilot in 3 regions");
        assertThat(workspace.titleProperty().getValue()).isEqualTo("• Pilot in 3 regions" + APP);
        scenario.nameProperty().set("");
        scenario.notesProperty().set("asked by the ministry");
        assertThat(scenario.isUnsaved()).isTrue();
        assertThat(workspace.newScenario().getDisplayName()).isEqualTo("Untitled 2");
    }

    @Test
    @DisplayName("save writes the scenario, clears the marker, names the tab after the file and remembers it")
    void save() {
        ScenarioViewModel scenario = workspace.newScenario();
        scenario.planner().number(Inputs.POPULATION).setValue(8_000_000);
        scenario.notesProperty().set("two regions first");
        Path target = dir.resolve("pilot");
        dialogs.saveTo(target);

        assertThat(workspace.save(scenario)).isTrue();

        Path saved = dir.resolve("pilot.crvsplan");
        assertThat(ScenarioFiles.read(saved)).isEqualTo(scenario.toScenario());
        assertThat(scenario.getFile()).isEqualTo(saved);
        assertThat(scenario.isUnsaved()).isFalse();
        assertThat(workspace.titleProperty().getValue()).isEqualTo("pilot" + APP);
        assertThat(workspace.recentFiles()).containsExactly(saved);
        assertThat(dialogs.asked).containsExactly("save as: Untitled.crvsplan");

        scenario.planner().number(Inputs.HORIZON_YEARS).setValue(8);
        assertThat(workspace.save(scenario)).as("a file is known now: no question").isTrue();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(ScenarioFiles.read(saved).inputs().horizonYears()).isEqualTo(8);
        assertThat(notices).isEmpty();
    }

    @Test
    @DisplayName("a file another copy of the planner saved meanwhile is replaced only when the person says so")
    void fileChangedElsewhere() throws Exception {
        Path shared = file("shared.crvsplan", Scenario.of("ours", "", SizingInputs.defaults()));
        assertThat(workspace.open(shared)).isTrue();
        ScenarioViewModel ours = workspace.scenarios().get(0);

        WorkspaceViewModel otherCopy = new WorkspaceViewModel(new RecentFiles(dir.resolve("other-app-data")),
                new FakeDialogs());
        assertThat(otherCopy.open(shared)).isTrue();
        ScenarioViewModel theirs = otherCopy.scenarios().get(0);
        theirs.planner().number(Inputs.POPULATION).setValue(44_000_000);
        assertThat(otherCopy.save(theirs)).as("nobody wrote it since they opened it").isTrue();
        // Two saves within the file system's clock step must still tell apart.
        Files.setLastModifiedTime(shared, FileTime.fromMillis(Files.getLastModifiedTime(shared).toMillis() + 10_000));

        ours.planner().number(Inputs.POPULATION).setValue(9_000_000);
        dialogs.answer(WorkspaceQuestions.REPLACE_CHANGED, false);
        assertThat(workspace.save(ours)).isFalse();
        assertThat(dialogs.asked).containsExactly(
                "replace-changed: shared.crvsplan was changed since you opened or saved it here. Replace it?");
        assertThat(ScenarioFiles.read(shared).inputs().population()).as("their work kept").isEqualTo(44_000_000);
        assertThat(ours.isUnsaved()).isTrue();

        dialogs.answer(WorkspaceQuestions.REPLACE_CHANGED, true);
        assertThat(workspace.save(ours)).isTrue();
        assertThat(ScenarioFiles.read(shared).inputs().population()).isEqualTo(9_000_000);

        ours.planner().number(Inputs.HORIZON_YEARS).setValue(9);
        assertThat(workspace.save(ours)).isTrue();
        assertThat(dialogs.asked).as("our own save is not someone else's").hasSize(2);
    }

    @Test
    @DisplayName("Save As adds .crvsplan and asks before replacing a file the save dialog did not ask about")
    void saveAsReplace() {
        Path existing = file("national.crvsplan", Scenario.of("old", "", SizingInputs.defaults()));
        ScenarioViewModel scenario = workspace.newScenario();
        scenario.planner().number(Inputs.POPULATION).setValue(8_000_000);

        dialogs.saveTo(dir.resolve("national")).answer(WorkspaceQuestions.REPLACE, false);
        assertThat(workspace.saveAs(scenario)).isFalse();
        assertThat(dialogs.asked).contains("replace: national.crvsplan already exists. Replace it?");
        assertThat(ScenarioFiles.read(existing).name()).isEqualTo("old");

        dialogs.saveTo(dir.resolve("national")).answer(WorkspaceQuestions.REPLACE, true);
        assertThat(workspace.saveAs(scenario)).isTrue();
        assertThat(ScenarioFiles.read(existing).inputs().population()).isEqualTo(8_000_000);

        assertThat(workspace.saveAs(scenario)).as("cancelled in the save dialog").isFalse();
    }

    @Test
    @DisplayName("opening shows the file's scenario, replaces an untouched untitled tab, and selects an open one")
    void open() {
        Scenario pilot = Scenario.of("Pilot", "notes", SizingInputs.builder().population(5_000_000)
                .stage(DeploymentStage.PILOT).build());
        Path file = file("pilot.crvsplan", pilot);
        workspace.newScenario();

        assertThat(workspace.open(file)).isTrue();
        assertThat(workspace.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.toScenario()).isEqualTo(pilot);
            assertThat(s.getPlan().inputs()).isEqualTo(pilot.inputs());
            assertThat(s.isUnsaved()).isFalse();
            assertThat(s.planner().history().canUndoProperty().get()).isFalse();
        });
        assertThat(workspace.titleProperty().getValue()).isEqualTo("Pilot" + APP);

        ScenarioViewModel other = workspace.newScenario();
        assertThat(workspace.getSelected()).isSameAs(other);
        assertThat(workspace.open(file)).isTrue();
        assertThat(workspace.scenarios()).hasSize(2);
        assertThat(workspace.getSelected().getFile()).isEqualTo(file);
        assertThat(workspace.recentFiles()).containsExactly(file);
        WorkspaceViewModel nextStart = new WorkspaceViewModel(new RecentFiles(dir.resolve("app-data")), dialogs);
        nextStart.refreshRecent();
        assertThat(nextStart.recentFiles()).as("kept for the next start").containsExactly(file);
    }

    @Test
    @DisplayName("a broken file gets the reader's one-line message and changes nothing")
    void openBroken() {
        ScenarioViewModel before = workspace.newScenario();
        Path broken = resource("broken/out-of-range-population.crvsplan");

        assertThat(workspace.open(broken)).isFalse();

        assertThat(workspace.scenarios()).containsExactly(before);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.ERROR);
            assertThat(n.title()).isEqualTo("Cannot open out-of-range-population.crvsplan");
            assertThat(n.message()).startsWith("Cannot open " + broken).contains("population").doesNotContain("\n")
                    .endsWith("Nothing was changed in the planner.");
        });
    }

    @Test
    @DisplayName("a missing recent file is said to be missing and leaves the recent list")
    void missingRecent() throws IOException {
        Path file = file("gone.crvsplan", Scenario.of(SizingInputs.defaults()));
        workspace.open(file);
        workspace.close(workspace.getSelected());
        Files.delete(file);
        assertThat(workspace.recentFiles()).contains(file);

        workspace.open(dir.resolve("gone.crvsplan"));
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.message()).contains("no such file"));
        assertThat(workspace.recentFiles()).doesNotContain(file);
    }

    @Test
    @DisplayName("in French, a missing or broken file is told wholly in French, with its line and figures")
    void openFailsInFrench() {
        Path missing = dir.resolve("plan.crvsplan");
        Path broken = resource("broken/out-of-range-population.crvsplan");
        try {
            I18n.setLanguage(Language.FRENCH);
            assertThat(workspace.open(missing)).isFalse();
            assertThat(workspace.open(broken)).isFalse();
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).title()).isEqualTo("Impossible d’ouvrir plan.crvsplan");
        assertThat(notices.get(0).message()).isEqualTo("Impossible d’ouvrir " + missing
                + "\u00A0: ce fichier n’existe pas. Rien n’a été modifié dans le planificateur.");
        assertThat(notices.get(1).message()).startsWith("Impossible d’ouvrir " + broken
                + "\u00A0: ligne 6, colonne 19\u00A0: inputs.population doit se situer entre 1 et 2\u202F000\u202F000\u202F000\u00A0habitants")
                .doesNotContain("Cannot", "must", "got");
    }

    @Test
    @DisplayName("an autosave that fails is reworded in the status line when the language changes")
    void autosaveProblemFollowsTheLanguage() {
        Path target = dir.resolve("gone").resolve("snapshot.crvsplan");
        FileProblem problem = catchThrowableOfType(() -> ScenarioFiles.write(target, Scenario.of(SizingInputs.defaults())),
                FileProblem.class);
        workspace.setAutosaveProblem("workspace.autosave.failed", problem);
        assertThat(workspace.statusProperty().getValue()).contains("Cannot use " + target + ": the folder");
        try {
            I18n.setLanguage(Language.FRENCH);
            assertThat(workspace.statusProperty().getValue())
                    .startsWith("La sauvegarde automatique a échoué\u00A0: Impossible d’utiliser " + target
                            + "\u00A0: le dossier " + dir.resolve("gone") + " n’existe pas.");
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    @DisplayName("fields of a newer version that a save would drop are named when the file opens")
    void droppedFields() {
        assertThat(workspace.open(resource("valid/newer-minor.crvsplan"))).isTrue();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.WARNING);
            assertThat(n.message()).contains("inputs.otherEvents[0].colour").contains("will drop");
        });
        assertThat(workspace.getSelected().isUnsaved()).isFalse();
    }

    @Test
    @DisplayName("dropped files: scenario files open; anything else gets one message naming it")
    void dropped() throws IOException {
        Path scenario = file("pilot.crvsplan", Scenario.of("Pilot", "", SizingInputs.defaults()));
        Path pdf = Files.writeString(dir.resolve("budget.pdf"), "%PDF");

        workspace.openDropped(List.of(pdf, scenario, dir));

        assertThat(workspace.scenarios()).extracting(ScenarioViewModel::getDisplayName).containsExactly("Pilot");
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.message())
                .startsWith("budget.pdf, " + dir.getFileName() + " are not scenario files").contains(".crvsplan"));
    }

    @Test
    @DisplayName("closing an unsaved scenario asks first: Cancel keeps it, Don't Save closes, Save saves then closes")
    void closeAsks() {
        ScenarioViewModel first = workspace.newScenario();
        first.planner().number(Inputs.POPULATION).setValue(8_000_000);

        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.CANCEL);
        assertThat(workspace.close(first)).isFalse();
        assertThat(workspace.scenarios()).containsExactly(first);
        assertThat(first.isUnsaved()).isTrue();

        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.SAVE);
        assertThat(workspace.close(first)).as("save dialog cancelled").isFalse();
        assertThat(workspace.scenarios()).containsExactly(first);

        Path target = dir.resolve("first.crvsplan");
        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.SAVE).saveTo(target);
        assertThat(workspace.close(first)).isTrue();
        assertThat(ScenarioFiles.read(target).inputs().population()).isEqualTo(8_000_000);
        assertThat(workspace.scenarios()).isEmpty();
        assertThat(workspace.getSelected()).isNull();
        assertThat(workspace.titleProperty().getValue()).isEqualTo("CRVS Capacity Planner");

        ScenarioViewModel second = workspace.newScenario();
        second.nameProperty().set("throw-away");
        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.DISCARD);
        assertThat(workspace.close(second)).isTrue();
        ScenarioViewModel clean = workspace.newScenario();
        assertThat(workspace.close(clean)).as("nothing unsaved: no question").isTrue();
    }

    @Test
    @DisplayName("quitting asks about each unsaved scenario in turn, and a Cancel keeps all of them")
    void settleAll() {
        ScenarioViewModel a = workspace.newScenario();
        ScenarioViewModel clean = workspace.newScenario();
        ScenarioViewModel b = workspace.newScenario();
        a.nameProperty().set("A");
        b.nameProperty().set("B");

        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.DISCARD, Unsaved.CANCEL);
        assertThat(workspace.settleAll()).isFalse();
        assertThat(dialogs.asked).containsExactly("unsaved: Save the changes to \"A\" before closing?",
                "unsaved: Save the changes to \"B\" before closing?");
        assertThat(workspace.scenarios()).containsExactly(a, clean, b);
        assertThat(workspace.getSelected()).as("the tab asked about is in front").isSameAs(b);

        dialogs.asked.clear();
        dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.DISCARD, Unsaved.DISCARD);
        assertThat(workspace.settleAll()).isTrue();
        assertThat(dialogs.asked).containsExactly("unsaved: Save the changes to \"A\" before closing?",
                "unsaved: Save the changes to \"B\" before closing?");
    }

    @Test
    @DisplayName("a failed save names the file and the problem, and the scenario stays unsaved")
    void saveFails() throws IOException {
        ScenarioViewModel scenario = workspace.newScenario();
        scenario.nameProperty().set("Pilot");
        Path folder = Files.createDirectory(dir.resolve("taken.crvsplan"));

        assertThat(workspace.saveTo(scenario, folder)).isFalse();

        assertThat(scenario.isUnsaved()).isTrue();
        assertThat(scenario.getFile()).isNull();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.ERROR);
            assertThat(n.message()).startsWith("Cannot save " + folder + ": it is a folder, not a file.");
        });
    }

    @Test
    @DisplayName("a file open in another tab is not overwritten from this one")
    void saveOverOpenFile() {
        Path file = file("pilot.crvsplan", Scenario.of("Pilot", "", SizingInputs.defaults()));
        workspace.open(file);
        ScenarioViewModel other = workspace.newScenario();
        other.nameProperty().set("Other");

        assertThat(workspace.saveTo(other, file)).isFalse();
        assertThat(ScenarioFiles.read(file).name()).isEqualTo("Pilot");
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.message()).contains("open in another tab"));
    }

    @Test
    @DisplayName("Clear empties the recent files, also for the next start")
    void clearRecent() {
        Path file = file("pilot.crvsplan", Scenario.of(SizingInputs.defaults()));
        workspace.open(file);
        workspace.clearRecent();
        assertThat(workspace.recentFiles()).isEmpty();
        WorkspaceViewModel next = new WorkspaceViewModel(new RecentFiles(dir.resolve("app-data")), dialogs);
        next.refreshRecent();
        assertThat(next.recentFiles()).isEmpty();
    }

    @Test
    @DisplayName("a scenario's name becomes a file name the save dialog offers")
    void offeredFileName() {
        assertThat(WorkspaceQuestions.fileName("Pilot: 3 regions / 10 years")).isEqualTo("Pilot- 3 regions - 10 years.crvsplan");
        assertThat(WorkspaceQuestions.fileName("..")).isEqualTo("scenario.crvsplan");
    }

    @Test
    @DisplayName("a change of language renames the untitled tabs and rewords the status line at once")
    void followsTheLanguage() {
        ScenarioViewModel first = workspace.newScenario();
        ScenarioViewModel second = workspace.newScenario();
        second.planner().number(Inputs.POPULATION).setValue(8_000_000);
        try {
            I18n.setLanguage(Language.FRENCH);
            assertThat(first.getDisplayName()).isEqualTo("Sans titre");
            assertThat(second.tabTextProperty().get()).isEqualTo("• Sans titre 2");
            assertThat(workspace.titleProperty().getValue()).isEqualTo("• Sans titre 2" + APP);
            assertThat(workspace.statusProperty().getValue()).startsWith("Le plan est à jour.");
            assertThat(second.isUnsaved()).isTrue();
            assertThat(first.isUnsaved()).as("a new name is not a change to the scenario").isFalse();

            workspace.close(first);
            dialogs.answer(WorkspaceQuestions.UNSAVED, Unsaved.DISCARD);
            workspace.close(second);
            assertThat(workspace.statusProperty().getValue()).startsWith("Aucun scénario n’est ouvert.");
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
        assertThat(workspace.statusProperty().getValue()).startsWith("No scenario is open.");
    }

    @Test
    @DisplayName("a closed scenario is not kept alive by the window's language")
    void closedScenarioIsReleased() throws InterruptedException {
        ScenarioViewModel scenario = workspace.newScenario();
        WeakReference<ScenarioViewModel> closed = new WeakReference<>(scenario);
        workspace.close(scenario);
        scenario = null;
        for (int i = 0; i < 50 && closed.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(closed.get()).isNull();
    }
}
