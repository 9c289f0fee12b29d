package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

/**
 * A country of an import, as the picker lists it.
 *
 * @param iso3 the ISO 3166 alpha-3 code, such as UGA
 * @param name the name as the file writes it, such as "Korea, Rep."
 */
public record Country(String iso3, String name) {
    public Country {
        requireNonNull(iso3, "iso3");
        requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + " (" + iso3 + ")";
    }
}
