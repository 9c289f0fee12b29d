package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.crvsplanner.ui.export.ExportAction;
import org.crvsplanner.ui.export.ExportViewModel;
import org.crvsplanner.scenario.AppDataFolder;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecentFiles;
import org.crvsplanner.scenario.RecoverySession;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workspace.Autosave;
import org.crvsplanner.ui.workspace.Notice;
import org.crvsplanner.ui.workspace.RecoveryDialog;
import org.crvsplanner.ui.workspace.RecoveryOffer;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * One run of the window: the workspace with its recent files, the window, and autosave into this
 * run's own recovery folder. A clean exit deletes that folder; after a crash, the next run offers
 * what is in it.
 */
public final class PlannerSession {
    private static final Logger LOG = Logger.getLogger(PlannerSession.class.getName());

    private final WorkspaceViewModel workspace;
    private final MainView view;
    private final Path appData;
    private final Duration period;
    private final Duration quiet;
    private final Runnable exit;
    private RecoverySession recovery;
    private Autosave autosave;
    private ExecutorService disk;
    private boolean exited;
    private final ExportAction export;
    private Consumer<String> openDocument = uri -> { };

    private PlannerSession(Path appData, Theme theme, Runnable exit, Duration period, Duration quiet) {
        this.appData = appData;
        this.exit = requireNonNull(exit, "exit");
        this.period = requireNonNull(period, "period");
        this.quiet = requireNonNull(quiet, "quiet");
        workspace = new WorkspaceViewModel(appData == null ? null : new RecentFiles(appData));
        view = new MainView(workspace, theme);
        view.setOnQuit(this::exit);
        export = new ExportAction(new ExportViewModel(() -> workspace.getSelected().getPlan(),
                () -> workspace.getSelected().getDisplayName(), () -> workspace.getSelected().notesProperty().get()),
                view, view.statusBar(), uri -> openDocument.accept(uri), theme.preferences(),
                workspace.selectedProperty().isNull());
        view.addFileMenuItems(export.menuItem());
    }

    /**
     * Takes this run's recovery folder and starts autosave; {@link #offerRecovery()} does it first
     * thing. Kept out of the way of the first frame, which it would only delay.
     */
    void startRecovery() {
        if (appData == null || recovery != null || exited) {
            return;
        }
        try {
            recovery = RecoverySession.start(AppDataFolder.recoveryFolder(appData));
        } catch (FileProblem e) {
            workspace.setAutosaveProblem("workspace.autosave.off", e);
            return;
        }
        disk = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave");
            thread.setDaemon(true);
            return thread;
        });
        autosave = new Autosave(workspace, recovery.store(), disk, Platform::runLater);
        autosave.start(period, quiet);
        // Anything changed before autosave started.
        autosave.saveNow();
    }

    /** Lets the export's notification open a workbook or folder with the desktop's application. */
    public void setDocumentOpener(Consumer<String> opener) {
        openDocument = requireNonNull(opener, "opener");
    }

    /** File › Export workbook…, for tests that export without the save dialog. */
    ExportAction export() {
        return export;
    }

    /**
     * Starts a run. Call on the JavaFX thread.
     *
     * @param appData where recent files and recovery snapshots live; null for a run that keeps
     *        nothing, such as rendering a picture of the window
     * @param exit what ends the run once it is tidied up, e.g. {@code Platform::exit}
     */
    public static PlannerSession start(Path appData, Theme theme, Runnable exit) {
        return new PlannerSession(appData, theme, exit, Autosave.PERIOD, Autosave.QUIET);
    }

    /** A run whose autosave ticks at other intervals, so tests need not wait 30 seconds. */
    static PlannerSession start(Path appData, Theme theme, Runnable exit, Duration period, Duration quiet) {
        return new PlannerSession(appData, theme, exit, period, quiet);
    }

    /**
     * Shows the session in {@code stage}: the title follows the scenario in front, and the close
     * button asks about unsaved work like File › Quit, and may be cancelled.
     */
    public void attach(Stage stage) {
        stage.titleProperty().bind(workspace.titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.quit();
        });
    }

    /**
     * Opens the scenario files given on the command line, telling about each that cannot be
     * opened; with none opened, starts a new scenario. Call once the window shows.
     */
    public void openAtStart(List<String> arguments) {
        for (String argument : arguments) {
            try {
                workspace.open(Path.of(argument));
            } catch (InvalidPathException e) {
                workspace.notify(new Notice(Notice.Kind.ERROR, I18n.get("window.openAtStart.title", argument),
                        I18n.get("window.openAtStart.invalid", argument, e.getReason())));
            }
        }
        if (workspace.scenarios().isEmpty()) {
            workspace.newScenario();
        }
    }

    /**
     * For documentation pictures made by {@code --snapshot}: -Dcrvs.snapshotPresentation=true
     * renders presentation mode, -Dcrvs.snapshotWalkthrough=N (1 to 8) the walkthrough at step N.
     */
    void applySnapshotOptions() {
        if (Boolean.getBoolean("crvs.snapshotPresentation")) {
            view.workshop().presentation().enter();
        }
        int step = Integer.getInteger("crvs.snapshotWalkthrough", 0);
        if (step > 0) {
            view.workshop().walkthrough().open(step - 1);
        }
    }

    /** What planners that did not close properly left behind; empty when autosave is off. */
    RecoveryOffer findRecovery() {
        return recovery == null ? null : RecoveryOffer.find(recovery);
    }

    /**
     * Starts autosave, then offers to restore what crashed runs left, if anything. Call once the
     * window shows.
     */
    public void offerRecovery() {
        startRecovery();
        RecoveryOffer offer = findRecovery();
        if (offer == null || offer.isEmpty()) {
            return;
        }
        switch (RecoveryDialog.ask(view.getScene().getWindow(), offer)) {
            case RESTORE -> offer.restore(workspace, this::keepNow);
            case DISCARD -> offer.discard();
            case LATER -> offer.later();
        }
    }

    /** Writes every unsaved scenario's snapshot now and waits for the disk. */
    boolean keepNow() {
        if (autosave == null) {
            return false;
        }
        autosave.saveNow();
        return autosave.flush(10, TimeUnit.SECONDS);
    }

    /**
     * The clean exit, after the window asked about unsaved work: stops autosave, deletes this
     * run's recovery folder, then ends the run.
     */
    void exit() {
        if (exited) {
            return;
        }
        exited = true;
        if (autosave != null) {
            autosave.stop();
            disk.shutdown();
            try {
                disk.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                recovery.close();
            } catch (FileProblem e) {
                LOG.warning("The recovery folder was not removed: " + e.getMessage());
            }
        }
        exit.run();
    }

    public MainView view() {
        return view;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** This run's recovery folder, or null when autosave is off. */
    Path recoveryFolder() {
        return recovery == null ? null : recovery.folder();
    }
}
