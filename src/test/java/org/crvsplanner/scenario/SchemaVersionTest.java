package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

class SchemaVersionTest {

    /** A plausible 1.1 change: "title" renamed to "name". It fills in, never overwrites. */
    private static final Migration TITLE_TO_NAME = new Migration() {
        @Override
        public SchemaVersion to() {
            return SchemaVersion.of(1, 1);
        }

        @Override
        public void apply(ObjectNode document) {
            if (document.has("title") && !document.has("name")) {
                document.set("name", document.remove("title"));
            }
        }
    };

    private static final Migration REFUSES = new Migration() {
        @Override
        public SchemaVersion to() {
            return SchemaVersion.of(2, 0);
        }

        @Override
        public void apply(ObjectNode document) {
            throw new IllegalArgumentException("backupPolicy \"weekly\" has no 2.0 equivalent");
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0.0", "v1.0", "01.0", "1.", ".1", "1.0 ", "-1.0", "99999.0", ""})
    @DisplayName("only major.minor is a version")
    void rejectsOtherForms(String text) {
        assertThat(SchemaVersion.parse(text)).isEmpty();
    }

    @Test
    void parsesAndOrders() {
        assertThat(SchemaVersion.parse("1.10")).contains(SchemaVersion.of(1, 10));
        assertThat(SchemaVersion.of(1, 10)).isGreaterThan(SchemaVersion.of(1, 9)).isLessThan(SchemaVersion.of(2, 0));
        assertThat(SchemaVersion.CURRENT.toString()).isEqualTo("1.1");
        assertThat(SchemaVersion.FIRST.toString()).isEqualTo("1.0");
        assertThatThrownBy(() -> SchemaVersion.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a file one minor version older is migrated before it is read")
    void migratesAnOlderMinorVersion() {
        ScenarioReader reader = new ScenarioReader(SchemaVersion.of(1, 1), List.of(TITLE_TO_NAME));
        Scenario old = parse(reader, "{\"schemaVersion\":\"1.0\",\"title\":\"Old pilot\",\"inputs\":{\"horizonYears\":3}}");
        assertThat(old.name()).isEqualTo("Old pilot");
        assertThat(old.inputs().horizonYears()).isEqualTo(3);
        assertThat(old.unknownFields().keptPaths()).isEmpty();
    }

    @Test
    @DisplayName("a migration is not applied to a file already at its version")
    void skipsMigrationsAFileIsPast() {
        ScenarioReader reader = new ScenarioReader(SchemaVersion.of(1, 1), List.of(TITLE_TO_NAME));
        Scenario current = parse(reader, "{\"schemaVersion\":\"1.1\",\"title\":\"kept as unknown\"}");
        assertThat(current.name()).isEmpty();
        assertThat(current.unknownFields().topLevel()).containsEntry("title", "\"kept as unknown\"");
    }

    @Test
    @DisplayName("an older major version with a migration is read; one that fails says why")
    void majorMigrations() {
        ObjectNode probe = ScenarioFormat.NODES.objectNode();
        Migration toTwo = new Migration() {
            @Override
            public SchemaVersion to() {
                return SchemaVersion.of(2, 0);
            }

            @Override
            public void apply(ObjectNode document) {
                probe.put("applied", true);
            }
        };
        ScenarioReader reader = new ScenarioReader(SchemaVersion.of(2, 0), List.of(TITLE_TO_NAME, toTwo));
        assertThat(parse(reader, "{\"schemaVersion\":\"1.0\",\"title\":\"T\"}").name()).isEqualTo("T");
        assertThat(probe.has("applied")).isTrue();

        ScenarioReader noPath = new ScenarioReader(SchemaVersion.of(2, 0), List.of(TITLE_TO_NAME));
        assertThatThrownBy(() -> parse(noPath, "{\"schemaVersion\":\"1.0\"}"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("schemaVersion 1.0 is older than any this version reads (2.0 and later)");

        ScenarioReader failing = new ScenarioReader(SchemaVersion.of(2, 0), List.of(REFUSES));
        assertThatThrownBy(() -> parse(failing, "{\"schemaVersion\":\"1.4\"}"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("Cannot open old.crvsplan: line 1, column 1: it could not be brought up from "
                        + "schemaVersion 1.4 to 2.0: backupPolicy \"weekly\" has no 2.0 equivalent");
    }

    @Test
    @DisplayName("the standard reader opens newer minor versions and refuses newer major ones")
    void standardReader() {
        assertThat(parse(ScenarioReader.standard(), "{\"schemaVersion\":\"1.99\",\"x\":1}").unknownFields().keptPaths())
                .containsExactly("x");
        assertThatThrownBy(() -> parse(ScenarioReader.standard(), "{\"schemaVersion\":\"3.1\"}"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("written by a newer version of the planner (schemaVersion 3.1)")
                .hasMessageContaining("Update the planner");
    }

    private static Scenario parse(ScenarioReader reader, String json) {
        return reader.parse(json.getBytes(StandardCharsets.UTF_8), Path.of("old.crvsplan"));
    }
}
