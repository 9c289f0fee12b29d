package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fields of a scenario file that this version does not know, most likely written by a newer
 * version. Top-level and input fields are kept, as compact JSON text in the order they were read,
 * and written back on save. Unknown fields inside an event are not kept, because events are
 * edited, reordered and deleted; {@link #dropped()} names them so the window can say so.
 *
 * @param topLevel unknown fields of the document, by name
 * @param inputs unknown fields of {@code inputs}, by name
 * @param dropped paths of fields that were read but will not be saved, such as
 *        {@code inputs.otherEvents[0].colour}
 */
public record UnknownFields(Map<String, String> topLevel, Map<String, String> inputs, List<String> dropped) {
    public static final UnknownFields NONE = new UnknownFields(Map.of(), Map.of(), List.of());

    /**
     * @throws IllegalArgumentException when a name is one this version knows (writing both would
     *         give a file with a duplicate key) or a value is not JSON text
     */
    public UnknownFields {
        // Empty maps skip the check, so that NONE, which every new scenario carries, does not set
        // up the JSON library (ScenarioFormat's mapper) while the window starts.
        requireNonNull(topLevel, "topLevel");
        requireNonNull(inputs, "inputs");
        topLevel = topLevel.isEmpty() ? Map.of() : checked(topLevel, ScenarioFormat.TOP_LEVEL_KEYS, "topLevel");
        inputs = inputs.isEmpty() ? Map.of() : checked(inputs, ScenarioFormat.INPUT_KEYS, "inputs");
        dropped = List.copyOf(requireNonNull(dropped, "dropped"));
    }

    public static UnknownFields of(Map<String, String> topLevel, Map<String, String> inputs, List<String> dropped) {
        return new UnknownFields(topLevel, inputs, dropped);
    }

    /** Whether there is nothing kept and nothing dropped. */
    public boolean isEmpty() {
        return topLevel.isEmpty() && inputs.isEmpty() && dropped.isEmpty();
    }

    /** The paths of the kept fields, such as {@code savedBy} and {@code inputs.pilotRegions}. */
    public List<String> keptPaths() {
        List<String> paths = new ArrayList<>(topLevel.keySet());
        inputs.keySet().forEach(name -> paths.add(ScenarioFormat.INPUTS + "." + name));
        return List.copyOf(paths);
    }

    /** A copy with one more top-level field, replacing any of the same name. */
    public UnknownFields withTopLevel(String name, String json) {
        Map<String, String> copy = new LinkedHashMap<>(topLevel);
        copy.put(requireNonNull(name, "name"), requireNonNull(json, "json"));
        return new UnknownFields(copy, inputs, dropped);
    }

    public UnknownFields withoutTopLevel(String name) {
        Map<String, String> copy = new LinkedHashMap<>(topLevel);
        copy.remove(requireNonNull(name, "name"));
        return new UnknownFields(copy, inputs, dropped);
    }

    private static Map<String, String> checked(Map<String, String> fields, List<String> known, String what) {
        requireNonNull(fields, what);
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((name, json) -> {
            requireNonNull(name, "name");
            requireNonNull(json, "json");
            if (known.contains(name)) {
                throw new IllegalArgumentException(what + " field " + name + " is a known field, not an unknown one");
            }
            copy.put(name, compactJson(json));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static String compactJson(String json) {
        try {
            JsonNode tree = ScenarioFormat.MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException("not JSON text: \"" + json + "\"");
            }
            return ScenarioFormat.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON text: " + json, e);
        }
    }
}
