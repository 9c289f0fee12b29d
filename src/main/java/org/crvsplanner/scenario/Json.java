package org.crvsplanner.scenario;

import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers over Jackson's tree for the scenario reader. */
final class Json {
    private static final int SHOWN_CHARACTERS = 40;

    private Json() {
    }

    /** What a value is, for "must be a number; got the text "30 million"", in any language. */
    static Wording.Phrase describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > SHOWN_CHARACTERS) {
                int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARACTERS - 1))
                        ? SHOWN_CHARACTERS - 1
                        : SHOWN_CHARACTERS;
                text = text.substring(0, end) + "…";
            }
            return FileWords.of("json.text", ShownText.visible(text));
        }
        if (node.isNumber()) {
            return FileWords.of("json.number", node.asText());
        }
        if (node.isObject()) {
            return FileWords.of("json.object");
        }
        if (node.isArray()) {
            return FileWords.of("json.list");
        }
        // true, false and null are JSON's own words, the same in every language.
        return FileWords.literal(node.asText());
    }

    static String compact(JsonNode node) {
        try {
            return ScenarioFormat.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }
}
