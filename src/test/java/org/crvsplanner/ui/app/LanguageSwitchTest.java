package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.text.Language;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * View › Language as a person uses it: the open window relabels at once, without a restart, and
 * the choice is remembered. The tests run in English, so this one switches back at the end.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private static final String LANGUAGE_KEY = "language";

    @TempDir
    Path dir;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        PlannerWindow planner = PlannerWindow.start(dir.resolve("app-data"), TestWindow.lightTheme(), () -> { });
        view = planner.view();
        planner.attach(stage);
        TestWindow.show(stage, view, 1280, 800);
        planner.session().openAtStart(List.of());
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        TestWindow.PREFERENCES.remove(LANGUAGE_KEY);
    }

    private List<String> menuTexts() {
        return ((MenuBar) view.getTop()).getMenus().stream().map(Menu::getText).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    private String tabText() {
        return view.tabs().getSelectionModel().getSelectedItem().getText();
    }

    private static void chooseLanguage(FxRobot robot, String viewMenu, String tag) {
        robot.clickOn(viewMenu).clickOn("#menu-language").clickOn("#language-" + tag);
    }

    @Test
    @DisplayName("View › Language › Français relabels the open window at once and is remembered; English brings it back")
    void switchToFrenchAndBack(FxRobot robot) {
        assertThat(menuTexts()).containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(tabText()).isEqualTo("Untitled");

        chooseLanguage(robot, "View", "fr");

        assertThat(I18n.language()).isEqualTo(Language.FRENCH);
        assertThat(menuTexts()).containsExactly("_Fichier", "É_dition", "_Affichage", "Aid_e");
        assertThat(robot.lookup("Fichier").tryQuery()).as("the menu bar shows Fichier, without the underscore")
                .isPresent();
        assertThat(robot.lookup("File").tryQuery()).isEmpty();
        assertThat(tabText()).isEqualTo("Sans titre");
        assertThat(stage.getTitle()).isEqualTo("Sans titre — CRVS Capacity Planner");
        assertThat(status(robot)).startsWith("Le plan est à jour.");
        assertThat(robot.lookup("Nom du scénario").tryQuery()).as("the scenario's header").isPresent();
        assertThat(TestWindow.PREFERENCES.get(LANGUAGE_KEY, null)).isEqualTo("fr");

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(robot.lookup(".empty-workspace .label").queryAs(Label.class).getText())
                .isEqualTo("Aucun scénario n’est ouvert.");
        assertThat(status(robot)).startsWith("Aucun scénario n’est ouvert. Fichier › Nouveau (Ctrl+N)");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertThat(tabText()).isEqualTo("• Sans titre 2");
        String french = "1" + Wording.THIN_SPACE + "013,71" + Wording.NO_BREAK_SPACE + "Go";
        assertThat(robot.lookup("#horizon-disk").queryAs(Label.class).getText()).isEqualTo(french);

        chooseLanguage(robot, "Affichage", "en");

        assertThat(I18n.language()).isEqualTo(Language.ENGLISH);
        assertThat(menuTexts()).containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(tabText()).isEqualTo("• Untitled 2");
        assertThat(status(robot)).startsWith("Plan is up to date.");
        assertThat(TestWindow.PREFERENCES.get(LANGUAGE_KEY, null)).isEqualTo("en");
    }
}
