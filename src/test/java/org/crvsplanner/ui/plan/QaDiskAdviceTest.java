package org.crvsplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.model.Environment;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/**
 * For a small country the qa server's fixed disk is larger than production's (issue 13, point
 * 11: 320 GB against 189 GB at 125,000 people); the advice says why, so that nobody "corrects" it.
 */
class QaDiskAdviceTest {
    private static final SizingPlan SMALL = SizingPlan.of(SizingInputs.builder().population(125_000).build());

    private static String disk(SizingPlan plan, Environment environment) {
        ServerLine line = plan.servers().stream().filter(l -> l.environment() == environment).findFirst().orElseThrow();
        return org.crvsplanner.ui.base.Formats.gb(line.diskGb());
    }

    @Test
    @DisplayName("at 125,000 people the advice says the qa server keeps a fixed disk for testing and training, en + fr")
    void smallCountry() {
        assertThat(disk(SMALL, Environment.QA)).isEqualTo("320.00 GB");
        String production = disk(SMALL, Environment.PRODUCTION);
        PlanViewModel plan = new PlanViewModel(new SimpleObjectProperty<>(SMALL));
        assertThat(plan.advisories()).anySatisfy(advice -> assertThat(advice).contains("qa server")
                .contains("fixed 320.00 GB disk").contains("testing and training").contains(production));
        try {
            I18n.setLanguage(Language.FRENCH);
            assertThat(plan.advisories()).anySatisfy(advice -> assertThat(advice).contains("serveur qa")
                    .contains("disque fixe").contains("tests et la formation").contains("320,00\u00A0Go"));
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    @DisplayName("when production has the larger disk, as for the default 30 million people, nothing is said")
    void largeCountry() {
        PlanViewModel plan = new PlanViewModel(new SimpleObjectProperty<>(SizingPlan.of(SizingInputs.defaults())));
        assertThat(plan.advisories()).noneSatisfy(advice -> assertThat(advice).contains("testing and training"));
    }
}
