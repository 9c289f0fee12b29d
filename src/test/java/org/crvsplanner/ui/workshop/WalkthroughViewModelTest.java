package org.crvsplanner.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.ChartPart;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/** The walkthrough's steps, numbers and highlights, without a window. */
class WalkthroughViewModelTest {
    private final SimpleObjectProperty<SizingPlan> plan =
            new SimpleObjectProperty<>(SizingEngine.plan(SizingInputs.docsExample()));
    private final WalkthroughViewModel walkthrough = new WalkthroughViewModel(plan, WorkingViewModel::steps);

    private void goTo(int step) {
        walkthrough.open();
        for (int i = 0; i < step; i++) {
            walkthrough.next();
        }
    }

    @Test
    @DisplayName("nine steps from population to the outlook; Next stops at the last, Back at the first")
    void steps() {
        assertThat(walkthrough.isShowing()).isFalse();
        walkthrough.open();
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            titles.add(walkthrough.titleProperty().get());
            walkthrough.next();
        }
        assertThat(titles.stream().distinct().toList()).containsExactly("Population and rates", "Records per year",
                "Attachments", "Record data", "Operating system reserve", "Disk", "Backup", "Cluster size",
                "How sure, and until when");
        assertThat(walkthrough.indexProperty().get()).isEqualTo(8);
        assertThat(walkthrough.positionProperty().get()).isEqualTo("Step 9 of 9");
        for (int i = 0; i < 10; i++) {
            walkthrough.back();
        }
        assertThat(walkthrough.indexProperty().get()).isZero();
    }

    @Test
    @DisplayName("each step's numbers are the model's: records, attachments, disk and backup of the docs example")
    void numbers() {
        SizingPlan expected = SizingEngine.plan(SizingInputs.docsExample());
        goTo(1);
        assertThat(walkthrough.linesProperty().get()).anyMatch(line -> line.startsWith("Records per year")
                && line.endsWith("= " + Formats.whole(expected.firstYear().records())));
        walkthrough.next();
        assertThat(String.join("\n", walkthrough.linesProperty().get()))
                .contains(Formats.gb(expected.firstYear().attachmentsGb()));
        goTo(5);
        assertThat(String.join("\n", walkthrough.linesProperty().get()))
                .contains("= " + Formats.gb(expected.firstYear().applicationServerDiskGb()));
        walkthrough.next();
        assertThat(String.join("\n", walkthrough.linesProperty().get()))
                .contains("= " + Formats.gb(expected.firstYear().backupServerDiskGb()));
    }

    @Test
    @DisplayName("each step names the inputs and chart parts it talks about; closing clears them")
    void highlights() {
        walkthrough.open();
        assertThat(walkthrough.inputsProperty().get()).contains("population", "crudeBirthRate", "crudeDeathRate");
        goTo(2);
        assertThat(walkthrough.inputsProperty().get()).contains("attachmentsPerRecord", "mbPerAttachment")
                .doesNotContain("population");
        assertThat(walkthrough.chartPartsProperty().get()).containsExactly(ChartPart.FIRST_YEAR);
        goTo(6);
        assertThat(walkthrough.chartPartsProperty().get()).containsExactly(ChartPart.BACKUP);
        goTo(7);
        assertThat(walkthrough.chartPartsProperty().get()).containsExactly(ChartPart.MARKERS);
        walkthrough.close();
        assertThat(walkthrough.inputsProperty().get()).isEmpty();
        assertThat(walkthrough.chartPartsProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("the cluster step lists the years the cluster grows, and follows a changed plan while it shows")
    void liveCluster() {
        goTo(7);
        assertThat(walkthrough.linesProperty().get()).anyMatch(line -> line.contains("stays at"));

        SizingInputs growing = SizingInputs.builder().population(58_000_000).growthPercent(2).horizonYears(10).build();
        SizingPlan expected = SizingEngine.plan(growing);
        plan.set(expected);
        ClusterChange change = expected.clusterChanges().get(0);
        assertThat(walkthrough.linesProperty().get()).contains("Year " + change.year() + ": "
                + expected.firstYear().productionServers() + " → " + change.productionServers() + " servers");
    }

    @Test
    @DisplayName("the cluster step speaks of red lines only when the cluster grows, in English and French")
    void clusterWordsFollowTheChanges() {
        goTo(7);
        assertThat(plan.get().clusterChanges()).isEmpty();
        assertThat(walkthrough.explanationProperty().get()).doesNotContain("red lines mark")
                .contains("does not grow");

        plan.set(SizingEngine.plan(
                SizingInputs.builder().population(58_000_000).growthPercent(2).horizonYears(10).build()));
        assertThat(plan.get().clusterChanges()).isNotEmpty();
        assertThat(walkthrough.explanationProperty().get()).contains("The red lines mark the years it grows");
        try {
            I18n.setLanguage(Language.FRENCH);
            assertThat(walkthrough.explanationProperty().get()).contains("Les lignes rouges marquent");
            plan.set(SizingEngine.plan(SizingInputs.docsExample()));
            assertThat(walkthrough.explanationProperty().get()).doesNotContain("Les lignes rouges marquent")
                    .contains("ne grandit pas");
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    @DisplayName("while hidden, the walkthrough does not follow the plan: a slider drag costs it nothing")
    void idleWhileHidden() {
        goTo(1);
        walkthrough.close();
        List<String> before = walkthrough.linesProperty().get();
        plan.set(SizingEngine.plan(SizingInputs.builder().population(5_000_000).build()));
        assertThat(walkthrough.linesProperty().get()).isSameAs(before);
        walkthrough.open();
        assertThat(walkthrough.titleProperty().get()).isEqualTo("Population and rates");
        assertThat(walkthrough.linesProperty().get()).contains("Population: 5,000,000 people");
    }

    @Test
    @DisplayName("an open walkthrough follows a change of language at once")
    void french() {
        try {
            goTo(0);
            I18n.setLanguage(Language.FRENCH);
            assertThat(walkthrough.titleProperty().get()).isEqualTo("Population et taux");
            assertThat(walkthrough.positionProperty().get()).isEqualTo("Étape 1 sur 9");
            assertThat(walkthrough.linesProperty().get())
                    .contains("Population\u00A0: 30\u202F000\u202F000 habitants");
            walkthrough.next();
            assertThat(walkthrough.linesProperty().get()).contains("Actes par an\u00A0: 518\u202F970 + 231\u202F000 = 749\u202F970");
        } finally {
            I18n.setLanguage(Language.ENGLISH);
        }
        assertThat(walkthrough.titleProperty().get()).isEqualTo("Records per year");
    }
}
