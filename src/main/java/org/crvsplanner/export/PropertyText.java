package org.crvsplanner.export;

/**
 * The user's words (the scenario name, the author) made fit for the document properties
 * ({@code docProps/core.xml}). Those are plain XML 1.0 text, which cannot hold most control
 * characters, nor half of a surrogate pair, and which readers do not decode {@link CellText}'s
 * {@code _xHHHH_} escapes in. So each character XML cannot hold becomes U+FFFD, the mark of a
 * character that could not be kept; the cells keep the exact text.
 */
final class PropertyText {
    private static final char REPLACEMENT = '\uFFFD';

    private PropertyText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || !allowedInXml(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not a surrogate. */
    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
