package org.crvsplanner.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crvsplanner.text.Wording;

/**
 * What the JSON parser said about malformed text. The parser speaks English, so English readers
 * get its words as they are; other languages get the common messages translated from their own
 * bundle, and the parser's words for the rare others.
 */
final class JacksonMessage {
    /** The parser's message → the key of its translation; the groups fill its placeholders. */
    static final List<Translation> KNOWN = List.of(
            new Translation("Unexpected character \\((.+?) \\(code \\d+\\)\\): was expecting (?:a )?comma.*",
                    "jackson.expectingComma"),
            new Translation("Unexpected character \\((.+?) \\(code \\d+\\)\\): was expecting double-quote.*",
                    "jackson.expectingName"),
            new Translation("Unexpected character \\((.+?) \\(code \\d+\\)\\): was expecting a colon.*",
                    "jackson.expectingColon"),
            new Translation("Unexpected character \\((.+?) \\(code \\d+\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                    "jackson.comment"),
            new Translation("Unexpected character \\((.+?) \\(code \\d+\\)\\).*", "jackson.unexpectedCharacter"),
            new Translation("Unexpected end-of-input.*", "jackson.endOfInput"),
            new Translation("Unrecognized token '([^']*)'.*", "jackson.unrecognizedToken"),
            new Translation("Non-standard token '([^']*)'.*", "jackson.nonStandardToken"),
            new Translation("Duplicate field '([^']*)'.*", "jackson.duplicateField"),
            new Translation("Invalid UTF-8 .*", "jackson.invalidUtf8"),
            new Translation("Illegal unquoted character .*", "jackson.controlCharacter"),
            new Translation("it could not be parsed", "jackson.unparsable"));

    private JacksonMessage() {
    }

    static Wording.Phrase of(String message) {
        return wording -> {
            if (wording == Wording.ENGLISH) {
                return message;
            }
            for (Translation known : KNOWN) {
                Matcher matcher = known.pattern().matcher(message);
                if (matcher.matches()) {
                    Object[] groups = new Object[matcher.groupCount()];
                    for (int i = 0; i < groups.length; i++) {
                        groups[i] = matcher.group(i + 1);
                    }
                    return FileWords.of(known.key(), groups).in(wording);
                }
            }
            return message;
        };
    }

    record Translation(Pattern pattern, String key) {
        Translation(String regex, String key) {
            this(Pattern.compile(regex, Pattern.DOTALL), key);
        }
    }
}
