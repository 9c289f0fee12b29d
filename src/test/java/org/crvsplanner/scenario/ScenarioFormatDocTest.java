package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** docs/scenario-format.md must describe the format the code reads and writes. */
class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("docs", "scenario-format.md");

    @Test
    @DisplayName("every input has a row with the range of InputField and the default the writer writes")
    void inputsTable() throws Exception {
        List<String> lines = Files.readAllLines(DOC);
        JsonNode defaults = ScenarioWriter.toTree(Scenario.of(SizingInputs.defaults())).get(ScenarioFormat.INPUTS);
        for (String key : ScenarioFormat.INPUT_KEYS) {
            String row = row(lines, key);
            String[] cells = row.split("\\|");
            // An input that the defaults leave out of the file (the projection) is documented as absent.
            JsonNode written = defaults.get(key);
            assertThat(cells[cells.length - 1].strip().replace("`", ""))
                    .as("default of %s", key).isEqualTo(written == null ? "absent" : Json.compact(written));
        }
        for (InputField field : InputField.values()) {
            if (field == InputField.EVENT_NAME || field == InputField.COVERAGE_FULL_YEAR) {
                continue;
            }
            String key = Map.of(InputField.EVENT_RATE, ScenarioFormat.EVENT_RATE,
                    InputField.EVENT_ATTACHMENTS, ScenarioFormat.EVENT_ATTACHMENTS).getOrDefault(field, field.key());
            assertThat(row(lines, key)).as("range of %s", key).contains(ModelWords.range(field, Wording.ENGLISH));
        }
    }

    @Test
    @DisplayName("the example is the pinned file the writer produces")
    void example() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(example).isEqualTo(new String(Samples.bytes("valid/pilot.crvsplan"), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the Ranges section lists exactly the inputs that take a range, in their order")
    void rangesSection() throws Exception {
        String doc = Files.readString(DOC);
        String section = doc.substring(doc.indexOf("## Ranges"), doc.indexOf("## Reading rules"));
        String list = section.substring(section.indexOf("(`model.Inputs.WITH_RANGES`):"), section.indexOf("Any other key"));
        String keys = Inputs.WITH_RANGES.stream().map(input -> "`" + input.key() + "`")
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(list.replaceAll("[\\s,:.]+|and|\\(`model.Inputs.WITH_RANGES`\\)", " ").strip().replaceAll(" +", " "))
                .isEqualTo(keys);
    }

    private static String row(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith("| `" + key + "`")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + key + " in " + DOC));
    }
}
