package org.crvsplanner.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The byte level of reading: telling binary from text, parsing within the format's limits, and
 * turning Jackson's messages and locations into ones for people.
 */
final class JsonText {
    private static final int BINARY_SNIFF_BYTES = 8192;

    private JsonText() {
    }

    /** Whether the content is binary data (an image, an archive…) rather than text. */
    static boolean looksBinary(byte[] content) {
        if (startsWithUtf16Or32Mark(content)) {
            return false;
        }
        int first = firstSignificant(content);
        if (first >= 0 && content[first] == '{') {
            // Looks like a scenario; a stray control byte inside gets the parser's located message.
            return false;
        }
        int end = Math.min(content.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    /**
     * The parsed tree of the file's text ({@link FileEncoding#decode}), or null when it is only
     * white space.
     *
     * @throws ScenarioFileException with the line and column of malformed JSON or a broken limit
     */
    static JsonNode parse(String text, Path file) {
        JsonParser parser = null;
        try {
            parser = ScenarioFormat.MAPPER.createParser(text);
            JsonNode tree = ScenarioFormat.MAPPER.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ScenarioFileException(file, at.getLineNr(), at.getColumnNr(), null,
                        FileWords.of("json.trailing"), null);
            }
            return tree;
        } catch (StreamConstraintsException e) {
            JsonLocation at = parser == null ? null : parser.currentLocation();
            throw new ScenarioFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, limitMessage(e), null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String start = text.stripLeading();
            if (!start.isEmpty() && start.charAt(0) != '{') {
                throw new ScenarioFileException(file, line, column, null, FileWords.of("json.notJson"), null);
            }
            throw new ScenarioFileException(file, line, column, null,
                    FileWords.of("json.malformed", JacksonMessage.of(clean(e.getOriginalMessage()))), null);
        } catch (IOException e) {
            throw new ScenarioFileException(file, ScenarioReader.unexpected(e), e);
        } finally {
            closeQuietly(parser);
        }
    }

    /** Where the value at {@code pointer} starts in well-formed content, if it is there. */
    static Optional<JsonLocation> locate(String text, JsonPointer pointer) {
        try (JsonParser parser = ScenarioFormat.MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                // At { or [ the parser is already inside the new container; its value is the parent's.
                JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
                if (owner.pathAsPointer().equals(pointer)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // Only called on content that parsed once; without a location the message still stands.
        }
        return Optional.empty();
    }

    /**
     * Refuses text that holds half of a surrogate pair without its other half. JSON can write
     * one as \\uD800, but it is no character: it cannot be shown, and most writers (a
     * workbook's XML among them) cannot store it.
     *
     * @throws FieldError naming the first field, or field name, that holds one
     */
    static void checkCharacters(JsonNode node, Where at) {
        if (node.isTextual()) {
            checkCharacters(node.textValue(), at);
        } else if (node.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> entry : node.properties()) {
                Where field = at.field(entry.getKey());
                checkCharacters(entry.getKey(), field);
                checkCharacters(entry.getValue(), field);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkCharacters(node.get(i), at.index(i));
            }
        }
    }

    private static void checkCharacters(String text, Where at) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i)) && ShownText.isHidden(text, i)) {
                throw new FieldError(at, FileWords.of("field.loneSurrogate", at,
                        ShownText.visible(String.valueOf(text.charAt(i)))));
            }
        }
    }

    private static Wording.Phrase limitMessage(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("nesting depth")) {
            return FileWords.of("json.tooDeep", ScenarioFormat.MAX_DEPTH);
        }
        return FileWords.of("json.limit", JacksonMessage.of(clean(message)));
    }

    /**
     * Jackson's message without its source dump and hints for programmers, with whatever it
     * quotes from the file made {@linkplain ShownText#visible visible}.
     */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "it could not be parsed";
        }
        return ShownText.visible(message)
                .replaceAll("\\s*\\[Source: [^\\]]*\\]\\s*$", "")
                .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .strip();
    }

    private static int firstSignificant(byte[] content) {
        int i = startsWithUtf8Mark(content) ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n'
                || content[i] == '\r')) {
            i++;
        }
        return i < content.length ? i : -1;
    }

    private static boolean startsWithUtf8Mark(byte[] c) {
        return c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Or32Mark(byte[] c) {
        return c.length >= 2 && ((c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF
                || (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE)
                || c.length >= 4 && c[0] == 0 && c[1] == 0 && (c[2] & 0xFF) == 0xFE && (c[3] & 0xFF) == 0xFF;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading from memory; nothing to release.
            }
        }
    }
}
