package org.crvsplanner.cli;

import java.nio.charset.Charset;
import java.util.Collection;

import org.crvsplanner.text.ShownText;

/**
 * Text for the terminal. Whatever came from the user or a file (a value, a name, a path) may hold
 * control characters, which a terminal obeys, and may be very long; every message and every
 * output goes through {@link #line} or {@link #lines}, which show such characters by their code
 * ({@link ShownText}) and quote long values as an excerpt.
 *
 * <p>A Windows console writes in an old code page (850, 437, 1252) that has no narrow no-break
 * space, so French thousands would print as "?"; there they get an ordinary no-break space,
 * which every such code page has ({@link #fit}).
 */
final class ConsoleText {
    /**
     * Arguments longer than this are quoted as an excerpt wherever a message repeats them. Far
     * longer than the paths people use, so a path is shown whole; the converters of the flags
     * quote their values at {@link ShownText#MAX_QUOTED} already.
     */
    static final int MAX_ARGUMENT = 1_000;

    private ConsoleText() {
    }

    /**
     * A message on one line: each of {@code values} longer than {@link #MAX_ARGUMENT} that it
     * quotes becomes an excerpt with its length, and control characters, line breaks included,
     * are shown by their code.
     */
    static String line(String message, Collection<String> values) {
        String shown = message;
        for (String value : values) {
            if (value.length() > MAX_ARGUMENT) {
                shown = shown.replace(value, ShownText.excerpt(value));
                shown = shown.replace(ShownText.visible(value), ShownText.excerpt(value));
            }
        }
        return ShownText.visible(shown);
    }

    /** Output of several lines: line breaks and tabs stay, other control characters are shown by their code. */
    static String lines(String text) {
        return ShownText.visibleLines(text);
    }

    static String fit(String text) {
        return fit(text, terminal());
    }

    static String fit(String text, Charset charset) {
        if (charset.newEncoder().canEncode(text)) {
            return text;
        }
        return text.replace('\u202F', '\u00A0').replace("œ", "oe").replace("Œ", "OE");
    }

    /** What standard output encodes to: the console's code page on Windows, else the default. */
    private static Charset terminal() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return Charset.defaultCharset();
        }
    }
}
