package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.Scenario;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;

/**
 * Keeps a recovery snapshot of every unsaved scenario: after a quiet second following a change,
 * and every 30 seconds. A scenario that is saved or closed loses its snapshot at once, so a
 * snapshot always means work that exists nowhere else. Snapshots are written on {@code disk}, off
 * the window's thread, because a save waits for the disk; results come back on {@code fx}.
 */
public final class Autosave {
    public static final Duration PERIOD = Duration.seconds(30);
    public static final Duration QUIET = Duration.seconds(1);
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());

    private final WorkspaceViewModel workspace;
    private final RecoveryStore store;
    private final Executor disk;
    private final Executor fx;
    /** The snapshot last written for each scenario, by recovery id; touched on the FX thread only. */
    private final Map<String, Scenario> written = new HashMap<>();
    private final InvalidationListener changed = obs -> changed();
    private Timeline every;
    private PauseTransition quiet;

    public Autosave(WorkspaceViewModel workspace, RecoveryStore store, Executor disk, Executor fx) {
        this.workspace = requireNonNull(workspace, "workspace");
        this.store = requireNonNull(store, "store");
        this.disk = requireNonNull(disk, "disk");
        this.fx = requireNonNull(fx, "fx");
        workspace.scenarios().forEach(this::watch);
        workspace.scenarios().addListener((ListChangeListener<ScenarioViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::closed);
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(ScenarioViewModel scenario) {
        scenario.contentProperty().addListener(changed);
        scenario.unsavedProperty().addListener(changed);
        changed();
    }

    private void closed(ScenarioViewModel scenario) {
        scenario.contentProperty().removeListener(changed);
        scenario.unsavedProperty().removeListener(changed);
        if (written.remove(scenario.recoveryId()) != null) {
            discard(scenario.recoveryId());
        }
    }

    private void changed() {
        if (quiet != null) {
            quiet.playFromStart();
        }
    }

    /** Starts the timers; snapshots then follow changes without being asked. */
    public void start(Duration period, Duration quietTime) {
        quiet = new PauseTransition(quietTime);
        quiet.setOnFinished(e -> saveNow());
        every = new Timeline(new KeyFrame(period, e -> saveNow()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
    }

    public void stop() {
        if (every != null) {
            every.stop();
            quiet.stop();
        }
    }

    /** Brings every snapshot up to date now: writes the changed ones and drops the saved ones. */
    public void saveNow() {
        Set<String> open = new HashSet<>();
        for (ScenarioViewModel scenario : workspace.scenarios()) {
            String id = scenario.recoveryId();
            open.add(id);
            Scenario now = scenario.toScenario();
            if (scenario.isUnsaved()) {
                if (!now.equals(written.get(id))) {
                    written.put(id, now);
                    save(id, now, scenario.getFile());
                }
            } else if (written.remove(id) != null) {
                discard(id);
            }
        }
        for (String id : List.copyOf(written.keySet())) {
            if (!open.contains(id)) {
                written.remove(id);
                discard(id);
            }
        }
    }

    private void save(String id, Scenario scenario, Path file) {
        disk.execute(() -> {
            try {
                store.save(id, scenario, file);
                fx.execute(() -> workspace.clearAutosaveProblem());
            } catch (FileProblem e) {
                fx.execute(() -> {
                    // Try again at the next change or tick.
                    written.remove(id, scenario);
                    workspace.setAutosaveProblem("workspace.autosave.failed", e);
                });
            }
        });
    }

    private void discard(String id) {
        disk.execute(() -> {
            try {
                store.discard(id);
            } catch (FileProblem e) {
                LOG.warning("A recovery snapshot stays behind: " + e.getMessage());
            }
        });
    }

    /**
     * Waits until every snapshot asked for so far is on disk, e.g. before leftovers of a crash
     * are deleted or before a clean exit.
     *
     * @return false when the disk did not finish within the time given
     */
    public boolean flush(long timeout, TimeUnit unit) {
        try {
            CompletableFuture.runAsync(() -> { }, disk).get(timeout, unit);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
