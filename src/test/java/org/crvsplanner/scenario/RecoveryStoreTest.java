package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("snapshots are listed newest first with their file, time and the scenario as it was")
    void saveAndList() {
        Path folder = dir.resolve("recovery");
        Scenario untitled = Samples.pilot().withName("");
        Scenario named = ScenarioFiles.read(Samples.path("valid/newer-minor.crvsplan"));
        new RecoveryStore(folder, Clock.fixed(NINE, ZoneOffset.UTC)).save("a", untitled, null);
        Path original = dir.resolve("plans").resolve("national.crvsplan");
        new RecoveryStore(folder, Clock.fixed(TEN, ZoneOffset.UTC)).save("b", named, original);

        RecoveryStore.Listing listing = new RecoveryStore(folder).list();
        assertThat(listing.unreadable()).isEmpty();
        assertThat(listing.snapshots()).extracting(RecoveryStore.Snapshot::id).containsExactly("b", "a");
        RecoveryStore.Snapshot newest = listing.snapshots().get(0);
        assertThat(newest.savedAt()).isEqualTo(TEN);
        assertThat(newest.claimedFile()).contains(original);
        // There is no such file (any more), so the restored scenario is not tied to it.
        assertThat(newest.file()).isEmpty();
        // The snapshot's own mark is gone and the newer version's fields are still there. The event
        // field the original reading listed as dropped was indeed dropped when the snapshot was saved.
        UnknownFields kept = named.unknownFields();
        assertThat(kept.dropped()).isNotEmpty();
        assertThat(newest.scenario())
                .isEqualTo(named.withUnknownFields(UnknownFields.of(kept.topLevel(), kept.inputs(), List.of())));
        RecoveryStore.Snapshot oldest = listing.snapshots().get(1);
        assertThat(oldest.file()).isEmpty();
        assertThat(oldest.claimedFile()).isEmpty();
        assertThat(oldest.savedAt()).isEqualTo(NINE);
        assertThat(oldest.scenario()).isEqualTo(untitled);
    }

    @Test
    @DisplayName("a snapshot is tied to its file only while that file is the very one it was taken beside")
    void fileTiedOnlyWhenUnchanged() throws Exception {
        Path folder = dir.resolve("recovery");
        Path plan = dir.resolve("plan.crvsplan");
        ScenarioFiles.write(plan, Samples.pilot());
        RecoveryStore store = new RecoveryStore(folder);
        store.save("a", Samples.pilot().withNotes("changed"), plan);
        assertThat(store.list().snapshots().get(0).file()).contains(plan);

        // Written again since: another program's work, or another file under the same name.
        ScenarioFiles.write(plan, Samples.pilot().withName("theirs"));
        assertThat(store.list().snapshots().get(0).file()).isEmpty();
        assertThat(store.list().snapshots().get(0).claimedFile()).contains(plan);

        store.save("a", Samples.pilot().withNotes("changed"), plan);
        Files.delete(plan);
        assertThat(store.list().snapshots().get(0).file()).isEmpty();

        // A crafted mark with the right identity of a file that is no scenario is not trusted either.
        Path other = Files.writeString(dir.resolve("other.txt"), "root:x:0:0");
        store.save("a", Samples.pilot(), other);
        assertThat(store.list().snapshots().get(0).file()).isEmpty();
    }

    @Test
    @DisplayName("a later snapshot of the same scenario replaces the earlier one")
    void replaces() {
        RecoveryStore store = new RecoveryStore(dir);
        store.save("x", Samples.pilot(), null);
        store.save("x", Samples.pilot().withNotes("second"), null);
        assertThat(store.list().snapshots()).singleElement()
                .satisfies(s -> assertThat(s.scenario().notes()).isEqualTo("second"));
    }

    @Test
    @DisplayName("discard drops one snapshot; discardAll, on a clean exit, drops them all and nothing else")
    void discard() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        String first = RecoveryStore.newId();
        String second = RecoveryStore.newId();
        store.save(first, Samples.pilot(), null);
        store.save(second, Samples.pilot(), null);
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "mine");
        store.discard(first);
        assertThat(store.list().snapshots()).extracting(RecoveryStore.Snapshot::id).containsExactly(second);
        store.discardAll();
        assertThat(store.list().snapshots()).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(unrelated);
        }
    }

    @Test
    @DisplayName("an unreadable snapshot is reported, not hidden, and the others are still listed")
    void unreadableSnapshot() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.save("good", Samples.pilot(), null);
        Files.writeString(dir.resolve("bad.crvsplan"), "{\"schemaVersion\":");
        RecoveryStore.Listing listing = store.list();
        assertThat(listing.snapshots()).extracting(RecoveryStore.Snapshot::id).containsExactly("good");
        assertThat(listing.unreadable()).singleElement()
                .satisfies(p -> assertThat(p.getMessage()).startsWith("Cannot open " + dir.resolve("bad.crvsplan")));
    }

    @Test
    @DisplayName("a snapshot with a damaged mark is still recovered, with the file's own time")
    void damagedMark() throws Exception {
        Files.writeString(dir.resolve("m.crvsplan"),
                "{\"schemaVersion\":\"1.0\",\"name\":\"kept\",\"recoverySnapshot\":{\"savedAt\":\"yesterday\",\"file\":7}}");
        RecoveryStore.Snapshot snapshot = new RecoveryStore(dir).list().snapshots().get(0);
        assertThat(snapshot.scenario().name()).isEqualTo("kept");
        assertThat(snapshot.file()).isEmpty();
        assertThat(snapshot.savedAt()).isEqualTo(Files.getLastModifiedTime(dir.resolve("m.crvsplan")).toInstant());
    }

    @Test
    @DisplayName("no folder yet means nothing to recover; ids that are not safe file names are refused")
    void edges() {
        assertThat(new RecoveryStore(dir.resolve("never")).list().snapshots()).isEmpty();
        RecoveryStore store = new RecoveryStore(dir);
        assertThatThrownBy(() -> store.save("../escape", Samples.pilot(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.discard("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RecoveryStore.newId()).matches("[0-9a-f-]{36}");
    }
}
