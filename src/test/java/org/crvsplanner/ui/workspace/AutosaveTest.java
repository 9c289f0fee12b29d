package org.crvsplanner.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.RecoverySession;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.base.FakeDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of unsaved work and their restoring after a crash. Snapshots are written on the
 * calling thread here; the window writes them on a thread of their own.
 */
class AutosaveTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(null, dialogs);
    private RecoveryStore store;
    private Autosave autosave;

    @BeforeEach
    void autosave() {
        store = new RecoveryStore(dir.resolve("recovery"));
        autosave = new Autosave(workspace, store, Runnable::run, Runnable::run);
    }

    private List<String> snapshotNames() {
        return store.list().snapshots().stream().map(s -> s.scenario().name()).toList();
    }

    @Test
    @DisplayName("only unsaved scenarios get a snapshot, and saving or closing one drops it at once")
    void unsavedOnly() {
        ScenarioViewModel clean = workspace.newScenario();
        ScenarioViewModel edited = workspace.newScenario();
        edited.nameProperty().set("Edited");
        autosave.saveNow();
        assertThat(snapshotNames()).containsExactly("Edited");
        assertThat(store.list().snapshots().get(0).scenario()).isEqualTo(edited.toScenario());

        clean.planner().number(Inputs.HORIZON_YEARS).setValue(12);
        autosave.saveNow();
        assertThat(snapshotNames()).containsExactlyInAnyOrder("Edited", "");

        assertThat(workspace.saveTo(edited, dir.resolve("edited.crvsplan"))).isTrue();
        autosave.saveNow();
        assertThat(snapshotNames()).containsExactly("");

        dialogs.answer(WorkspaceQuestions.UNSAVED, WorkspaceQuestions.Unsaved.DISCARD);
        workspace.close(clean);
        assertThat(snapshotNames()).as("closing drops the snapshot without waiting").isEmpty();
    }

    @Test
    @DisplayName("a snapshot remembers the file the scenario belongs to, and is rewritten only when it changed")
    void fileAndRewrites() throws IOException {
        Path file = dir.resolve("pilot.crvsplan");
        ScenarioFiles.write(file, Scenario.of("Pilot", "", SizingInputs.defaults()));
        workspace.open(file);
        ScenarioViewModel pilot = workspace.getSelected();
        pilot.planner().number(Inputs.POPULATION).setValue(7_000_000);
        autosave.saveNow();
        assertThat(store.list().snapshots()).singleElement().satisfies(s -> assertThat(s.file()).contains(file));

        // Delete the snapshot behind autosave's back: an unchanged scenario is not written again…
        Path snapshot = dir.resolve("recovery").resolve(pilot.recoveryId() + ScenarioFiles.EXTENSION);
        Files.delete(snapshot);
        autosave.saveNow();
        assertThat(snapshot).doesNotExist();
        // …and a changed one is.
        pilot.planner().number(Inputs.POPULATION).setValue(7_100_000);
        autosave.saveNow();
        assertThat(snapshot).exists();
    }

    @Test
    @DisplayName("a snapshot that cannot be written is said in the status line, and tried again")
    void failure() throws IOException {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
        Autosave failing = new Autosave(workspace, new RecoveryStore(blocked), Runnable::run, Runnable::run);
        workspace.newScenario().nameProperty().set("Edited");

        failing.saveNow();
        assertThat(workspace.statusProperty().getValue()).startsWith("Autosave failed: ")
                .endsWith("Save your work with File › Save.");

        Files.delete(blocked);
        failing.saveNow();
        assertThat(workspace.statusProperty().getValue()).startsWith("Plan is up to date");
        assertThat(new RecoveryStore(blocked).list().snapshots()).hasSize(1);
    }

    @Test
    @DisplayName("after a crash, Restore opens every snapshot unsaved, keeps it in this run's folder, then deletes the leftovers")
    void restore() throws IOException {
        Path root = dir.resolve("sessions");
        Path original = dir.resolve("national.crvsplan");
        ScenarioFiles.write(original, Scenario.of("", "", SizingInputs.defaults()));
        RecoveryStore crashed = crashedSession(root);
        crashed.save("a", Scenario.of("Never saved", "", SizingInputs.builder().population(9_000_000).build()), null);
        crashed.save("b", Scenario.of("", "", SizingInputs.builder().horizonYears(20).build()), original);
        Path crashedFolder = root.resolve("session-crashed");

        RecoverySession running = RecoverySession.start(root);
        Autosave keeping = new Autosave(workspace, running.store(), Runnable::run, Runnable::run);
        RecoveryOffer offer = RecoveryOffer.find(running);
        assertThat(offer.items()).extracting(RecoveryOffer.Item::name)
                .containsExactlyInAnyOrder("Never saved", "national");
        assertThat(offer.items()).extracting(RecoveryOffer.Item::origin)
                .containsExactlyInAnyOrder("never saved", "unsaved changes to national.crvsplan in " + dir);

        offer.restore(workspace, () -> {
            keeping.saveNow();
            return true;
        });

        assertThat(workspace.scenarios()).hasSize(2).allSatisfy(s -> assertThat(s.isUnsaved()).isTrue());
        ScenarioViewModel national = workspace.scenarios().stream().filter(s -> original.equals(s.getFile()))
                .findFirst().orElseThrow();
        assertThat(national.getPlan().inputs().horizonYears()).isEqualTo(20);
        assertThat(national.getDisplayName()).isEqualTo("national");
        assertThat(running.store().list().snapshots()).hasSize(2);
        assertThat(crashedFolder).doesNotExist();
        assertThat(RecoveryOffer.find(running).isEmpty()).isTrue();
        running.close();
    }

    @Test
    @DisplayName("a snapshot whose file was replaced, or that points at another file, is restored untied: Save asks where")
    void restoreDoesNotTrustTheSnapshot() throws IOException {
        Path root = dir.resolve("sessions");
        Path replaced = dir.resolve("replaced.crvsplan");
        ScenarioFiles.write(replaced, Scenario.of("", "", SizingInputs.defaults()));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not a scenario, and not ours to overwrite");
        RecoveryStore crashed = crashedSession(root);
        crashed.save("a", Scenario.of("", "", SizingInputs.builder().horizonYears(20).build()), replaced);
        // Another program writes the file after the snapshot: it is no longer the file the snapshot knew.
        ScenarioFiles.write(replaced, Scenario.of("theirs", "", SizingInputs.defaults()));
        // A crafted snapshot that claims the victim, with the victim's very identity.
        Path crafted = root.resolve("session-crashed").resolve("b.crvsplan");
        Files.writeString(crafted, "{\"schemaVersion\":\"1.0\",\"name\":\"crafted\",\"recoverySnapshot\":"
                + "{\"file\":\"" + victim + "\",\"savedAt\":\"2026-11-25T10:00:00Z\"}}");
        RecoverySession running = RecoverySession.start(root);
        RecoveryOffer offer = RecoveryOffer.find(running);
        assertThat(offer.items()).extracting(RecoveryOffer.Item::origin).containsExactlyInAnyOrder(
                "unsaved changes to replaced.crvsplan in " + dir, "unsaved changes to victim.txt in " + dir);

        offer.restore(workspace, () -> true);

        assertThat(workspace.scenarios()).hasSize(2).allSatisfy(s -> assertThat(s.getFile()).isNull());
        ScenarioViewModel restored = workspace.scenarios().stream()
                .filter(s -> s.getPlan().inputs().horizonYears() == 20).findFirst().orElseThrow();
        assertThat(restored.getDisplayName()).as("named after the file it came from").isEqualTo("replaced");
        for (ScenarioViewModel scenario : List.copyOf(workspace.scenarios())) {
            assertThat(workspace.save(scenario)).as("Save with no target chosen").isFalse();
        }
        assertThat(dialogs.asked).satisfiesExactlyInAnyOrder(
                asked -> assertThat(asked).startsWith("save as: ").contains("replaced"),
                asked -> assertThat(asked).startsWith("save as: ").contains("crafted"));
        assertThat(Files.readString(victim)).isEqualTo("not a scenario, and not ours to overwrite");
        assertThat(ScenarioFiles.read(replaced).name()).isEqualTo("theirs");
        running.close();
    }

    @Test
    @DisplayName("Discard deletes the leftovers; Not now keeps them for the next start")
    void discardAndLater() throws IOException {
        Path root = dir.resolve("sessions");
        crashedSession(root).save("a", Scenario.of("Kept", "", SizingInputs.defaults()), null);
        RecoverySession running = RecoverySession.start(root);

        RecoveryOffer first = RecoveryOffer.find(running);
        assertThat(first.items()).extracting(RecoveryOffer.Item::savedAt).singleElement().asString()
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        first.later();
        RecoveryOffer second = RecoveryOffer.find(running);
        assertThat(second.items()).extracting(RecoveryOffer.Item::name).containsExactly("Kept");
        second.discard();
        assertThat(RecoveryOffer.find(running).isEmpty()).isTrue();
        assertThat(workspace.scenarios()).isEmpty();
        running.close();
    }

    /**
     * What a planner that crashed leaves: its session folder with snapshots and an owner file
     * that no process locks any more. A real killed process is in RecoverySessionTest.
     */
    private static RecoveryStore crashedSession(Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("session-crashed"));
        Files.writeString(folder.resolve("owner.lock"), "a planner that crashed");
        return new RecoveryStore(folder);
    }
}
