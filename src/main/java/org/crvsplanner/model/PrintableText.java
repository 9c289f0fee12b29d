package org.crvsplanner.model;

/**
 * Which characters change how the text around them is shown rather than being shown themselves:
 * control characters (C0, DEL, C1), the line and paragraph separators, the direction overrides,
 * embeddings and isolates, and halves of surrogate pairs without their other half. A terminal
 * obeys control characters, and a right-to-left override makes a name read differently from what
 * it holds. The left-to-right and right-to-left marks are not among them: Arabic and Hebrew text
 * needs them, and they reorder nothing beyond a neutral character.
 */
public final class PrintableText {
    private PrintableText() {
    }

    /** Whether the character at {@code index} is one that changes how text is shown. */
    public static boolean isHidden(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /** Whether the text holds any character {@link #isHidden} names. */
    public static boolean hasHidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHidden(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every half of a surrogate pair that lacks its other half replaced by U+FFFD. */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && isHidden(text, i);
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
