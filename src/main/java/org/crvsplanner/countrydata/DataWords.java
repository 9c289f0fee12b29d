package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import org.crvsplanner.text.Wording;

/** The country-figures texts ({@code countrydata/messages*.properties}), worded once the reader's language is known. */
final class DataWords {
    private static final String BUNDLE = "org.crvsplanner.countrydata.messages";

    private DataWords() {
    }

    static Wording.Phrase of(String key, Object... args) {
        requireNonNull(key, "key");
        Object[] copy = Arrays.copyOf(args, args.length);
        return wording -> wording.fill(wording.bundle(BUNDLE).getString(key), copy);
    }

    /** The text of {@code key} in {@code wording}'s language. */
    static String text(Wording wording, String key, Object... args) {
        return of(key, args).in(wording);
    }
}
