package org.crvsplanner.scenario;

import static org.crvsplanner.scenario.ScenarioFormat.INPUTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.crvsplanner.model.Choice;
import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.EventsInput;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.ProjectionInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.ToggleInput;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parsed scenario document → {@link Scenario}. Every input is checked where it is read, so a
 * problem names the very field (and, through its pointer, the line) that is wrong. Missing inputs
 * keep the value of {@link SizingInputs#defaults(DocsVersion)} for the file's version (1.8 when
 * it names none).
 */
final class TreeReader {
    private final List<String> dropped = new ArrayList<>();

    private TreeReader() {
    }

    /** @throws FieldError naming the first field that is wrong */
    static Scenario read(ObjectNode document) {
        return new TreeReader().scenario(document);
    }

    private Scenario scenario(ObjectNode root) {
        String name = text(root, ScenarioFormat.NAME, Where.ROOT, "");
        String notes = text(root, ScenarioFormat.NOTES, Where.ROOT, "");
        Where at = Where.ROOT.field(INPUTS);
        JsonNode node = root.get(INPUTS);
        if (node != null && !node.isObject()) {
            throw new FieldError(at, FileWords.of("field.notObject", at, Json.describe(node)));
        }
        ObjectNode inputs = node == null ? ScenarioFormat.NODES.objectNode() : (ObjectNode) node;
        Optional<CountrySource> source = Optional.empty();
        JsonNode countryData = root.get(ScenarioFormat.COUNTRY_DATA);
        if (countryData != null) {
            source = Optional.of(new CountryDataTree(dropped).source(countryData,
                    Where.ROOT.field(ScenarioFormat.COUNTRY_DATA)));
        }
        SizingInputs.Builder builder = readInputs(inputs, at);
        SizingInputs built;
        try {
            built = builder.build();
        } catch (InvalidInputException e) {
            // Rules between inputs (the coverage ramp, event names) are checked by the model as a whole.
            String key = e.field() == InputField.EVENT_NAME ? Inputs.OTHER_EVENTS.key() : e.field().key();
            Where where = at.field(key);
            Wording.Phrase message = modelProblem(e, where);
            if (!inputs.has(key)) {
                message = FileWords.of("field.defaultApplies", message, key);
            }
            throw new FieldError(where, message);
        }
        UnknownFields unknown = UnknownFields.of(unknown(root, ScenarioFormat.TOP_LEVEL_KEYS),
                unknown(inputs, ScenarioFormat.INPUT_KEYS), dropped);
        return new Scenario(name, notes, built, unknown, source);
    }

    private SizingInputs.Builder readInputs(ObjectNode in, Where at) {
        // The version comes first: the inputs a file leaves out take that version's defaults.
        SizingInputs.Builder builder = SizingInputs.defaults(docsVersion(in, at)).toBuilder();
        for (Input input : Inputs.ALL) {
            if (!in.has(input.key()) || input == Inputs.DOCS_VERSION) {
                continue;
            }
            Where where = at.field(input.key());
            JsonNode node = in.get(input.key());
            if (input instanceof NumberInput number) {
                // Whole-number inputs are read as doubles too, so 5.0 is 5 and 5.5 gets the model's
                // own "whole number" message.
                try {
                    number.set(builder, number(node, where));
                } catch (InvalidInputException e) {
                    throw new FieldError(where, modelProblem(e, where));
                }
            } else if (input instanceof ChoiceInput<?> choice) {
                set(builder, choice, node, where);
            } else if (input instanceof ToggleInput toggle) {
                toggle.set(builder, bool(node, where));
            } else if (input instanceof EventsInput events) {
                events.set(builder, events(node, where));
            } else if (input instanceof ProjectionInput projection) {
                projection.set(builder, new CountryDataTree(dropped).projection(node, where));
            }
        }
        return builder;
    }

    /** The OpenCRVS version whose rules the file plans by; 1.8 for files written before there was a choice. */
    private static DocsVersion docsVersion(ObjectNode in, Where at) {
        JsonNode node = in.get(Inputs.DOCS_VERSION.key());
        return node == null ? Inputs.DOCS_VERSION.defaultValue()
                : choice(Inputs.DOCS_VERSION, node, at.field(Inputs.DOCS_VERSION.key()));
    }

    private static <E extends Choice> void set(SizingInputs.Builder builder, ChoiceInput<E> input, JsonNode node,
            Where where) {
        input.set(builder, choice(input, node, where));
    }

    /** The value the node names, or a message that lists every value the input takes. */
    private static <E extends Choice> E choice(ChoiceInput<E> input, JsonNode node, Where where) {
        E value = node.isTextual() ? input.withId(node.textValue()).orElse(null) : null;
        if (value == null) {
            String ids = input.values().stream().map(Choice::id).collect(Collectors.joining(", "));
            throw new FieldError(where, FileWords.of("field.notOneOf", where, ids, Json.describe(node)));
        }
        return value;
    }

    private List<EventType> events(JsonNode node, Where at) {
        if (!node.isArray()) {
            throw new FieldError(at, FileWords.of("field.notList", at, Json.describe(node)));
        }
        if (node.size() > SizingInputs.MAX_EVENT_TYPES) {
            throw new FieldError(at, FileWords.of("field.tooManyEvents", at, SizingInputs.MAX_EVENT_TYPES, node.size()));
        }
        List<EventType> events = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            events.add(event(node.get(i), at.index(i)));
        }
        return events;
    }

    private EventType event(JsonNode node, Where at) {
        if (!node.isObject()) {
            throw new FieldError(at, FileWords.of("field.notEvent", at, Json.describe(node)));
        }
        Where nameAt = at.field(ScenarioFormat.EVENT_NAME);
        Where rateAt = at.field(ScenarioFormat.EVENT_RATE);
        Where attachmentsAt = at.field(ScenarioFormat.EVENT_ATTACHMENTS);
        JsonNode name = required(node, nameAt, ScenarioFormat.EVENT_NAME);
        if (!name.isTextual()) {
            throw new FieldError(nameAt, FileWords.of("field.notText", nameAt, Json.describe(name)));
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
            throw new FieldError(where, modelProblem(e, where));
        }
    }

    private static JsonNode required(JsonNode object, Where where, String key) {
        JsonNode value = object.get(key);
        if (value == null) {
            throw new FieldError(where, where.parent(), FileWords.of("field.missing", where));
        }
        return value;
    }

    private static boolean bool(JsonNode node, Where where) {
        if (!node.isBoolean()) {
            throw new FieldError(where, FileWords.of("field.notBoolean", where, Json.describe(node)));
        }
        return node.booleanValue();
    }

    /** The model's own message, with the field named by its path in the file, in any language. */
    static Wording.Phrase modelProblem(InvalidInputException e, Where where) {
        String path = where.toString();
        return wording -> ModelWords.message(e, path, wording);
    }

    static double number(JsonNode node, Where where) {
        if (!node.isNumber()) {
            throw new FieldError(where, FileWords.of("field.notNumber", where, Json.describe(node)));
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
            throw new FieldError(where, FileWords.of("field.notQuotedText", where, Json.describe(node)));
        }
        return node.textValue();
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
