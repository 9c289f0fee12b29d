package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.scene.input.KeyCombination;

/** The actions table: words in every language, shortcuts JavaFX reads, ids that tell items apart. */
class StandardActionsTest {

    @Test
    @DisplayName("every action's words are in the English and the French bundles")
    void wordsInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(Arrays.stream(StandardActions.values()).map(StandardActions::textKey))
                    .as("keys of %s", language).allSatisfy(key -> assertThat(I18n.texts(language)).containsKey(key));
        }
    }

    @Test
    @DisplayName("every shortcut is one JavaFX reads, and no two actions share one or an id")
    void shortcutsAndIds() {
        var accelerators = Arrays.stream(StandardActions.values()).map(StandardActions::accelerator)
                .filter(Objects::nonNull).toList();
        assertThat(accelerators).allSatisfy(text -> assertThat(KeyCombination.keyCombination(text)).isNotNull())
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(StandardActions.values()).map(StandardActions::id).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
    }
}
