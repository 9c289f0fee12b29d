package org.crvsplanner.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** English renderings of figures inside model messages. */
final class Figures {
    private Figures() {
    }

    static String gb(double gb) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(gb) + " GB";
    }
}
