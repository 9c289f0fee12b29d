package org.crvsplanner.ui.i18n;

import java.util.Locale;
import java.util.Optional;

import org.crvsplanner.model.Wording;

/** The languages the window speaks. Each is named in itself, as language menus do. */
public enum Language {
    ENGLISH("en", "English", Wording.ENGLISH),
    FRENCH("fr", "Français", Wording.FRENCH);

    private final String tag;
    private final String nativeName;
    private final Wording wording;

    Language(String tag, String nativeName, Wording wording) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.wording = wording;
    }

    /** French on a French system (any country), English everywhere else. */
    public static Language forLocale(Locale locale) {
        return locale.getLanguage().equals(FRENCH.tag) ? FRENCH : ENGLISH;
    }

    /** The language with the tag "en" or "fr", as the preferences and the command line write it. */
    public static Optional<Language> forTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public String tag() {
        return tag;
    }

    /** "English", "Français". */
    public String nativeName() {
        return nativeName;
    }

    public Wording wording() {
        return wording;
    }

    public Locale locale() {
        return wording.locale();
    }
}
