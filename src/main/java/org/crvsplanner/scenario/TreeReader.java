package org.crvsplanner.scenario;

import static org.crvsplanner.scenario.ScenarioFormat.INPUTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.StorageTopology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parsed scenario document → {@link Scenario}. Every input is checked where it is read, so a
 * problem names the very field (and, through its pointer, the line) that is wrong. Missing inputs
 * keep the value of {@link SizingInputs#defaults()}.
 */
final class TreeReader {
    private final SizingInputs.Builder builder = SizingInputs.builder();
    private final SizingInputs defaults = SizingInputs.defaults();
    private final List<String> dropped = new ArrayList<>();

    private TreeReader() {
    }

    /** @throws FieldError naming the first field that is wrong */
    static Scenario read(ObjectNode document) {
        return new TreeReader().scenario(document);
    }

    private Scenario scenario(ObjectNode root) {
        Where top = Where.ROOT;
        String name = text(root, ScenarioFormat.NAME, top, "");
        String notes = text(root, ScenarioFormat.NOTES, top, "");
        Map<String, String> unknownInputs = Map.of();
        JsonNode inputs = root.get(INPUTS);
        ObjectNode given = inputs != null && inputs.isObject() ? (ObjectNode) inputs : ScenarioFormat.NODES.objectNode();
        if (inputs != null) {
            Where where = top.field(INPUTS);
            if (!inputs.isObject()) {
                throw new FieldError(where, where + " must be an object in { }; got " + Json.describe(inputs));
            }
            inputs((ObjectNode) inputs, where);
            unknownInputs = unknown((ObjectNode) inputs, ScenarioFormat.INPUT_KEYS);
        }
        SizingInputs built;
        try {
            built = builder.build();
        } catch (InvalidInputException e) {
            String key = e.field() == InputField.EVENT_NAME ? ScenarioFormat.OTHER_EVENTS : e.field().key();
            Where where = top.field(INPUTS).field(key);
            String message = e.messageFor(where.toString());
            if (!given.has(key)) {
                message += " (the file does not set " + key + ", so its default applies)";
            }
            throw new FieldError(where, message);
        }
        UnknownFields unknown = UnknownFields.of(unknown(root, ScenarioFormat.TOP_LEVEL_KEYS), unknownInputs, dropped);
        return new Scenario(name, notes, built, unknown);
    }

    private void inputs(ObjectNode in, Where at) {
        input(in, InputField.POPULATION, at, v -> builder.population((long) v));
        input(in, InputField.CRUDE_BIRTH_RATE, at, builder::crudeBirthRate);
        input(in, InputField.CRUDE_DEATH_RATE, at, builder::crudeDeathRate);
        input(in, InputField.ATTACHMENTS_PER_RECORD, at, builder::attachmentsPerRecord);
        input(in, InputField.MB_PER_ATTACHMENT, at, builder::mbPerAttachment);
        input(in, InputField.KB_PER_RECORD, at, builder::kbPerRecord);
        input(in, InputField.OS_RESERVE_GB, at, builder::osReserveGb);
        input(in, InputField.GROWTH_PERCENT, at, builder::growthPercent);
        input(in, InputField.HORIZON_YEARS, at, v -> builder.horizonYears((int) v));
        input(in, InputField.COVERAGE_START_PERCENT, at, builder::coverageStartPercent);
        input(in, InputField.COVERAGE_FULL_YEAR, at, v -> builder.coverageFullYear((int) v));
        events(in.get(ScenarioFormat.OTHER_EVENTS), at.field(ScenarioFormat.OTHER_EVENTS));
        long[] legacyRecords = {defaults.legacy().records()};
        double[] legacyAttachments = {defaults.legacy().attachmentsPerRecord()};
        input(in, InputField.LEGACY_RECORDS, at, v -> legacyRecords[0] = (long) v);
        input(in, InputField.LEGACY_ATTACHMENTS, at, v -> legacyAttachments[0] = v);
        builder.legacy(LegacyRecords.of(legacyRecords[0], legacyAttachments[0]));
        input(in, InputField.MAX_FILL_PERCENT, at, builder::maxFillPercent);
        BackupRule rule = choice(in, ScenarioFormat.BACKUP_RULE, at, BackupRule.values(), BackupRule::id,
                defaults.backup().rule());
        int[] copies = {defaults.backup().copies()};
        input(in, InputField.BACKUP_COPIES, at, v -> copies[0] = (int) v);
        builder.backup(BackupPolicy.of(rule, copies[0]));
        builder.topology(choice(in, ScenarioFormat.TOPOLOGY, at, StorageTopology.values(), StorageTopology::id,
                defaults.topology()));
        builder.stage(choice(in, ScenarioFormat.STAGE, at, DeploymentStage.values(), DeploymentStage::id,
                defaults.stage()));
        JsonNode development = in.get(ScenarioFormat.INCLUDE_DEVELOPMENT);
        if (development != null) {
            Where where = at.field(ScenarioFormat.INCLUDE_DEVELOPMENT);
            if (!development.isBoolean()) {
                throw new FieldError(where, where + " must be true or false; got " + Json.describe(development));
            }
            builder.includeDevelopment(development.booleanValue());
        }
    }

    private void events(JsonNode node, Where at) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            throw new FieldError(at, at + " must be a list in [ ]; got " + Json.describe(node));
        }
        if (node.size() > SizingInputs.MAX_EVENT_TYPES) {
            throw new FieldError(at, at + " allows at most " + SizingInputs.MAX_EVENT_TYPES
                    + " other event types; got " + node.size());
        }
        List<EventType> events = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            events.add(event(node.get(i), at.index(i)));
        }
        builder.otherEvents(events);
    }

    private EventType event(JsonNode node, Where at) {
        if (!node.isObject()) {
            throw new FieldError(at, at + " must be an object in { } with a name and a ratePerThousand; got "
                    + Json.describe(node));
        }
        Where nameAt = at.field(ScenarioFormat.EVENT_NAME);
        Where rateAt = at.field(ScenarioFormat.EVENT_RATE);
        Where attachmentsAt = at.field(ScenarioFormat.EVENT_ATTACHMENTS);
        JsonNode name = required(node, nameAt, ScenarioFormat.EVENT_NAME);
        if (!name.isTextual()) {
            throw new FieldError(nameAt, nameAt + " must be text; got " + Json.describe(name));
        }
        double rate = number(required(node, rateAt, ScenarioFormat.EVENT_RATE), rateAt);
        JsonNode attachments = node.get(ScenarioFormat.EVENT_ATTACHMENTS);
        OptionalDouble ownAttachments = attachments == null || attachments.isNull()
                ? OptionalDouble.empty()
                : OptionalDouble.of(number(attachments, attachmentsAt));
        node.fieldNames().forEachRemaining(key -> {
            if (!ScenarioFormat.EVENT_KEYS.contains(key)) {
                dropped.add(at.field(key).toString());
            }
        });
        try {
            return new EventType(name.textValue(), rate, ownAttachments);
        } catch (InvalidInputException e) {
            Where where = switch (e.field()) {
                case EVENT_RATE -> rateAt;
                case EVENT_ATTACHMENTS -> attachmentsAt;
                default -> nameAt;
            };
            throw new FieldError(where, e.messageFor(where.toString()));
        }
    }

    private static JsonNode required(JsonNode object, Where where, String key) {
        JsonNode value = object.get(key);
        if (value == null) {
            throw new FieldError(where, where.parent(), where + " is missing");
        }
        return value;
    }

    /** Whole-number inputs are read as doubles too, so 5.0 is 5 and 5.5 gets the model's own message. */
    private static void input(ObjectNode in, InputField field, Where at, DoubleConsumer set) {
        JsonNode node = in.get(field.key());
        if (node != null) {
            Where where = at.field(field.key());
            set.accept(checked(field, number(node, where), where));
        }
    }

    private static double checked(InputField field, double value, Where where) {
        try {
            return field.check(value);
        } catch (InvalidInputException e) {
            throw new FieldError(where, e.messageFor(where.toString()));
        }
    }

    private static double number(JsonNode node, Where where) {
        if (!node.isNumber()) {
            throw new FieldError(where, where + " must be a number; got " + Json.describe(node));
        }
        return node.doubleValue();
    }

    private static String text(ObjectNode object, String key, Where at, String missing) {
        JsonNode node = object.get(key);
        if (node == null) {
            return missing;
        }
        if (!node.isTextual()) {
            Where where = at.field(key);
            throw new FieldError(where, where + " must be text in \" \"; got " + Json.describe(node));
        }
        return node.textValue();
    }

    private static <E> E choice(ObjectNode in, String key, Where at, E[] values,
            Function<E, String> id, E missing) {
        JsonNode node = in.get(key);
        if (node == null) {
            return missing;
        }
        Where where = at.field(key);
        if (node.isTextual()) {
            for (E value : values) {
                if (id.apply(value).equals(node.textValue())) {
                    return value;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (E value : values) {
            ids.add(id.apply(value));
        }
        throw new FieldError(where, where + " must be one of " + String.join(", ", ids) + "; got "
                + Json.describe(node));
    }

    private static Map<String, String> unknown(ObjectNode object, List<String> known) {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!known.contains(entry.getKey())) {
                unknown.put(entry.getKey(), Json.compact(entry.getValue()));
            }
        }
        return unknown;
    }
}
