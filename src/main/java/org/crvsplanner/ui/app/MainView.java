package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.compare.CompareChooser;
import org.crvsplanner.ui.compare.CompareView;
import org.crvsplanner.ui.compare.CompareViewModel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.LanguageChoice;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.working.WorkingView;
import org.crvsplanner.ui.workshop.Pictures;
import org.crvsplanner.ui.workshop.PresentationViewModel;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;
import org.crvsplanner.ui.workshop.WorkshopMode;
import org.crvsplanner.ui.workspace.DialogQuestions;
import org.crvsplanner.ui.workspace.FileChooserDialogs;
import org.crvsplanner.ui.workspace.FileDialogs;
import org.crvsplanner.ui.workspace.Notice;
import org.crvsplanner.ui.workspace.ScenarioTabs;
import org.crvsplanner.ui.workspace.ScenarioView;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one window: menus on top, a tab per open scenario, and a status line. The menus act on the
 * scenario in front; File and Edit follow the usual shortcuts.
 */
public final class MainView extends BorderPane {
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    // Ctrl, not Shortcut: Ctrl+Tab switches tabs on every system, macOS included.
    static final KeyCombination NEXT_TAB = KeyCombination.keyCombination("Ctrl+Tab");
    static final KeyCombination PREVIOUS_TAB = KeyCombination.keyCombination("Ctrl+Shift+Tab");

    private final WorkspaceViewModel workspace;
    private final Theme theme;
    private final ScenarioTabs tabs;
    private final StatusBar status = new StatusBar();
    private final DialogQuestions questions;
    private final Menu fileMenu = menu("menu.file");
    private final Menu recentMenu = menu("menu.file.recent");
    private final SeparatorMenuItem beforeClose = new SeparatorMenuItem();
    private Runnable onQuit = Platform::exit;
    private Stage workingStage;
    private Stage compareStage;
    private CompareViewModel compare;
    private final WorkshopMode workshop;
    private final Pictures pictures;

    public MainView(WorkspaceViewModel workspace, Theme theme) {
        this.workspace = requireNonNull(workspace, "workspace");
        this.theme = requireNonNull(theme, "theme");
        getStylesheets().add(ScenarioView.class.getResource("workspace.css").toExternalForm());
        questions = new DialogQuestions(this::window, new FileChooserDialogs());
        tabs = new ScenarioTabs(workspace, this::close);
        VBox bottom = new VBox(status());
        workshop = new WorkshopMode(this, bottom, new PresentationViewModel(),
                new WalkthroughViewModel(workspace.selectedPlanProperty()), tabs::selectedView,
                workspace.selectedProperty());
        pictures = new Pictures(this::window, this::show);

        setTop(menus());
        setCenter(new StackPane(tabs, emptyWorkspace()));
        setBottom(bottom);
        workspace.setOnNotice(this::show);
        addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        addEventFilter(KeyEvent.KEY_PRESSED, this::tabKeys);
        acceptDroppedFiles();
        workspace.scenarios().addListener((ListChangeListener<ScenarioViewModel>) change -> closeStaleCompare());
    }

    /** One scenario around an existing planner, with no files: for benchmarks. */
    public MainView(PlannerViewModel model, Theme theme) {
        this(WorkspaceViewModel.around(model), theme);
    }

    private MenuBar menus() {
        var noScenario = workspace.selectedProperty().isNull();
        MenuItem newItem = item("menu.file.new", "Shortcut+N", this::newScenario, "menu-new");
        MenuItem open = item("menu.file.open", "Shortcut+O", this::open, "menu-open");
        recentMenu.setId("menu-recent");
        // Filled as the File menu opens, so Open Recent is never stale and costs nothing at start.
        fileMenu.setOnShowing(e -> fillRecent());
        MenuItem save = item("menu.file.save", "Shortcut+S", this::save, "menu-save");
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", this::saveAs, "menu-save-as");
        MenuItem close = item("menu.file.close", "Shortcut+W", this::closeSelected, "menu-close");
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", this::quit, "quit");
        MenuItem saveChart = item("menu.file.saveChart", null, this::saveChartPicture, "menu-save-chart");
        MenuItem savePlan = item("menu.file.savePlan", null, this::savePlanPicture, "menu-save-plan");
        MenuItem print = item("menu.file.print", "Shortcut+P", this::print, "menu-print");
        for (MenuItem needsScenario : List.of(save, saveAs, close, saveChart, savePlan, print)) {
            needsScenario.disableProperty().bind(noScenario);
        }
        fileMenu.getItems().setAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), saveChart, savePlan, print, beforeClose, close, new SeparatorMenuItem(), quit);

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", workspace::undo, "menu-undo");
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", workspace::redo, "menu-redo");
        undo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Boolean.TRUE.equals(workspace.canUndoProperty().getValue()), workspace.canUndoProperty()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Boolean.TRUE.equals(workspace.canRedoProperty().getValue()), workspace.canRedoProperty()));
        MenuItem docs = item("menu.edit.docsExample", "Shortcut+D",
                () -> workspace.getSelected().planner().showDocsExample(), "menu-docs-example");
        MenuItem reset = item("menu.edit.reset", "Shortcut+R",
                () -> workspace.getSelected().planner().resetAll(), "menu-reset");
        MenuItem copyChart = item("menu.edit.copyChart", "Shortcut+Shift+C", this::copyChart, "menu-copy-chart");
        docs.disableProperty().bind(noScenario);
        reset.disableProperty().bind(noScenario);
        copyChart.disableProperty().bind(noScenario);
        Menu edit = menu("menu.edit");
        edit.getItems().setAll(undo, redo, new SeparatorMenuItem(), copyChart, new SeparatorMenuItem(), docs, reset);

        MenuItem compareItem = item("menu.view.compare", null, this::showCompare, "menu-compare");
        compareItem.disableProperty().bind(Bindings.size(workspace.scenarios()).lessThan(CompareViewModel.MIN));
        MenuItem showWorking = item("menu.view.working", "F3", this::showWorking, "show-working");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem();
        light.textProperty().bind(I18n.text("menu.view.lightTheme"));
        RadioMenuItem dark = new RadioMenuItem();
        dark.textProperty().bind(I18n.text("menu.view.darkTheme"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (theme.isDark() ? dark : light).setSelected(true);
        light.setOnAction(e -> theme.apply(false));
        dark.setOnAction(e -> theme.apply(true));
        MenuItem walkthrough = workshop.walkthroughItem();
        walkthrough.disableProperty().bind(noScenario);
        Menu view = menu("menu.view");
        view.getItems().setAll(compareItem, showWorking, new SeparatorMenuItem(), workshop.presentationItem(),
                walkthrough, new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(), languageMenu());

        MenuItem about = item("menu.help.about", null, this::showAbout, "menu-about");
        Menu help = menu("menu.help");
        help.getItems().add(about);
        MenuBar bar = new MenuBar(fileMenu, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Each language named in itself, so a person who cannot read the current one still finds theirs. */
    private Menu languageMenu() {
        LanguageChoice choice = new LanguageChoice(theme.preferences());
        Menu menu = menu("menu.language");
        menu.setId("menu-language");
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

    /** A menu whose name follows the language. */
    private static Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(I18n.text(key));
        return menu;
    }

    private static MenuItem item(String key, String accelerator, Runnable action, String id) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(I18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        workspace.refreshRecent();
        recentMenu.getItems().clear();
        List<Path> recent = workspace.recentFiles();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            MenuItem item = new MenuItem(file.getFileName() + "   " + file.getParent());
            // File names may hold underscores, which are not mnemonics here.
            item.setMnemonicParsing(false);
            item.setId("menu-recent-" + i);
            item.setOnAction(e -> workspace.open(file));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            // The menu is filled each time it opens, so the words of the moment are enough.
            MenuItem none = new MenuItem(I18n.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        MenuItem clear = new MenuItem(I18n.get("menu.file.recent.clear"));
        clear.setId("menu-recent-clear");
        clear.setDisable(recent.isEmpty());
        clear.setOnAction(e -> {
            workspace.clearRecent();
            fillRecent();
        });
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private Node emptyWorkspace() {
        Label message = new Label();
        message.textProperty().bind(I18n.text("window.empty.message"));
        Button create = new Button();
        create.textProperty().bind(I18n.text("window.empty.new"));
        create.setOnAction(e -> newScenario());
        Button open = new Button();
        open.textProperty().bind(I18n.text("window.empty.open"));
        open.setOnAction(e -> open());
        VBox empty = new VBox(message, create, open);
        empty.getStyleClass().add(Styles.EMPTY_WORKSPACE);
        empty.visibleProperty().bind(Bindings.isEmpty(workspace.scenarios()));
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private StatusBar status() {
        status.setId("status");
        status.textProperty().bind(workspace.statusProperty());
        return status;
    }

    /**
     * Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo input changes, also while a number field
     * has the focus, whose own text undo would otherwise take them. The name and notes keep
     * their text undo.
     */
    private void undoKeys(KeyEvent e) {
        boolean undo = UNDO.match(e);
        boolean redo = REDO.match(e) || REDO_SHIFT.match(e);
        if (!undo && !redo) {
            return;
        }
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl text && ScenarioView.hasOwnTextUndo(text)) {
            return;
        }
        e.consume();
        if (undo) {
            workspace.undo();
        } else {
            workspace.redo();
        }
    }

    /** Ctrl+Tab and Ctrl+Shift+Tab switch tabs wherever the focus is; text fields would take them. */
    private void tabKeys(KeyEvent e) {
        if (NEXT_TAB.match(e)) {
            workspace.selectNext(1);
            e.consume();
        } else if (PREVIOUS_TAB.match(e)) {
            workspace.selectNext(-1);
            e.consume();
        }
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Opening may show a message; do it after the drop is over, not inside it.
                Platform.runLater(() -> workspace.openDropped(dropped));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private void show(Notice notice) {
        Alert alert = new Alert(switch (notice.kind()) {
            case ERROR -> Alert.AlertType.ERROR;
            case WARNING -> Alert.AlertType.WARNING;
            case INFORMATION -> Alert.AlertType.INFORMATION;
        });
        Window window = window();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(notice.title());
        alert.setHeaderText(notice.title());
        alert.setContentText(notice.message());
        alert.getDialogPane().setId("notice");
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public void newScenario() {
        workspace.newScenario();
    }

    /** File › Open…: the system's dialog, then each file chosen in a tab. */
    public void open() {
        workspace.openAll(questions.filesToOpen());
    }

    public boolean save() {
        return workspace.getSelected() != null && workspace.save(workspace.getSelected(), questions);
    }

    public boolean saveAs() {
        return workspace.getSelected() != null && workspace.saveAs(workspace.getSelected(), questions);
    }

    /** File › Close: asks first when the scenario is unsaved; false when it stays open. */
    public boolean closeSelected() {
        return workspace.getSelected() != null && close(workspace.getSelected());
    }

    private boolean close(ScenarioViewModel scenario) {
        return workspace.close(scenario, questions);
    }

    /**
     * File › Quit, Ctrl+Q and the window's close button: asks about each unsaved scenario, then
     * runs the quit action. Cancel keeps everything open.
     *
     * @return whether the planner is quitting
     */
    public boolean quit() {
        if (!workspace.settleAll(questions)) {
            return false;
        }
        onQuit.run();
        return true;
    }

    /** What quitting does once nothing unsaved is in the way; by default, exits JavaFX. */
    public void setOnQuit(Runnable action) {
        onQuit = requireNonNull(action, "action");
    }

    /** The status line, where longer work such as an export shows its progress. */
    public StatusBar statusBar() {
        return status;
    }

    /** Replaces the system's file dialogs, which a headless test cannot drive. */
    public void setFileDialogs(FileDialogs dialogs) {
        questions.setFileDialogs(dialogs);
    }

    /**
     * Adds items to the File menu, in their own group between Save As… and Close: the place for
     * File › Export workbook… (Ctrl+E). The items act on {@link WorkspaceViewModel#getSelected()}.
     */
    public void addFileMenuItems(MenuItem... items) {
        int at = fileMenu.getItems().indexOf(beforeClose);
        fileMenu.getItems().addAll(at, List.of(items));
        fileMenu.getItems().add(at, new SeparatorMenuItem());
    }

    /** View › Compare scenarios…: asks which, then opens the comparison in its own window. */
    public void showCompare() {
        List<ScenarioViewModel> open = workspace.scenarios();
        if (open.size() < CompareViewModel.MIN) {
            return;
        }
        List<String> names = open.stream().map(ScenarioViewModel::getDisplayName).toList();
        CompareChooser.ask(window(), names, open.indexOf(workspace.getSelected()))
                .ifPresent(chosen -> compare(chosen.stream().map(open::get).toList()));
    }

    /** Opens the comparison of these scenarios, replacing one already open. */
    public void compare(List<ScenarioViewModel> scenarios) {
        if (compareStage != null) {
            compareStage.close();
        }
        compare = new CompareViewModel(scenarios);
        compareStage = CompareView.open(window(), compare, getScene().getStylesheets());
    }

    private void closeStaleCompare() {
        if (compareStage != null && compareStage.isShowing()
                && compare.comparedScenarios().stream().anyMatch(s -> !workspace.scenarios().contains(s))) {
            compareStage.close();
        }
    }

    /** Opens "Show the working" for the scenario in front, or brings it to the front. */
    public void showWorking() {
        if (workingStage != null && workingStage.isShowing()) {
            workingStage.toFront();
            return;
        }
        workingStage = WorkingView.open(window(), workspace.working(), getScene().getStylesheets());
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle(I18n.get("about.title", AppInfo.name()));
        about.setHeaderText(I18n.get("about.header", AppInfo.name(), AppInfo.version()));
        // The page's slip and the formula's figure, written as the window writes figures.
        about.setContentText(I18n.get("about.text", AppInfo.rulesSource(), Formats.gb(1012.47), Formats.gb(1013.71)));
        about.getDialogPane().setPrefWidth(480);
        about.showAndWait();
    }

    /** Edit › Copy chart: the chart in front, at twice its size, on the clipboard. */
    public void copyChart() {
        if (tabs.selectedView() != null) {
            pictures.copy(chart());
        }
    }

    private void saveChartPicture() {
        pictures.saveAs(chart(), pictureName("window.picture.chartFile"));
    }

    private void savePlanPicture() {
        pictures.saveAs(plan(), pictureName("window.picture.planFile"));
    }

    /** The name offered for a picture, from the scenario's name without what file names cannot hold. */
    private String pictureName(String key) {
        return I18n.get(key, workspace.getSelected().getDisplayName().replaceAll("[\\\\/:*?\"<>|]", "_"));
    }

    /** File › Print…: the plan and chart of the scenario in front, on one page. */
    public void print() {
        if (tabs.selectedView() != null) {
            pictures.print(workspace.getSelected().getDisplayName(), plan(), chart());
        }
    }

    /** Presentation mode, the walkthrough and their keys. */
    public WorkshopMode workshop() {
        return workshop;
    }

    /** Copying, saving and printing pictures of the plan. */
    public Pictures pictures() {
        return pictures;
    }

    /** The File menu. */
    public Menu fileMenu() {
        return fileMenu;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** The tab of the scenario in front, or null when none is open. */
    public ScenarioView selectedScenarioView() {
        return tabs.selectedView();
    }

    public ScenarioTabs tabs() {
        return tabs;
    }

    public InputsView inputs() {
        return tabs.selectedView().inputs();
    }

    public PlanView plan() {
        return tabs.selectedView().plan();
    }

    public DiskChartView chart() {
        return tabs.selectedView().chart();
    }
}
