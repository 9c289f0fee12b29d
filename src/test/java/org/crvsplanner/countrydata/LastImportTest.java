package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastImportTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("crvs-planner-test/last-import-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    @DisplayName("the last import's files come back, in order, without those that have gone since")
    void remembers() throws Exception {
        Path a = Files.writeString(dir.resolve("API_SP.POP.TOTL.zip"), "x");
        Path b = Files.writeString(dir.resolve("API_SP.DYN.CBRT.IN.zip"), "x");
        Path c = Files.writeString(dir.resolve("gone.csv"), "x");
        new LastImport(node).remember(List.of(a, b, c));
        Files.delete(c);

        assertThat(new LastImport(node).files()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());

        new LastImport(node).remember(List.of(b));
        assertThat(new LastImport(node).files()).containsExactly(b.toAbsolutePath());
        assertThat(node.get(LastImport.FILE + 1, null)).isNull();
    }

    @Test
    @DisplayName("nothing remembered, or nonsense in the preferences, gives no files")
    void nothing() {
        assertThat(new LastImport(node).files()).isEmpty();
        node.putInt(LastImport.COUNT, 99);
        node.put(LastImport.FILE + 0, "no/such/folder/file.csv");
        assertThat(new LastImport(node).files()).isEmpty();
    }
}
