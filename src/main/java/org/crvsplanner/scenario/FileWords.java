package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Arrays;

import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

/**
 * The scenario package's own texts ({@code scenario/messages*.properties}), kept as phrases that
 * are written out only once the reader's language is known, as the model does with its messages.
 */
final class FileWords {
    private static final String BUNDLE = "org.crvsplanner.scenario.messages";

    private FileWords() {
    }

    /** The text of {@code key}, with {@code args} (which may be phrases too) in its placeholders. */
    static Wording.Phrase of(String key, Object... args) {
        requireNonNull(key, "key");
        Object[] copy = Arrays.copyOf(args, args.length);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Path path) {
                // A file name can hold anything but '/' and NUL, escape sequences included.
                copy[i] = ShownText.visible(path.toString());
            }
        }
        return Wording.phrase(BUNDLE, key, copy);
    }

    /** A text that reads the same in every language, such as a message from the system. */
    static Wording.Phrase literal(String text) {
        requireNonNull(text, "text");
        return wording -> text;
    }

    /** Written the same way but on one line, for texts that may quote a line break from the file. */
    static Wording.Phrase oneLine(Wording.Phrase phrase) {
        return wording -> phrase.in(wording).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
