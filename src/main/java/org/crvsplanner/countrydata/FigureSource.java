package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

/**
 * Which file gave a figure and what the file calls it.
 *
 * @param indicator such as {@code SP.DYN.CBRT.IN} (World Bank) or {@code CBR} (UN WPP)
 */
record FigureSource(DataFile file, String indicator) {
    FigureSource {
        requireNonNull(file, "file");
        requireNonNull(indicator, "indicator");
    }
}
