package org.crvsplanner.countrydata;

import java.util.Optional;

/**
 * A projection variant of the UN World Population Prospects. The Medium variant gives the figures;
 * Low and High bracket it. World Bank figures count as Medium: they are the one series there is.
 */
public enum Variant {
    MEDIUM("Medium"),
    LOW("Low"),
    HIGH("High");

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    /** The name in the WPP files' Variant column. */
    public String label() {
        return label;
    }

    /** The variant a WPP Variant column names; empty for the others (Constant fertility, …), which are not read. */
    static Optional<Variant> ofLabel(String text) {
        for (Variant variant : values()) {
            if (variant.label.equals(text.strip())) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }
}
