package org.crvsplanner.scenario;

import static org.crvsplanner.scenario.ScenarioFormat.NODES;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.SizingInputs;

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
        ObjectNode inputs = root.putObject(ScenarioFormat.INPUTS);
        writeInputs(scenario.inputs(), inputs);
        putAll(inputs, scenario.unknownFields().inputs());
        putAll(root, scenario.unknownFields().topLevel());
        return root;
    }

    private static void writeInputs(SizingInputs in, ObjectNode out) {
        out.put(InputField.POPULATION.key(), in.population());
        out.set(InputField.CRUDE_BIRTH_RATE.key(), number(in.crudeBirthRate()));
        out.set(InputField.CRUDE_DEATH_RATE.key(), number(in.crudeDeathRate()));
        out.set(InputField.ATTACHMENTS_PER_RECORD.key(), number(in.attachmentsPerRecord()));
        out.set(InputField.MB_PER_ATTACHMENT.key(), number(in.mbPerAttachment()));
        out.set(InputField.KB_PER_RECORD.key(), number(in.kbPerRecord()));
        out.set(InputField.OS_RESERVE_GB.key(), number(in.osReserveGb()));
        out.set(InputField.GROWTH_PERCENT.key(), number(in.growthPercent()));
        out.put(InputField.HORIZON_YEARS.key(), in.horizonYears());
        out.set(InputField.COVERAGE_START_PERCENT.key(), number(in.coverageStartPercent()));
        out.put(InputField.COVERAGE_FULL_YEAR.key(), in.coverageFullYear());
        ArrayNode events = out.putArray(ScenarioFormat.OTHER_EVENTS);
        for (EventType event : in.otherEvents()) {
            ObjectNode e = events.addObject();
            e.put(ScenarioFormat.EVENT_NAME, event.name());
            e.set(ScenarioFormat.EVENT_RATE, number(event.ratePerThousand()));
            event.attachmentsPerRecord().ifPresent(a -> e.set(ScenarioFormat.EVENT_ATTACHMENTS, number(a)));
        }
        out.put(InputField.LEGACY_RECORDS.key(), in.legacy().records());
        out.set(InputField.LEGACY_ATTACHMENTS.key(), number(in.legacy().attachmentsPerRecord()));
        out.set(InputField.MAX_FILL_PERCENT.key(), number(in.maxFillPercent()));
        out.put(ScenarioFormat.BACKUP_RULE, in.backup().rule().id());
        out.put(InputField.BACKUP_COPIES.key(), in.backup().copies());
        out.put(ScenarioFormat.TOPOLOGY, in.topology().id());
        out.put(ScenarioFormat.STAGE, in.stage().id());
        out.put(ScenarioFormat.INCLUDE_DEVELOPMENT, in.includeDevelopment());
    }

    /** 3 rather than 3.0, 12300000 rather than 1.23E7, and the shortest digits that read back exactly. */
    private static JsonNode number(double value) {
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
