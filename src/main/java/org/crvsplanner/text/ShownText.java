package org.crvsplanner.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

import org.crvsplanner.model.PrintableText;

/**
 * Someone else's text (a flag value, a field of a file, a path) made safe to quote in a message.
 *
 * <p>A terminal obeys the control characters it is sent: an escape sequence can retitle the
 * window or rewrite what is on screen, a carriage return can hide the start of a line, and a
 * right-to-left override makes a message read differently from what it says. So such characters
 * ({@link PrintableText}) are shown by their code, as JSON and Java write them (backslash, u, four
 * hexadecimal digits). A lone half of a surrogate pair is no character at all and is shown the
 * same way. And a value of a million characters is quoted by its start and its length, so a
 * message stays one readable line.
 */
public final class ShownText {
    /** Values longer than this are quoted as an excerpt. */
    public static final int MAX_QUOTED = 60;
    private static final int EXCERPT = 40;

    private ShownText() {
    }

    /** The text with every character a terminal or a reader could be fooled by written as its code. */
    public static String visible(String text) {
        requireNonNull(text, "text");
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = isHidden(text, i);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                appendCode(out, c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Like {@link #visible(String)}, but keeping line breaks ({@code \n} and {@code \r\n}) and
     * tabs, for output of several lines such as a table.
     */
    public static String visibleLines(String text) {
        requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (lineBreak) {
                out.append(visible(text.substring(start, i))).append(c);
                start = i + 1;
            }
        }
        return out.append(visible(text.substring(start))).toString();
    }

    /**
     * The text to quote: {@linkplain #visible(String) visible}, and when it is longer than
     * {@value #MAX_QUOTED} characters, its start followed by "…" and its length in characters.
     */
    public static String excerpt(String text) {
        requireNonNull(text, "text");
        if (text.length() <= MAX_QUOTED) {
            return visible(text);
        }
        int end = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return visible(text.substring(0, end)) + "… (" + Wording.ENGLISH.number(text.codePointCount(0, text.length()), 0)
                + " characters)";
    }

    /**
     * Whether a character changes how text around it is shown rather than being shown itself
     * ({@link PrintableText#isHidden}): control characters, line and paragraph separators,
     * direction overrides and isolates, and lone halves of surrogate pairs.
     */
    public static boolean isHidden(String text, int index) {
        return PrintableText.isHidden(text, index);
    }

    /** The text with every half of a surrogate pair that lacks its other half replaced by U+FFFD. */
    public static String wellFormed(String text) {
        return PrintableText.wellFormed(requireNonNull(text, "text"));
    }

    private static void appendCode(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
