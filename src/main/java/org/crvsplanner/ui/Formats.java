package org.crvsplanner.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How the window writes and reads numbers: thousands separators, GB with two decimals, records as
 * whole numbers. {@link DecimalFormat} is not thread-safe and costly to build, and a slider step
 * formats some twenty figures, so each thread keeps its own formats.
 */
public final class Formats {
    private static final Locale LOCALE = Locale.US;
    private static final String[] NUMBER_PATTERNS = {"", "#,##0.#", "#,##0.##", "#,##0.###", "#,##0.####"};
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Formats() {
    }

    /** 1,013.71 GB */
    public static String gb(double gb) {
        return pattern("#,##0.00").format(gb) + " GB";
    }

    /** GB below 10,000 GB, TB above, for figures that can grow large: 1,448.16 GB or 32.08 TB. */
    public static String disk(double gb) {
        return gb >= 10_000 ? pattern("#,##0.00").format(gb / 1000) + " TB" : gb(gb);
    }

    /** 749,970 */
    public static String whole(double value) {
        return pattern("#,##0").format(value);
    }

    /** Up to {@code decimals} decimals, no trailing zeros: 17.299, 3, 0.4. */
    public static String number(double value, int decimals) {
        int places = Math.max(decimals, 1);
        // The chart's tick labels come here; the pattern is built once per number of decimals.
        return places < NUMBER_PATTERNS.length ? pattern(NUMBER_PATTERNS[places]).format(value)
                : pattern("#,##0." + "#".repeat(places)).format(value);
    }

    /**
     * Reads a typed number: thousands separators and surrounding spaces are allowed, anything
     * else after the number is not.
     */
    public static OptionalDouble parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String trimmed = text.strip();
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(trimmed, position);
        if (number == null || position.getIndex() != trimmed.length()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number.doubleValue());
    }

    private static DecimalFormat pattern(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(LOCALE)));
    }
}
