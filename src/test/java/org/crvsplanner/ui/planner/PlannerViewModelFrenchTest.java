package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.KeyFigures;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The inputs and the plan in French, and what a change of language does to them, without a window. */
class PlannerViewModelFrenchTest {
    private static final String THIN = "\u202F";
    private static final String NBSP = "\u00A0";

    private final PlannerViewModel model = new PlannerViewModel();

    @AfterEach
    void backToEnglish() {
        I18n.setLanguage(Language.ENGLISH);
    }

    private List<NumberInputViewModel> allInputs() {
        return new ArrayList<>(model.numbers().values());
    }

    @Test
    @DisplayName("every input has its label, unit and description in both languages")
    void everyInputIsWorded() {
        for (Language language : Language.values()) {
            I18n.setLanguage(language);
            for (NumberInputViewModel input : allInputs()) {
                assertThat(input.label()).as("label of %s in %s", input.id(), language)
                        .isNotBlank().doesNotStartWith("inputs.");
                assertThat(input.unit()).as("unit of %s", input.id()).doesNotStartWith("inputs.");
                assertThat(input.tooltip()).as("tooltip of %s", input.id()).doesNotContain("inputs.");
            }
        }
        I18n.setLanguage(Language.FRENCH);
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).label()).isEqualTo("Taux brut de natalité");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).tooltip()).contains("Par défaut" + NBSP + ": 17,299" + NBSP + "pour 1" + THIN + "000 habitants");
    }

    @Test
    @DisplayName("in French, typed numbers take spaces between thousands and a decimal comma")
    void frenchTyping() {
        I18n.setLanguage(Language.FRENCH);

        model.number(Inputs.POPULATION).textProperty().set("1 500 000");
        assertThat(model.getPlan().inputs().population()).isEqualTo(1_500_000);
        model.number(Inputs.POPULATION).textProperty().set("2" + THIN + "000" + NBSP + "000");
        assertThat(model.getPlan().inputs().population()).isEqualTo(2_000_000);
        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("17,5");
        assertThat(model.getPlan().inputs().crudeBirthRate()).isEqualTo(17.5);
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).isNull();

        model.number(Inputs.CRUDE_BIRTH_RATE).tidyText();
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().get()).isEqualTo("17,5");
    }

    @Test
    @DisplayName("in French, an error names the field and its range in French")
    void frenchErrors() {
        I18n.setLanguage(Language.FRENCH);

        model.number(Inputs.POPULATION).textProperty().set("trente millions");
        assertThat(model.number(Inputs.POPULATION).getError()).isEqualTo("Population" + NBSP
                + ": saisissez un nombre entier entre 1 et 2" + THIN + "000" + THIN + "000" + THIN + "000" + NBSP + "habitants.");

        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("95");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).isEqualTo("Taux brut de natalité doit se situer entre 0 et 80" + NBSP + "pour 1"
                + THIN + "000 habitants" + NBSP + "; valeur reçue" + NBSP + ": 95.");

        model.events().textProperty().set("mariage=500");
        assertThat(model.events().errorProperty().get()).startsWith("Autres types d'événements" + NBSP + ": le taux");
    }

    @Test
    @DisplayName("a change of language rewrites values, errors and the problem, but not a mistyped text")
    void switching() {
        model.number(Inputs.COVERAGE_START_PERCENT).setValue(50);
        assertThat(model.problemProperty().get()).startsWith("Full coverage in year");
        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("95");
        model.number(Inputs.POPULATION).textProperty().set("30000000x");

        I18n.setLanguage(Language.FRENCH);

        assertThat(model.number(Inputs.CRUDE_DEATH_RATE).textProperty().get()).isEqualTo("7,7");
        assertThat(model.number(Inputs.POPULATION).textProperty().get()).isEqualTo("30000000x");
        assertThat(model.number(Inputs.POPULATION).getError()).startsWith("Population" + NBSP + ": saisissez");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).startsWith("Taux brut de natalité doit se situer");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).tooltipText().get()).isEqualTo(model.number(Inputs.CRUDE_BIRTH_RATE).getError());
        assertThat(model.number(Inputs.CRUDE_DEATH_RATE).tooltipText().get()).startsWith("Décès par an");
        assertThat(model.number(Inputs.COVERAGE_FULL_YEAR).getError()).startsWith("Couverture totale en année doit se situer");
        // Typed text that is no valid value comes first: it is what the person just did.
        assertThat(model.problemProperty().get()).startsWith("Population" + NBSP + ": saisissez")
                .endsWith("Une autre valeur saisie n’est pas valide non plus.");
        assertThat(model.choice(Inputs.STAGE).labels()).containsExactly("PoC", "Pilote", "National");
        assertThat(model.choice(Inputs.BACKUP_RULE).labels()).contains("Copies complètes");

        I18n.setLanguage(Language.ENGLISH);

        assertThat(model.number(Inputs.CRUDE_DEATH_RATE).textProperty().get()).isEqualTo("7.7");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).startsWith("Crude birth rate must be between");
        assertThat(model.choice(Inputs.STAGE).labels()).containsExactly("POC", "Pilot", "National");
    }

    @Test
    @DisplayName("a text refused in one language is read again in the other: 1,5 is one and a half in French")
    void typedTextReadAgain() {
        model.number(Inputs.CRUDE_BIRTH_RATE).textProperty().set("17,5");
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).isNotNull();

        I18n.setLanguage(Language.FRENCH);

        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getError()).isNull();
        assertThat(model.number(Inputs.CRUDE_BIRTH_RATE).getValue()).isEqualTo(17.5);
    }

    @Test
    @DisplayName("a whole-number field takes no decimal mark: French 1,000 is not a population of one")
    void wholeNumbersRefuseDecimalMarks() {
        I18n.setLanguage(Language.FRENCH);
        model.number(Inputs.POPULATION).textProperty().set("1,000");
        assertThat(model.number(Inputs.POPULATION).getError()).startsWith("Population" + NBSP + ": saisissez un nombre entier");
        assertThat(model.number(Inputs.POPULATION).getValue()).isEqualTo(30_000_000);
        model.number(Inputs.POPULATION).textProperty().set("1 000 000");
        assertThat(model.number(Inputs.POPULATION).getValue()).isEqualTo(1_000_000);
    }

    @Test
    @DisplayName("the key figures, the server list and the working follow the language")
    void plan() {
        model.showDocsExample();
        PlanViewModel plan = new PlanViewModel(model.planProperty());

        I18n.setLanguage(Language.FRENCH);

        KeyFigures figures = plan.keyFiguresProperty().get();
        assertThat(figures.firstYearDisk()).isEqualTo("1" + THIN + "013,71" + NBSP + "Go");
        assertThat(figures.horizonLabel()).isEqualTo("Disque requis en année 1");
        assertThat(plan.serverRows().get(plan.serverRows().size() - 1).environment().get()).isEqualTo("Total");
        assertThat(plan.serverRows().get(0).ram().get()).isEqualTo("16" + NBSP + "Go");
        assertThat(plan.advisories()).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain("documentation's"));
        List<WorkingStep> steps = WorkingViewModel.steps(SizingEngine.plan(SizingInputs.docsExample()));
        assertThat(steps).extracting(WorkingStep::formula)
                .contains("30" + THIN + "000" + THIN + "000 × 17,299 / 1" + THIN + "000");
        assertThat(steps).extracting(WorkingStep::title).contains("Naissances par an");

        I18n.setLanguage(Language.ENGLISH);

        assertThat(plan.keyFiguresProperty().get().firstYearDisk()).isEqualTo("1,013.71 GB");
        assertThat(plan.serverRows().get(0).ram().get()).isEqualTo("16 GB");
    }

    @Test
    @DisplayName("the language, a static property, does not keep a closed tab's view models alive")
    void noLeak() throws InterruptedException {
        PlannerViewModel closed = new PlannerViewModel();
        List<WeakReference<Object>> refs = List.of(new WeakReference<>(closed),
                new WeakReference<>(new PlanViewModel(closed.planProperty())),
                new WeakReference<>(new DiskChartViewModel(closed.planProperty())),
                new WeakReference<>(new WorkingViewModel(closed.planProperty())),
                new WeakReference<>(new WalkthroughViewModel(closed.planProperty(), WorkingViewModel::steps)));
        closed = null;
        for (int i = 0; i < 50 && refs.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(refs).allSatisfy(r -> assertThat(r.get()).isNull());
        // The weak listeners the collected ones left behind do no harm.
        I18n.setLanguage(Language.FRENCH);
    }
}
