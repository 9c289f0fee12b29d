package org.crvsplanner.ui.app;

import org.crvsplanner.ui.base.Action;

/**
 * Every menu and menu item of the window: the key of its words, its shortcut and its id, in one
 * table. {@link MainMenu} puts them in order; {@link WindowCommands} says what each does and when
 * it can.
 */
enum StandardActions implements Action {
    FILE("menu.file", null, null),
    NEW("menu.file.new", "Shortcut+N", "menu-new"),
    OPEN("menu.file.open", "Shortcut+O", "menu-open"),
    OPEN_RECENT("menu.file.recent", null, "menu-recent"),
    SAVE("menu.file.save", "Shortcut+S", "menu-save"),
    SAVE_AS("menu.file.saveAs", "Shortcut+Shift+S", "menu-save-as"),
    SAVE_CHART("menu.file.saveChart", null, "menu-save-chart"),
    SAVE_PLAN("menu.file.savePlan", null, "menu-save-plan"),
    PRINT("menu.file.print", "Shortcut+P", "menu-print"),
    IMPORT_COUNTRY("countrydata.menu", "Shortcut+I", "menu-import-country"),
    EXPORT("export.menu", "Shortcut+E", "export-workbook"),
    CLOSE("menu.file.close", "Shortcut+W", "menu-close"),
    QUIT("menu.file.quit", "Shortcut+Q", "quit"),

    EDIT("menu.edit", null, null),
    UNDO("menu.edit.undo", "Shortcut+Z", "menu-undo"),
    REDO("menu.edit.redo", "Shortcut+Y", "menu-redo"),
    COPY_CHART("menu.edit.copyChart", "Shortcut+Shift+C", "menu-copy-chart"),
    DOCS_EXAMPLE("menu.edit.docsExample", "Shortcut+D", "menu-docs-example"),
    RESET("menu.edit.reset", "Shortcut+R", "menu-reset"),

    VIEW("menu.view", null, null),
    COMPARE("menu.view.compare", null, "menu-compare"),
    COMPARE_VERSIONS("menu.view.compareVersions", null, "menu-compare-versions"),
    WORKING("menu.view.working", "F3", "show-working"),
    PRESENTATION("workshop.menu.presentation", "F11", "menu-presentation"),
    WALKTHROUGH("workshop.menu.walkthrough", "F5", "menu-walkthrough"),
    LIGHT_THEME("menu.view.lightTheme", null, null),
    DARK_THEME("menu.view.darkTheme", null, null),
    LANGUAGE("menu.language", null, "menu-language"),

    HELP("menu.help", null, null),
    ABOUT("menu.help.about", null, "menu-about");

    private final String textKey;
    private final String accelerator;
    private final String id;

    StandardActions(String textKey, String accelerator, String id) {
        this.textKey = textKey;
        this.accelerator = accelerator;
        this.id = id;
    }

    @Override
    public String textKey() {
        return textKey;
    }

    @Override
    public String accelerator() {
        return accelerator;
    }

    @Override
    public String id() {
        return id;
    }
}
