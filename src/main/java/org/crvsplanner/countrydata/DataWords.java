package org.crvsplanner.countrydata;

import org.crvsplanner.text.Wording;

/** The country-figures texts ({@code countrydata/messages*.properties}), worded once the reader's language is known. */
final class DataWords {
    private static final String BUNDLE = "org.crvsplanner.countrydata.messages";

    private DataWords() {
    }

    static Wording.Phrase of(String key, Object... args) {
        return Wording.phrase(BUNDLE, key, args);
    }
}
