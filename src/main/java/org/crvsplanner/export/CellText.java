package org.crvsplanner.export;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the user's own words for a cell so that every spreadsheet program shows exactly what
 * was typed.
 *
 * <p>Cells hold text, never formulas, so {@code =HYPERLINK(…)} stays inert. What remains is the
 * file format's own escape: readers turn {@code _x0041_} into "A" and XML cannot carry control
 * characters, so both are written in the {@code _xHHHH_} form that Excel and LibreOffice decode
 * back to the original.
 */
final class CellText {
    /** The most characters a cell holds in Excel 2007 and later. */
    static final int MAX_LENGTH = 32_767;

    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private CellText() {
    }

    static String literal(String text) {
        String escaped = ESCAPE_LOOKALIKE.matcher(text).replaceAll(m -> "_x005F" + Matcher.quoteReplacement(m.group()));
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void checkFits(String what, String text) {
        int length = literal(text).length();
        if (length > MAX_LENGTH) {
            NumberFormat figures = NumberFormat.getIntegerInstance(Locale.ROOT);
            throw new IllegalArgumentException(what + " " + (what.endsWith("s") ? "have " : "has ")
                    + figures.format(text.length()) + " characters; a spreadsheet cell holds at most "
                    + figures.format(MAX_LENGTH) + ".");
        }
    }
}
