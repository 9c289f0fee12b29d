package org.crvsplanner.countrydata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Figures as the files write them: plain decimals, now and then with an exponent. A rate is the
 * double nearest the file's digits, so writing it back gives those digits; a population is a
 * whole number of people, exactly.
 */
final class Figures {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE][-+]?\\d{1,3})?");

    private Figures() {
    }

    static double parse(String text, Supplier<CountryDataException> notNumber) {
        if (!NUMBER.matcher(text).matches()) {
            throw notNumber.get();
        }
        return Double.parseDouble(text);
    }

    /**
     * People from a figure counted in units of {@code 10^powerOfTen} people: 45853.778 thousands
     * (power 3) is 45,853,778. Finer figures are rounded to the nearest person.
     */
    static double people(String text, int powerOfTen, Supplier<CountryDataException> notNumber) {
        if (!NUMBER.matcher(text).matches()) {
            throw notNumber.get();
        }
        return new BigDecimal(text).movePointRight(powerOfTen).setScale(0, RoundingMode.HALF_UP).doubleValue();
    }
}
