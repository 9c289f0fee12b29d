package org.crvsplanner.scenario;

import static org.crvsplanner.scenario.ScenarioFormat.NODES;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.EventsInput;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.ProjectionInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.ToggleInput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scenario → JSON text. Known keys come in a fixed order and numbers in plain decimal notation,
 * with "\n" line endings on every OS, so the same scenario always gives the same bytes and a diff
 * between two files shows only what changed.
 */
final class ScenarioWriter {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = ScenarioFormat.MAPPER.writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER));

    private ScenarioWriter() {
    }

    static byte[] toBytes(Scenario scenario) {
        try {
            byte[] json = WRITER.writeValueAsBytes(toTree(scenario));
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    static ObjectNode toTree(Scenario scenario) {
        ObjectNode root = NODES.objectNode();
        root.put(ScenarioFormat.SCHEMA_VERSION, SchemaVersion.CURRENT.toString());
        root.put(ScenarioFormat.NAME, scenario.name());
        root.put(ScenarioFormat.NOTES, scenario.notes());
        scenario.countrySource().ifPresent(source -> root.set(ScenarioFormat.COUNTRY_DATA, CountryDataTree.write(source)));
        ObjectNode inputs = root.putObject(ScenarioFormat.INPUTS);
        writeInputs(scenario.inputs(), inputs);
        putAll(inputs, scenario.unknownFields().inputs());
        putAll(root, scenario.unknownFields().topLevel());
        return root;
    }

    private static void writeInputs(SizingInputs in, ObjectNode out) {
        for (Input input : Inputs.ALL) {
            String key = input.key();
            if (input instanceof NumberInput number) {
                double value = number.get(in);
                if (number.whole()) {
                    out.put(key, (long) value);
                } else {
                    out.set(key, number(value));
                }
            } else if (input instanceof ChoiceInput<?> choice) {
                out.put(key, choice.get(in).id());
            } else if (input instanceof ToggleInput toggle) {
                out.put(key, toggle.get(in));
            } else if (input instanceof ProjectionInput projection) {
                if (!projection.get(in).isEmpty()) {
                    out.set(key, CountryDataTree.write(projection.get(in)));
                }
            } else if (input instanceof EventsInput events) {
                ArrayNode list = out.putArray(key);
                for (EventType event : events.get(in)) {
                    ObjectNode e = list.addObject();
                    e.put(ScenarioFormat.EVENT_NAME, event.name());
                    e.set(ScenarioFormat.EVENT_RATE, number(event.ratePerThousand()));
                    event.attachmentsPerRecord().ifPresent(a -> e.set(ScenarioFormat.EVENT_ATTACHMENTS, number(a)));
                }
            }
        }
    }

    /** 3 rather than 3.0, 12300000 rather than 1.23E7, and the shortest digits that read back exactly. */
    static JsonNode number(double value) {
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            // -0.0 has no BigDecimal form; keep its sign so reading gives back the very same value.
            return NODES.numberNode(value);
        }
        return NODES.numberNode(BigDecimal.valueOf(value).stripTrailingZeros());
    }

    private static void putAll(ObjectNode target, Map<String, String> fields) {
        fields.forEach((name, json) -> {
            try {
                target.set(name, ScenarioFormat.MAPPER.readTree(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("UnknownFields holds checked JSON text only", e);
            }
        });
    }
}
