package org.crvsplanner.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one notation of numbers typed where no language applies: every numeric flag of the command
 * line and the figures of an event's {@code NAME=RATE[:ATTACHMENTS]}. ASCII digits, an optional
 * sign, a '.' before decimals and an optional exponent: {@code 12000000}, {@code 1.2e7},
 * {@code 2.5}, {@code -0.5}. Spaces around the number are ignored. Nothing else: no thousands
 * separators, no digits of other scripts (Arabic-Indic ١٢, fullwidth １２), no {@code NaN},
 * {@code Infinity}, hexadecimal or Java's {@code 5d}, all of which Java's own parsing takes for
 * some types and not others.
 *
 * <p>A number may also group its thousands as a {@link Language} writes them, with the same
 * ASCII digits and the same '.' before decimals: {@code 1,500,000} in English, {@code 1 500 000}
 * in French (any of the spaces French puts between thousands). Separators stand only between
 * groups of three digits, before any decimals and without an exponent, so {@code 1,5} is refused
 * in English rather than read as 15 or 1.5, and a comma is never a separator in French.
 */
public final class PlainNumber {
    /** What --help says of it. */
    public static final String RULE = "Numbers are written with the digits 0-9, a '.' before decimals and an "
            + "optional exponent (12000000, 1.2e7, 2.5). The flags of the inputs also take thousands grouped as "
            + "--lang writes them: 1,500,000 in English, \"1 500 000\" in French. Whole-number flags take "
            + "whole values (5 or 5.0, not 5.5).";
    private static final Pattern NOTATION = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
    /** Thousands grouped by threes, G standing for the language's separators; then decimals. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(G\\d{3})+(\\.\\d*)?");
    /** More digits before the point than any long has. */
    private static final int MAX_WHOLE_DIGITS = 19;

    private PlainNumber() {
    }

    /** @throws NumberFormatException when the text is not in the notation */
    public static double parse(String text) {
        return Double.parseDouble(checked(text));
    }

    /**
     * The number {@code text} writes, in the notation or with thousands grouped as
     * {@code language} groups them.
     *
     * @throws NumberFormatException when the text is in neither
     */
    public static double parse(String text, Language language) {
        return parse(ungrouped(text, language));
    }

    /**
     * {@link #parseWhole(String, long, long)} of a text that may group thousands as
     * {@code language} does.
     */
    public static long parseWhole(String text, long min, long max, Language language) {
        return parseWhole(ungrouped(text, language), min, max);
    }

    /** Whether {@code text} holds a character some language reads as a thousands separator. */
    public static boolean hasGrouping(String text) {
        for (Language language : Language.values()) {
            if (indexOfAny(text, language.groupingRead()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text without the language's thousands separators, when it groups its digits as the language does. */
    private static String ungrouped(String text, Language language) {
        String number = requireNonNull(text, "text").strip();
        String separators = requireNonNull(language, "language").groupingRead();
        if (indexOfAny(number, separators) < 0) {
            return number;
        }
        StringBuilder shape = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            shape.append(separators.indexOf(c) >= 0 ? 'G' : c);
        }
        if (!GROUPED.matcher(shape).matches()) {
            throw new NumberFormatException("not grouped by thousands as " + language.tag() + " groups them: " + text);
        }
        return shape.toString().replace("G", "");
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The whole number the text writes, such as 12000000 for "1.2e7" or 5 for "5.0".
     *
     * @throws NumberFormatException when the text is not in the notation, not whole, or outside
     *         {@code min} to {@code max}
     */
    public static long parseWhole(String text, long min, long max) {
        BigDecimal number = new BigDecimal(checked(text)).stripTrailingZeros();
        // Checked before any exact conversion, which 1e999999999 would make very slow.
        if (number.scale() > 0 || number.precision() - number.scale() > MAX_WHOLE_DIGITS
                || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new NumberFormatException("not a whole number from " + min + " to " + max + ": " + text);
        }
        return number.longValueExact();
    }

    private static String checked(String text) {
        String number = requireNonNull(text, "text").strip();
        if (!NOTATION.matcher(number).matches()) {
            throw new NumberFormatException("not in the plain notation: " + text);
        }
        return number;
    }
}
