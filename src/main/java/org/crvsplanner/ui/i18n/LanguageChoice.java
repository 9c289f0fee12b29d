package org.crvsplanner.ui.i18n;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.crvsplanner.text.Language;

/**
 * The language the person picked in View › Language, remembered between runs. Until they pick
 * one, the window follows the system's language. The system property {@code crvs.language}
 * ({@code en} or {@code fr}) sets it for one run without remembering it, for pictures and tests.
 */
public final class LanguageChoice {
    public static final String PROPERTY = "crvs.language";
    private static final String KEY = "language";
    private final Preferences preferences;

    public LanguageChoice(Preferences preferences) {
        this.preferences = requireNonNull(preferences, "preferences");
    }

    /** Sets the window's language from the run's option, the remembered choice or the system. */
    public void applySaved() {
        Language language = Language.forTag(System.getProperty(PROPERTY))
                .or(() -> Language.forTag(preferences.get(KEY, null)))
                .orElseGet(() -> Language.forLocale(Locale.getDefault()));
        speak(language);
    }

    /** Switches the open window to {@code language} and remembers it. */
    public void choose(Language language) {
        speak(language);
        preferences.put(KEY, language.tag());
    }

    private static void speak(Language language) {
        I18n.setLanguage(language);
        // JavaFX words its own menus (a text field's Cut, Copy, Paste) in the JVM's default
        // language, read when they are made; the app formats nothing with the default locale.
        Locale.setDefault(language.locale());
    }
}
