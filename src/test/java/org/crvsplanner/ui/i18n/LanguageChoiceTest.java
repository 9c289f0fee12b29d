package org.crvsplanner.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.sun.javafx.scene.control.skin.resources.ControlResources;
import org.crvsplanner.text.Language;

class LanguageChoiceTest {
    private final Locale before = Locale.getDefault();
    private final Preferences preferences = Preferences.userRoot().node("crvs-planner-test-language-choice");

    @AfterEach
    void restore() throws Exception {
        I18n.setLanguage(Language.ENGLISH);
        Locale.setDefault(before);
        preferences.removeNode();
    }

    @Test
    @DisplayName("choosing French remembers it and makes JavaFX's own menus French too")
    void choose() {
        new LanguageChoice(preferences).choose(Language.FRENCH);

        assertThat(I18n.language()).isEqualTo(Language.FRENCH);
        assertThat(preferences.get("language", null)).isEqualTo("fr");
        assertThat(ControlResources.getString("TextInputControl.menu.Copy")).isEqualTo("Copier");

        new LanguageChoice(preferences).choose(Language.ENGLISH);
        assertThat(ControlResources.getString("TextInputControl.menu.Copy")).isEqualTo("Copy");
    }

    @Test
    @DisplayName("the remembered choice wins over the system's language at start")
    void applySaved() {
        preferences.put("language", "fr");
        new LanguageChoice(preferences).applySaved();
        assertThat(I18n.language()).isEqualTo(Language.FRENCH);
    }
}
