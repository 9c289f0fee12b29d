package org.crvsplanner.ui.base;

import java.util.OptionalDouble;

import org.crvsplanner.ui.i18n.I18n;

/**
 * How the window writes and reads numbers, in the current language: thousands separators, GB with
 * two decimals, records as whole numbers; "1,013.71 GB" in English, "1 013,71 Go" in French.
 * The model's {@link org.crvsplanner.text.Wording} does the work and keeps its formats per
 * thread, since a slider step formats some twenty figures.
 */
public final class Formats {
    private Formats() {
    }

    /** 1,013.71 GB */
    public static String gb(double gb) {
        return I18n.wording().gb(gb);
    }

    /** 749,970 */
    public static String whole(double value) {
        return I18n.wording().whole(value);
    }

    /** Up to {@code decimals} decimals, no trailing zeros: 17.299, 3, 0.4. */
    public static String number(double value, int decimals) {
        return I18n.wording().number(value, decimals);
    }

    /** A unit in the current language: GB → Go in French. */
    public static String unit(String unit) {
        return I18n.wording().unit(unit);
    }

    /**
     * Reads a typed number in the current language: thousands separators and surrounding spaces
     * are allowed, anything else after the number is not.
     */
    public static OptionalDouble parse(String text) {
        return I18n.wording().parse(text);
    }
}
