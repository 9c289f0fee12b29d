package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.compare.CompareActions;
import org.crvsplanner.ui.help.HelpView;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Issue 13, point 10: Help has a keyboard-shortcut list, a short guide and a glossary. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    @TempDir
    Path dir;
    private PlannerSession session;
    private MainView view;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        PlannerWindow planner = TestWindow.planner(stage, dir.resolve("app-data"), WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT,
                real -> real);
        session = planner.session();
        view = planner.view();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        robot.interact(session::exit);
    }

    private HelpView help() {
        return Window.getWindows().stream().filter(w -> w != main && w.getScene() != null
                && w.getScene().getRoot() instanceof HelpView).map(w -> (HelpView) w.getScene().getRoot())
                .findFirst().orElse(null);
    }

    private static String texts(Node page) {
        StringBuilder all = new StringBuilder();
        collect(page, all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Label label) {
            all.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll) {
            collect(scroll.getContent(), all);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    private MenuItem menuItem(String id) {
        return ((MenuBar) view.getTop()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("F1 lists every shortcut of the menus; Esc and Ctrl+W close the list")
    void shortcutList(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        HelpView help = help();
        assertThat(help).as("a help window").isNotNull();
        assertThat(help.getSelectionModel().getSelectedIndex()).isEqualTo(HelpView.Page.SHORTCUTS.ordinal());
        String list = texts(help.getTabs().get(0).getContent());
        for (StandardActions action : StandardActions.values()) {
            if (action.accelerator() != null) {
                assertThat(list).as(action.name()).contains(KeyCombination.keyCombination(action.accelerator()).getDisplayText());
            }
        }
        assertThat(list).contains("Export workbook…", "Show the working", "Next scenario tab", "Copy the year-by-year table")
                .doesNotContain("_");
        for (KeyCombination compare : List.of(CompareActions.SAVE_PICTURE, CompareActions.COPY_PICTURE, CompareActions.EXPORT)) {
            assertThat(list).as("the Compare window's keys").contains(compare.getDisplayText());
        }
        assertThat(list).contains("In Compare: export the comparison as a workbook");

        robot.interact(() -> help.getScene().getWindow().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(help()).isNull();

        robot.interact(() -> menuItem("menu-shortcuts").fire());
        robot.interact(() -> help().getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertThat(help()).as("Ctrl+W closes the help").isNull();
        assertThat(main.isShowing()).as("and only the help").isTrue();
    }

    @Test
    @DisplayName("How it sizes gives the formula, the rules' source and the documentation's slip")
    void guide(FxRobot robot) {
        robot.interact(() -> menuItem("menu-guide").fire());
        HelpView help = help();
        assertThat(help.getSelectionModel().getSelectedIndex()).isEqualTo(HelpView.Page.GUIDE.ordinal());
        String guide = texts(help.getTabs().get(1).getContent());
        assertThat(guide).contains("18.33 kB", "0.4 MB", "100 GB", "70%", "4.3 Deploy: Set-up a server-hosted environment",
                "1,012.47 GB", "1,013.71 GB", "30 million");
    }

    @Test
    @DisplayName("the glossary explains required and provisioned disk, coverage, legacy records, topology and retention, in French too")
    void glossary(FxRobot robot) {
        robot.interact(() -> menuItem("menu-glossary").fire());
        HelpView help = help();
        assertThat(help.getSelectionModel().getSelectedIndex()).isEqualTo(HelpView.Page.GLOSSARY.ordinal());
        String glossary = texts(help.getTabs().get(2).getContent());
        assertThat(glossary).contains("Required disk", "Provisioned disk", "Coverage", "Legacy records",
                "Production storage (topology)", "Retention (full copies)");
        robot.interact(() -> I18n.setLanguage(Language.FRENCH));
        assertThat(texts(help.getTabs().get(2).getContent())).contains("Disque requis", "Disque à prévoir", "Couverture",
                "Actes repris", "topologie", "Rétention");
        assertThat(help.getTabs().get(2).getText()).isEqualTo("Glossaire");
    }
}
