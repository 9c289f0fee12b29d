package org.crvsplanner.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** English renderings of figures inside model messages. */
final class Figures {
    // Advisory messages are written on every slider step; building a DecimalFormat costs more
    // than formatting with one, and a DecimalFormat is not thread-safe, so each thread keeps one.
    private static final ThreadLocal<DecimalFormat> GB =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Figures() {
    }

    static String gb(double gb) {
        return GB.get().format(gb) + " GB";
    }
}
