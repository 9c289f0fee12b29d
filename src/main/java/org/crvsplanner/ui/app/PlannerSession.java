package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.crvsplanner.scenario.AppDataFolder;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecentFiles;
import org.crvsplanner.scenario.RecoverySession;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.export.ExportViewModel;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.workspace.Autosave;
import org.crvsplanner.ui.workspace.RecoveryDialog;
import org.crvsplanner.ui.workspace.RecoveryOffer;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.application.Platform;
import javafx.util.Duration;

/**
 * One run of the planner, without its window: the workspace with its recent files, the export,
 * and autosave into this run's own recovery folder. A clean exit deletes that folder; after a
 * crash, the next run offers what is in it. {@link PlannerWindow} shows a session; the files and
 * folders stay here, where no view is.
 */
public final class PlannerSession {
    private static final Logger LOG = Logger.getLogger(PlannerSession.class.getName());

    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;
    private final ExportViewModel export;
    private final Path appData;
    private final Duration period;
    private final Duration quiet;
    private final Runnable exit;
    private RecoverySession recovery;
    private Autosave autosave;
    private ExecutorService disk;
    private boolean exited;

    private PlannerSession(WorkspaceViewModel workspace, Path appData, DialogService dialogs, Runnable exit,
            Duration period, Duration quiet) {
        this.workspace = workspace;
        this.appData = appData;
        this.dialogs = requireNonNull(dialogs, "dialogs");
        this.exit = requireNonNull(exit, "exit");
        this.period = requireNonNull(period, "period");
        this.quiet = requireNonNull(quiet, "quiet");
        export = new ExportViewModel(() -> workspace.getSelected().getPlan(),
                () -> workspace.getSelected().getDisplayName(), () -> workspace.getSelected().notesProperty().get(),
                () -> workspace.getSelected().toScenario().countrySource());
    }

    /**
     * Starts a run. Call on the JavaFX thread.
     *
     * @param appData where recent files and recovery snapshots live; null for a run that keeps
     *        nothing, such as rendering a picture of the window
     * @param exit what ends the run once it is tidied up, e.g. {@code Platform::exit}
     */
    static PlannerSession start(Path appData, DialogService dialogs, Runnable exit, Duration period, Duration quiet) {
        return new PlannerSession(new WorkspaceViewModel(appData == null ? null : new RecentFiles(appData), dialogs),
                appData, dialogs, exit, period, quiet);
    }

    /** One scenario around an existing planner, keeping nothing: for benchmarks and tests. */
    static PlannerSession around(PlannerViewModel planner, DialogService dialogs) {
        return new PlannerSession(WorkspaceViewModel.around(planner, dialogs), null, dialogs, Platform::exit,
                Autosave.PERIOD, Autosave.QUIET);
    }

    /** Where the person's recent files and recovery snapshots live. */
    static Path userDataFolder() {
        return AppDataFolder.forCurrentUser();
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

    /**
     * Opens the scenario files given on the command line, telling about each that cannot be
     * opened; with none opened, starts a new scenario. Call once the window shows.
     */
    public void openAtStart(List<String> arguments) {
        for (String argument : arguments) {
            try {
                workspace.open(Path.of(argument));
            } catch (InvalidPathException e) {
                dialogs.show(new Notice(Notice.Kind.ERROR, I18n.get("window.openAtStart.title", argument),
                        I18n.get("window.openAtStart.invalid", argument, e.getReason())));
            }
        }
        if (workspace.scenarios().isEmpty()) {
            workspace.newScenario();
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
        switch (RecoveryDialog.ask(dialogs, offer)) {
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
     * File › Quit, Ctrl+Q and the window's close button: asks about each unsaved scenario, then
     * exits. Cancel keeps everything open.
     *
     * @return whether the planner is quitting
     */
    public boolean quit() {
        if (!workspace.settleAll()) {
            return false;
        }
        exit();
        return true;
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

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** File › Export workbook…'s ViewModel: the plan, name and notes of the scenario in front. */
    public ExportViewModel exportModel() {
        return export;
    }

    /** This run's recovery folder, or null when autosave is off. */
    Path recoveryFolder() {
        return recovery == null ? null : recovery.folder();
    }
}
