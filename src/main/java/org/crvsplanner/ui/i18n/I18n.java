package org.crvsplanner.ui.i18n;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import org.crvsplanner.text.Language;
import org.crvsplanner.text.Wording;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's words in the language the person chose. Each feature keeps its texts in a bundle
 * beside its code ({@code messages.properties} and {@code messages_fr.properties}); keys are
 * unique across all of them, which a test checks.
 *
 * <p>Views bind their texts with {@link #text}, so a change of language relabels the open window
 * at once. The language lives on the JavaFX thread, once the window starts (the application's
 * {@code init()} sets the saved one before that, while nothing else reads it); background work
 * takes {@link #wording()} with it when it starts.
 */
public final class I18n {
    /** Every bundle of the window, one per feature. */
    public static final List<String> BUNDLES = List.of(
            "org.crvsplanner.ui.app.messages",
            "org.crvsplanner.ui.inputs.messages",
            "org.crvsplanner.ui.plan.messages",
            "org.crvsplanner.ui.chart.messages",
            "org.crvsplanner.ui.working.messages",
            "org.crvsplanner.ui.workspace.messages",
            "org.crvsplanner.ui.compare.messages",
            "org.crvsplanner.ui.export.messages",
            "org.crvsplanner.ui.countrydata.messages",
            "org.crvsplanner.ui.workshop.messages");

    private static final Logger LOG = Logger.getLogger(I18n.class.getName());
    private static final ReadOnlyObjectWrapper<Language> LANGUAGE =
            new ReadOnlyObjectWrapper<>(I18n.class, "language", Language.forLocale(Locale.getDefault()));
    private static final Map<Language, Map<String, String>> TEXTS = new EnumMap<>(Language.class);

    private I18n() {
    }

    public static ReadOnlyObjectProperty<Language> languageProperty() {
        return LANGUAGE.getReadOnlyProperty();
    }

    public static Language language() {
        return LANGUAGE.get();
    }

    /** Relabels everything bound with {@link #text} and everything that formats through {@link #wording()}. */
    public static void setLanguage(Language language) {
        LANGUAGE.set(requireNonNull(language, "language"));
    }

    /** The current language's words and number style, for the model's messages and for figures. */
    public static Wording wording() {
        return LANGUAGE.get().wording();
    }

    /** The text of {@code key} in the current language, with its placeholders filled. */
    public static String get(String key, Object... args) {
        return get(LANGUAGE.get(), key, args);
    }

    public static String get(Language language, String key, Object... args) {
        String pattern = texts(language).get(key);
        if (pattern == null) {
            // The bundle test catches this before a release; a window showing the key beats one that fails.
            LOG.warning(() -> "No text for " + key + " in " + language);
            return key;
        }
        return language.wording().fill(pattern, args);
    }

    /** {@code key + ".one"} or {@code key + ".other"} by the language's rule for {@code count}. */
    public static String plural(String key, long count, Object... args) {
        return get(wording().pluralKey(key, count), args);
    }

    /** The text of {@code key}, following the language: bind a label's text to it. */
    public static StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), LANGUAGE);
    }

    /** Every key and text of {@code language}, across all the window's bundles. */
    public static synchronized Map<String, String> texts(Language language) {
        return TEXTS.computeIfAbsent(language, I18n::load);
    }

    private static Map<String, String> load(Language language) {
        Map<String, String> all = new HashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle bundle = language.wording().bundle(name);
            for (String key : Collections.list(bundle.getKeys())) {
                String earlier = all.putIfAbsent(key, bundle.getString(key));
                if (earlier != null) {
                    throw new IllegalStateException("The key " + key + " is in two bundles; " + name + " is one");
                }
            }
        }
        return Map.copyOf(all);
    }
}
