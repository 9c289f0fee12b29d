package org.crvsplanner.ui.app;

import java.util.List;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.ExportFolder;
import org.crvsplanner.ui.compare.CompareActions;
import org.crvsplanner.ui.compare.CompareChooser;
import org.crvsplanner.ui.compare.CompareExport;
import org.crvsplanner.ui.compare.CompareView;
import org.crvsplanner.ui.compare.CompareViewModel;
import org.crvsplanner.ui.compare.VersionChooser;
import org.crvsplanner.ui.help.HelpView;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.working.WorkingView;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.crvsplanner.ui.workshop.Pictures;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The windows that open beside the main one: "Show the working", the comparison and help. Each is
 * made from the workspace's scenarios here, so the working and the comparison know plans and
 * names, not scenarios.
 */
final class SecondaryWindows {
    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;
    private final StalePlanCheck stale;
    private final Pictures pictures;
    private final Parent root;
    private WorkingViewModel working;
    private Stage workingStage;
    private Stage compareStage;
    private Stage helpStage;
    private List<ScenarioViewModel> compared = List.of();
    private final ExportFolder exportFolder;

    /**
     * @param root the main window's root, whose window owns these and whose stylesheets they share
     * @param exportFolder where the last workbook went, where the comparison's export asks first
     */
    SecondaryWindows(WorkspaceViewModel workspace, DialogService dialogs, Parent root, ExportFolder exportFolder) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.exportFolder = exportFolder;
        this.stale = new StalePlanCheck(dialogs);
        this.pictures = new Pictures(dialogs);
        this.root = root;
        workspace.scenarios().addListener((ListChangeListener<ScenarioViewModel>) change -> closeStaleCompare());
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private List<String> stylesheets() {
        return root.getScene().getStylesheets();
    }

    /** View › Compare scenarios…: asks which, then opens the comparison in its own window. */
    void showCompare() {
        List<ScenarioViewModel> open = workspace.scenarios();
        if (open.size() < CompareViewModel.MIN) {
            return;
        }
        List<String> names = open.stream().map(ScenarioViewModel::getDisplayName).toList();
        CompareChooser.ask(dialogs, names, open.indexOf(workspace.getSelected()))
                .map(chosen -> chosen.stream().map(open::get).toList())
                .filter(chosen -> stale.allowsAll(chosen, StalePlanCheck.Use.COMPARE))
                .ifPresent(this::compare);
    }

    /** Opens the comparison of these scenarios, replacing one already open. */
    void compare(List<ScenarioViewModel> scenarios) {
        open(scenarios, new CompareViewModel(scenarios.stream()
                .map(s -> new CompareViewModel.Compared(s.displayNameProperty(), s.planner().planProperty()))
                .toList()));
    }

    /**
     * View › Compare OpenCRVS versions…: the scenario in front under its own version and under
     * another, side by side, which shows what moving to that version changes.
     */
    void showCompareVersions() {
        ScenarioViewModel scenario = workspace.getSelected();
        if (scenario == null) {
            return;
        }
        int current = CompareViewModel.versionOf(scenario.planner().getPlan());
        VersionChooser.ask(dialogs, scenario.getDisplayName(), CompareViewModel.versionLabels(), current)
                .ifPresent(other -> compareVersions(scenario, other));
    }

    /** Opens the comparison of one scenario under its version and the version at {@code other}. */
    void compareVersions(ScenarioViewModel scenario, int other) {
        open(List.of(scenario), new CompareViewModel(CompareViewModel.acrossVersions(scenario.displayNameProperty(),
                scenario.planner().planProperty(), other)));
    }

    private void open(List<ScenarioViewModel> scenarios, CompareViewModel model) {
        if (compareStage != null) {
            compareStage.close();
        }
        compared = List.copyOf(scenarios);
        CompareExport export = new CompareExport(model, dialogs, exportFolder);
        CompareActions actions = new CompareActions(
                () -> whenUpToDate(StalePlanCheck.Use.COMPARE_PICTURE,
                        () -> pictures.saveAs(comparePicture(), comparePictureName(model))),
                () -> whenUpToDate(StalePlanCheck.Use.COMPARE_PICTURE, () -> pictures.copy(comparePicture())),
                () -> whenUpToDate(StalePlanCheck.Use.COMPARE_EXPORT, export::chooseAndExport));
        compareStage = CompareView.open(owner(), model, stylesheets(), actions);
        installKeys(compareStage);
    }

    /**
     * Runs what takes the comparison away once every compared plan may be used: while one holds
     * invalid text, the person is asked first, as the main window's exports ask.
     */
    private void whenUpToDate(StalePlanCheck.Use use, Runnable action) {
        if (stale.allowsAll(compared, use)) {
            action.run();
        }
    }

    /** The comparison's table and chart under its title and what the highlights mean. */
    private Node comparePicture() {
        CompareView view = (CompareView) compareStage.getScene().getRoot();
        return Pictures.captioned(compareStage.getTitle(), view.intro().getText(), view.content());
    }

    private static String comparePictureName(CompareViewModel model) {
        return I18n.get("compare.picture.fileName", Pictures.fileName(String.join(", ", model.names())));
    }

    /** A comparison of a scenario that was closed compares nothing any more: it closes too. */
    private void closeStaleCompare() {
        if (compareStage != null && compareStage.isShowing()
                && compared.stream().anyMatch(s -> !workspace.scenarios().contains(s))) {
            compareStage.close();
        }
    }

    /** F3: opens "Show the working" for the scenario in front, or closes it when it shows. */
    void toggleWorking() {
        if (workingStage != null && workingStage.isShowing()) {
            workingStage.close();
            return;
        }
        if (working == null) {
            working = new WorkingViewModel(workspace.selectedPlanProperty(),
                    workspace.selectedProperty().flatMap(s -> s.planner().problemProperty()));
        }
        workingStage = WorkingView.open(owner(), working, stylesheets());
        installKeys(workingStage);
    }

    /**
     * The keys of a window beside the main one, which a window manager may not close for the
     * person (or there may be none): Esc and the action table's Close shortcut close it, and the
     * working's own shortcut shows or hides the working from there too.
     */
    private void installKeys(Stage stage) {
        KeyCombination close = KeyCombination.keyCombination(StandardActions.CLOSE.accelerator());
        KeyCombination working = KeyCombination.keyCombination(StandardActions.WORKING.accelerator());
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || close.match(e)) {
                stage.close();
                e.consume();
            } else if (working.match(e)) {
                toggleWorking();
                e.consume();
            }
        });
    }

    /** The windows beside the main one that show now: the working, the comparison. */
    Stage workingStage() {
        return workingStage;
    }

    Stage compareStage() {
        return compareStage;
    }

    /** Help › Keyboard shortcuts, How it sizes, Glossary: one help window, on that page. */
    void showHelp(HelpView.Page page) {
        if (helpStage != null && helpStage.isShowing()) {
            HelpView.select(helpStage, page);
            helpStage.toFront();
            return;
        }
        helpStage = HelpView.open(owner(), HelpShortcuts.all(), page, stylesheets());
    }
}
