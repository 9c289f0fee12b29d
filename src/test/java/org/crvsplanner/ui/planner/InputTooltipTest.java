package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each input's tooltip gives its default once (issue 13, point 11: Backup copies said it twice). */
class InputTooltipTest {
    @AfterEach
    void backToEnglish() {
        I18n.setLanguage(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("every number input's tooltip says its default once")
    void defaultOnce(Language language) {
        I18n.setLanguage(language);
        String word = language == Language.FRENCH ? "défaut" : "Default";
        PlannerViewModel planner = new PlannerViewModel();
        planner.numbers().forEach((input, model) -> assertThat(model.tooltip().split(word, -1))
                .as("%s: %s", input, model.tooltip()).hasSize(2));
    }
}
