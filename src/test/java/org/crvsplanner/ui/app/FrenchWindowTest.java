package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.text.Language;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.ServerGrid;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The open window switches to French and back without a restart: its words, its figures in the
 * French style (1 013,71 Go) and the numbers a person types.
 */
@ExtendWith(ApplicationExtension.class)
class FrenchWindowTest {
    private static final String THIN = "\u202F";
    private static final String NBSP = "\u00A0";

    private PlannerViewModel model;
    private PlannerWindow window;
    private MainView view;

    @Start
    void start(Stage stage) {
        Theme theme = new Theme(Preferences.userRoot().node("crvs-planner-tests"));
        theme.apply(false);
        model = new PlannerViewModel();
        window = PlannerWindow.around(model, theme);
        view = window.view();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
    }

    private void speak(FxRobot robot, Language language) {
        robot.interact(() -> I18n.setLanguage(language));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shows(FxRobot robot, String words) {
        return robot.lookup((Node n) -> n instanceof Label label && words.equals(label.getText())).tryQuery()
                .isPresent();
    }

    private List<String> diskTicks() {
        Parent axis = (Parent) view.chart().chart().getYAxis();
        return axis.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .toList();
    }

    @Test
    @DisplayName("French relabels the open window and writes 1013.71 GB as 1 013,71 Go; English brings it back")
    void relabels(FxRobot robot) {
        robot.interact(model::showDocsExample);
        assertThat(text(robot, "#first-year-disk")).isEqualTo("1,013.71 GB");

        speak(robot, Language.FRENCH);

        assertThat(text(robot, "#first-year-disk")).isEqualTo("1" + THIN + "013,71" + NBSP + "Go");
        assertThat(text(robot, "#backup-disk")).isEqualTo("2" + THIN + "027,42" + NBSP + "Go");
        assertThat(text(robot, "#records-per-year")).isEqualTo("749" + THIN + "970");
        assertThat(shows(robot, "Taux brut de natalité")).isTrue();
        assertThat(shows(robot, "Crude birth rate")).isFalse();
        assertThat(shows(robot, "Actes par an")).isTrue();
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText())
                .isEqualTo("30" + THIN + "000" + THIN + "000");
        assertThat(robot.lookup("#crudeBirthRate").queryAs(TextField.class).getText()).isEqualTo("17,299");

        XYChart<Number, Number> chart = view.chart().chart();
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Disque (Go)");
        assertThat(chart.getXAxis().getLabel()).isEqualTo("Année");
        assertThat(chart.getData().get(2).getName()).isEqualTo("Disque de sauvegarde");
        assertThat(diskTicks()).contains("1" + THIN + "000");

        ServerGrid servers = robot.lookup("#servers").queryAs(ServerGrid.class);
        assertThat(shows(robot, "Environnement")).isTrue();
        assertThat(servers.shownRows()).anySatisfy(row -> assertThat(row).startsWith("recette (qa)", "tests et formation"));
        assertThat(servers.shownRows().get(servers.shownRows().size() - 1)).contains("81" + NBSP + "Go");

        List<Advisory> advisories = model.getPlan().advisories();
        assertThat(advisories).isNotEmpty();
        Label advisory = (Label) robot.lookup("#advisories").queryAs(Parent.class).getChildrenUnmodifiable().get(0);
        assertThat(advisory.getText()).isEqualTo(ModelWords.advice(advisories.get(0), Wording.FRENCH))
                .isNotEqualTo(ModelWords.advice(advisories.get(0), Wording.ENGLISH));

        speak(robot, Language.ENGLISH);

        assertThat(text(robot, "#first-year-disk")).isEqualTo("1,013.71 GB");
        assertThat(shows(robot, "Crude birth rate")).isTrue();
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Disk (GB)");
        assertThat(diskTicks()).contains("1,000");
        assertThat(advisory.getText()).isEqualTo(ModelWords.advice(advisories.get(0), Wording.ENGLISH));
        assertThat(robot.lookup("#crudeBirthRate").queryAs(TextField.class).getText()).isEqualTo("17.299");
    }

    @Test
    @DisplayName("in French a person types 1 500 000 and 17,5, and an error names the field in French")
    void typesFrenchNumbers(FxRobot robot) {
        speak(robot, Language.FRENCH);

        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("1 500 000").type(KeyCode.TAB);
        robot.clickOn("#crudeBirthRate").push(KeyCode.CONTROL, KeyCode.A).write("17,5").type(KeyCode.TAB);

        assertThat(model.getPlan().inputs().population()).isEqualTo(1_500_000);
        assertThat(model.getPlan().inputs().crudeBirthRate()).isEqualTo(17.5);
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText())
                .isEqualTo("1" + THIN + "500" + THIN + "000");

        TextField deathRate = robot.lookup("#crudeDeathRate").queryAs(TextField.class);
        robot.clickOn(deathRate).push(KeyCode.CONTROL, KeyCode.A).write("75");
        assertThat(deathRate.getTooltip().getText())
                .startsWith("Taux brut de mortalité doit se situer entre 0 et 50" + NBSP + "pour 1" + THIN + "000 habitants");

        speak(robot, Language.ENGLISH);

        assertThat(deathRate.getTooltip().getText())
                .startsWith("Crude death rate must be between 0 and 50 per 1,000 people");
        assertThat(robot.lookup("#crudeBirthRate").queryAs(TextField.class).getText()).isEqualTo("17.5");
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("1,500,000");
    }

    @Test
    @DisplayName("in French, the inputs' labels, the figures' captions and the table's headers show in full")
    void nothingCutShort(FxRobot robot) {
        speak(robot, Language.FRENCH);
        robot.interact(() -> view.inputs().advanced().setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> labels = new ArrayList<>();
        for (String style : List.of(Styles.INPUT_LABEL, Styles.FIGURE_LABEL, Styles.SERVER_HEADER)) {
            labels.addAll(robot.lookup("." + style).queryAllAs(Label.class));
        }
        assertThat(labels).hasSizeGreaterThan(20);
        for (Label label : labels) {
            assertThat(label.getWidth()).as("width of \"%s\"", label.getText())
                    .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
        List<ToggleButton> pills = robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream().toList();
        assertThat(pills).extracting(ToggleButton::getText).contains("PoC", "Pilote", "National");
        for (ToggleButton pill : pills) {
            assertThat(pill.getWidth()).as("width of %s", pill.getText()).isGreaterThanOrEqualTo(pill.prefWidth(-1) - 0.5);
        }
    }
}
