package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.crvsplanner.countrydata.LastImport;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.ExportFolder;
import org.crvsplanner.ui.countrydata.CountryImportAction;
import org.crvsplanner.ui.countrydata.CountryImportViewModel;
import org.crvsplanner.ui.export.ExportAction;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.crvsplanner.ui.workshop.Pictures;
import org.crvsplanner.ui.workshop.PresentationViewModel;
import org.crvsplanner.ui.workshop.WalkthroughViewModel;
import org.crvsplanner.ui.workshop.WorkshopMode;
import org.crvsplanner.ui.workspace.Autosave;
import org.crvsplanner.ui.workspace.ScenarioTabs;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window of a {@link PlannerSession}, put together: the dialogs, the layout, the menus from
 * the actions table, presentation mode and the walkthrough, pictures, the export, and the windows
 * that open beside it. The one place that knows every feature; the features know none of each
 * other and get what they share (a plan, a name, highlights) from here.
 */
public final class PlannerWindow {
    private final PlannerSession session;
    private final MainView view;
    private final WorkshopMode workshop;
    private final Pictures pictures;
    private final ExportAction export;
    private final CountryImportViewModel countryImport;
    private final CountryImportAction importAction;
    private final SecondaryWindows windows;
    private Consumer<String> openDocument = uri -> { };

    private PlannerWindow(PlannerSession session, JavaFxDialogs fxDialogs, DialogService dialogs, Theme theme) {
        this.session = requireNonNull(session, "session");
        WorkspaceViewModel workspace = session.workspace();
        ScenarioTabs<ScenarioView> tabs = new ScenarioTabs<>(workspace, workspace::close, ScenarioView::new);
        view = new MainView(tabs, workspace.statusProperty(), Bindings.isEmpty(workspace.scenarios()),
                workspace::newScenario, workspace::openChosen);
        fxDialogs.ownedBy(view);
        WalkthroughViewModel walkthrough = new WalkthroughViewModel(workspace.selectedPlanProperty(),
                WorkingViewModel::steps, workspace.selectedProperty().map(s -> s.planner().outlook()));
        // The card sits beside the inputs of the scenario in front, under the window's status line
        // only while no scenario is open.
        ObservableValue<Pane> cardSlot = tabs.getSelectionModel().selectedItemProperty()
                .map(tab -> (Pane) ((ScenarioView) tab.getContent()).walkthroughSlot())
                .orElse(view.cardSlot());
        workshop = new WorkshopMode(view, cardSlot, new PresentationViewModel(), walkthrough);
        // After the card's slot: a tab brought to front gets the card before its highlights are laid out.
        new WalkthroughHighlights(view, walkthrough, tabs::selectedView,
                tabs.getSelectionModel().selectedItemProperty());
        pictures = new Pictures(dialogs);
        ExportFolder exportFolder = new ExportFolder(theme.preferences());
        export = new ExportAction(session.exportModel(), dialogs, view.statusBar(), uri -> openDocument.accept(uri),
                exportFolder);
        export.giveWayTo(workspace.fileEventProperty());
        countryImport = new CountryImportViewModel(dialogs, new LastImport(theme.preferences()), () -> {
            ScenarioViewModel front = workspace.getSelected();
            return front == null ? null : front.planner();
        });
        importAction = new CountryImportAction(countryImport, dialogs, view.statusBar());
        windows = new SecondaryWindows(workspace, dialogs, view, exportFolder);
        WindowCommands commands = new WindowCommands(session, tabs, pictures, export, importAction, windows, workshop,
                theme, dialogs);
        new MainMenu(view.menuBar(), commands, workspace, theme, workshop.presentation().presentingProperty());
        WindowKeys.install(view, workspace);
    }

    /**
     * Starts a run and its window. Call on the JavaFX thread.
     *
     * @param appData where recent files and recovery snapshots live; null for a run that keeps
     *        nothing, such as rendering a picture of the window
     * @param exit what ends the run once it is tidied up, e.g. {@code Platform::exit}
     */
    public static PlannerWindow start(Path appData, Theme theme, Runnable exit) {
        return start(appData, theme, exit, Autosave.PERIOD, Autosave.QUIET, UnaryOperator.identity());
    }

    /**
     * A run whose autosave ticks at other intervals, so tests need not wait 30 seconds, and whose
     * dialogs a test may stand in for: {@code dialogs} gets the window's own and returns those to use.
     */
    static PlannerWindow start(Path appData, Theme theme, Runnable exit, Duration period, Duration quiet,
            UnaryOperator<DialogService> dialogs) {
        JavaFxDialogs fxDialogs = new JavaFxDialogs();
        DialogService used = dialogs.apply(fxDialogs);
        return new PlannerWindow(PlannerSession.start(appData, used, exit, period, quiet), fxDialogs, used, theme);
    }

    /** One scenario around an existing planner, with no files: for benchmarks and tests. */
    public static PlannerWindow around(PlannerViewModel planner, Theme theme) {
        return around(planner, theme, UnaryOperator.identity());
    }

    static PlannerWindow around(PlannerViewModel planner, Theme theme, UnaryOperator<DialogService> dialogs) {
        JavaFxDialogs fxDialogs = new JavaFxDialogs();
        DialogService used = dialogs.apply(fxDialogs);
        return new PlannerWindow(PlannerSession.around(planner, used), fxDialogs, used, theme);
    }

    /**
     * Shows the window in {@code stage}: the title follows the scenario in front, and the close
     * button asks about unsaved work like File › Quit, and may be cancelled.
     */
    public void attach(Stage stage) {
        stage.titleProperty().bind(session.workspace().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            session.quit();
        });
    }

    /** Lets the export's notification open a workbook or folder with the desktop's application. */
    public void setDocumentOpener(Consumer<String> opener) {
        openDocument = requireNonNull(opener, "opener");
    }

    /**
     * For documentation pictures made by {@code --snapshot}: -Dcrvs.snapshotPresentation=true
     * renders presentation mode, -Dcrvs.snapshotWalkthrough=N (1 to 8) the walkthrough at step N.
     */
    void applySnapshotOptions() {
        if (Boolean.getBoolean("crvs.snapshotPresentation")) {
            workshop.presentation().enter();
        }
        int step = Integer.getInteger("crvs.snapshotWalkthrough", 0);
        if (step > 0) {
            workshop.walkthrough().open(step - 1);
        }
    }

    /** Opens the comparison of these scenarios, replacing one already open. */
    public void compare(List<ScenarioViewModel> scenarios) {
        windows.compare(scenarios);
    }

    public PlannerSession session() {
        return session;
    }

    public MainView view() {
        return view;
    }

    /** Presentation mode, the walkthrough and their keys. */
    public WorkshopMode workshop() {
        return workshop;
    }

    /** Show the working and the comparison, which open beside the main window. */
    SecondaryWindows windows() {
        return windows;
    }

    /** Copying, saving and printing pictures of the plan. */
    public Pictures pictures() {
        return pictures;
    }

    /** File › Import country figures…, for tests that read files without the open dialog. */
    CountryImportViewModel countryImport() {
        return countryImport;
    }

    /** File › Import country figures… with its picker, for pictures that skip the open dialog. */
    CountryImportAction countryImportAction() {
        return importAction;
    }

    /** File › Export workbook…, for tests that export without the save dialog. */
    ExportAction export() {
        return export;
    }
}
