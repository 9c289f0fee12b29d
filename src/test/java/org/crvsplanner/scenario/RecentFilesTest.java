package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    private Path scenario(String name) throws Exception {
        Path file = dir.resolve(name + ".crvsplan");
        Files.writeString(file, "{\"schemaVersion\":\"1.0\"}");
        return file;
    }

    @Test
    @DisplayName("most recent first, no duplicates, at most 10, and kept across instances")
    void orderAndLimit() throws Exception {
        Path appData = dir.resolve("app data");
        RecentFiles recent = new RecentFiles(appData);
        assertThat(recent.list()).isEmpty();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(scenario("s" + i));
            recent.add(files.get(i));
        }
        assertThat(recent.list()).hasSize(RecentFiles.LIMIT).first().isEqualTo(files.get(11));
        assertThat(recent.list()).last().isEqualTo(files.get(2));

        recent.add(files.get(5));
        List<Path> list = new RecentFiles(appData).list();
        assertThat(list).hasSize(10).doesNotHaveDuplicates();
        assertThat(list.subList(0, 3)).containsExactly(files.get(5), files.get(11), files.get(10));
    }

    @Test
    @DisplayName("a relative or unnormalised path is stored as the same absolute file")
    void normalisesPaths() throws Exception {
        Path file = scenario("plan");
        RecentFiles recent = new RecentFiles(dir.resolve("app"));
        recent.add(dir.resolve("x").resolve("..").resolve("plan.crvsplan"));
        recent.add(file);
        assertThat(recent.list()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    @DisplayName("files that no longer exist are pruned, from the list and from its store")
    void prunesMissingFiles() throws Exception {
        Path kept = scenario("kept");
        Path deleted = scenario("deleted");
        Path appData = dir.resolve("app");
        RecentFiles recent = new RecentFiles(appData);
        recent.add(kept);
        recent.add(deleted);
        Files.delete(deleted);
        assertThat(recent.list()).containsExactly(kept);
        assertThat(Files.readString(appData.resolve(RecentFiles.FILE_NAME))).doesNotContain("deleted");
    }

    @Test
    @DisplayName("remove and clear")
    void removeAndClear() throws Exception {
        Path a = scenario("a");
        Path b = scenario("b");
        RecentFiles recent = new RecentFiles(dir.resolve("app"));
        recent.add(a);
        recent.add(b);
        recent.remove(b);
        assertThat(recent.list()).containsExactly(a);
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    @DisplayName("a broken list is started afresh rather than stopping the window")
    void brokenStore() throws Exception {
        Path appData = dir.resolve("app");
        Files.createDirectories(appData);
        Path store = appData.resolve(RecentFiles.FILE_NAME);
        for (String broken : new String[] {"", "{", "[1,2]", "{\"recentFiles\": [1, null, \"relative.crvsplan\"]}",
            "\u0000\u0001"}) {
            Files.writeString(store, broken);
            assertThat(new RecentFiles(appData).list()).as(broken).isEmpty();
        }
        Path file = scenario("after");
        assertThat(new RecentFiles(appData).add(file)).containsExactly(file);
    }

    @Test
    @DisplayName("when the list cannot be stored, adding says so with a FileProblem")
    void unwritableStore() throws Exception {
        Path notAFolder = scenario("occupied");
        RecentFiles recent = new RecentFiles(notAFolder);
        assertThatThrownBy(() -> recent.add(scenario("x"))).isInstanceOf(FileProblem.class)
                .hasMessageStartingWith("Cannot use " + notAFolder);
    }
}
