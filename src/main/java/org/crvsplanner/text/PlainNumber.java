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
 */
public final class PlainNumber {
    /** What --help says of it. */
    public static final String RULE = "Numbers are written with the digits 0-9, a '.' before decimals and an "
            + "optional exponent (12000000, 1.2e7, 2.5); no thousands separators. Whole-number flags take "
            + "whole values (5 or 5.0, not 5.5).";
    private static final Pattern NOTATION = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
    /** More digits before the point than any long has. */
    private static final int MAX_WHOLE_DIGITS = 19;

    private PlainNumber() {
    }

    /** @throws NumberFormatException when the text is not in the notation */
    public static double parse(String text) {
        return Double.parseDouble(checked(text));
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
