package org.crvsplanner.ui.app;

import static org.crvsplanner.ui.app.StandardActions.ABOUT;
import static org.crvsplanner.ui.app.StandardActions.CLOSE;
import static org.crvsplanner.ui.app.StandardActions.COMPARE;
import static org.crvsplanner.ui.app.StandardActions.COMPARE_VERSIONS;
import static org.crvsplanner.ui.app.StandardActions.COPY_CHART;
import static org.crvsplanner.ui.app.StandardActions.DARK_THEME;
import static org.crvsplanner.ui.app.StandardActions.DOCS_EXAMPLE;
import static org.crvsplanner.ui.app.StandardActions.EDIT;
import static org.crvsplanner.ui.app.StandardActions.EXPORT;
import static org.crvsplanner.ui.app.StandardActions.FILE;
import static org.crvsplanner.ui.app.StandardActions.HELP;
import static org.crvsplanner.ui.app.StandardActions.IMPORT_COUNTRY;
import static org.crvsplanner.ui.app.StandardActions.LANGUAGE;
import static org.crvsplanner.ui.app.StandardActions.LIGHT_THEME;
import static org.crvsplanner.ui.app.StandardActions.NEW;
import static org.crvsplanner.ui.app.StandardActions.OPEN;
import static org.crvsplanner.ui.app.StandardActions.OPEN_RECENT;
import static org.crvsplanner.ui.app.StandardActions.PRESENTATION;
import static org.crvsplanner.ui.app.StandardActions.PRINT;
import static org.crvsplanner.ui.app.StandardActions.QUIT;
import static org.crvsplanner.ui.app.StandardActions.REDO;
import static org.crvsplanner.ui.app.StandardActions.RESET;
import static org.crvsplanner.ui.app.StandardActions.SAVE;
import static org.crvsplanner.ui.app.StandardActions.SAVE_AS;
import static org.crvsplanner.ui.app.StandardActions.SAVE_CHART;
import static org.crvsplanner.ui.app.StandardActions.SAVE_PLAN;
import static org.crvsplanner.ui.app.StandardActions.UNDO;
import static org.crvsplanner.ui.app.StandardActions.VIEW;
import static org.crvsplanner.ui.app.StandardActions.WALKTHROUGH;
import static org.crvsplanner.ui.app.StandardActions.WORKING;

import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.ActionFactory;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.i18n.LanguageChoice;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The menu bar, in the order people know from other programs: File, Edit, View, Help. Each item
 * is an action of {@link StandardActions} with its command; only Open Recent and the languages,
 * whose items are the files and languages themselves, are made here item by item.
 */
final class MainMenu {
    private final WindowCommands commands;
    private final WorkspaceViewModel workspace;
    private final Menu recent;

    /** Fills {@code bar} with the window's menus. */
    MainMenu(MenuBar bar, WindowCommands commands, WorkspaceViewModel workspace, Theme theme,
            ObservableBooleanValue presenting) {
        this.commands = commands;
        this.workspace = workspace;
        recent = ActionFactory.menu(OPEN_RECENT);
        Menu file = ActionFactory.menu(FILE, item(NEW), item(OPEN), recent, separator(), item(SAVE), item(SAVE_AS),
                separator(), item(SAVE_CHART), item(SAVE_PLAN), item(PRINT), separator(), item(IMPORT_COUNTRY), item(EXPORT),
                separator(),
                item(CLOSE), separator(), item(QUIT));
        // Filled as the File menu opens, so Open Recent is never stale and costs nothing at start.
        file.setOnShowing(e -> fillRecent());
        Menu edit = ActionFactory.menu(EDIT, item(UNDO), item(REDO), separator(), item(COPY_CHART), separator(),
                item(DOCS_EXAMPLE), item(RESET));
        ToggleGroup themes = new ToggleGroup();
        Menu view = ActionFactory.menu(VIEW, item(COMPARE), item(COMPARE_VERSIONS), item(WORKING), separator(),
                ActionFactory.checkItem(PRESENTATION, commands.get(PRESENTATION), presenting), item(WALKTHROUGH),
                separator(), ActionFactory.radioItem(LIGHT_THEME, commands.get(LIGHT_THEME), themes, !theme.isDark()),
                ActionFactory.radioItem(DARK_THEME, commands.get(DARK_THEME), themes, theme.isDark()), separator(),
                languages(new LanguageChoice(theme.preferences())));
        Menu help = ActionFactory.menu(HELP, item(ABOUT));
        bar.getMenus().setAll(file, edit, view, help);
    }

    private MenuItem item(StandardActions action) {
        return ActionFactory.item(action, commands.get(action));
    }

    private static SeparatorMenuItem separator() {
        return new SeparatorMenuItem();
    }

    /** Each language named in itself, so a person who cannot read the current one still finds theirs. */
    private static Menu languages(LanguageChoice choice) {
        Menu menu = ActionFactory.menu(LANGUAGE);
        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("language-" + language.tag());
            item.setToggleGroup(languages);
            item.setSelected(language == I18n.language());
            item.setOnAction(e -> choice.choose(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillRecent() {
        workspace.refreshRecent();
        recent.getItems().clear();
        List<Path> files = workspace.recentFiles();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem(file.getFileName() + "   " + file.getParent());
            // File names may hold underscores, which are not mnemonics here.
            item.setMnemonicParsing(false);
            item.setId("menu-recent-" + i);
            item.setOnAction(e -> workspace.open(file));
            recent.getItems().add(item);
        }
        if (files.isEmpty()) {
            // The menu is filled each time it opens, so the words of the moment are enough.
            MenuItem none = new MenuItem(I18n.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        MenuItem clear = new MenuItem(I18n.get("menu.file.recent.clear"));
        clear.setId("menu-recent-clear");
        clear.setDisable(files.isEmpty());
        clear.setOnAction(e -> {
            workspace.clearRecent();
            fillRecent();
        });
        recent.getItems().addAll(separator(), clear);
    }
}
