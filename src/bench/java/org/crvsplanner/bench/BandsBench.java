package org.crvsplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.ui.app.MainView;
import org.crvsplanner.ui.app.PlannerWindow;
import org.crvsplanner.ui.app.Theme;
import org.crvsplanner.ui.planner.PlannerViewModel;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@link WindowUpdateBench} with bands shown: ranges on population, birth rate, MB per attachment
 * and growth, so every change also asks for a Monte Carlo run (10,000 trials of 50 years) on the
 * outlook's worker, whose results reach the JavaFX thread while the changes go on.
 *
 * <p>Unlike the plain benchmark, the changes are sent from another thread, one JavaFX task each,
 * so the runs' results are handled on the JavaFX thread between them, as in a real drag; each
 * sample is still the change, the CSS pass and the layout pass within one task. Then, from a
 * settled window, it times single changes until their bands are on screen: how far the band lags
 * the last change.
 */
final class BandsBench {
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 3000);
    private static final int CHANGES = 2000;
    private static final int FOLLOWS = 100;

    private BandsBench() {
    }

    static void main() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Scene[] scene = new Scene[1];
        Stage[] stage = new Stage[1];
        PlannerViewModel model = onFx(() -> {
            Theme theme = new Theme(Preferences.userRoot().node("crvs-planner-bench"));
            theme.apply(false);
            PlannerViewModel planner = new PlannerViewModel();
            planner.load(SizingInputs.builder().horizonYears(50).growthPercent(2.5).build());
            MainView view = PlannerWindow.around(planner, theme).view();
            // After the window: it shows the planner as a scenario of its own, without ranges.
            planner.ranges().load(InputRanges.of(
                    InputRange.of(Inputs.POPULATION, 8_000_000, 100_000_000),
                    InputRange.of(Inputs.CRUDE_BIRTH_RATE, 15, 20),
                    InputRange.of(Inputs.MB_PER_ATTACHMENT, 0.3, 0.8),
                    InputRange.of(Inputs.GROWTH_PERCENT, 1.5, 3.5)));
            scene[0] = new Scene(view, 1280, 800);
            scene[0].getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
            stage[0] = new Stage();
            stage[0].setScene(scene[0]);
            stage[0].show();
            return planner;
        });
        settle(model);
        if (!onFx(() -> model.outlook().bandsProperty().get().uncertainty().isPresent())) {
            throw new IllegalStateException("no bands: the ranges did not take");
        }
        Method css = WindowUpdateBench.pass("doCSSPass");
        Method layout = WindowUpdateBench.pass("doLayoutPass");
        long[] cpu = new long[CHANGES];
        long[] times = sweep(model, scene[0], css, layout, WARM_UP, CHANGES, false, cpu);
        WindowUpdateBench.report("with bands: update + CSS pass + layout pass", times);
        WindowUpdateBench.report("  the same samples, FX-thread CPU time", cpu);
        allocation(model, scene[0], css, layout);
        WindowUpdateBench.report("with bands: update + CSS pass + layout pass + render (snapshot)",
                sweep(model, scene[0], css, layout, WARM_UP / 5, CHANGES / 4, true, null));

        long[] follows = new long[FOLLOWS];
        for (int i = 0; i < FOLLOWS; i++) {
            settle(model);
            double population = 20_000_000 + i * 500_000.0;
            long start = System.nanoTime();
            onFx(() -> {
                model.number(Inputs.POPULATION).setValue(population);
                return null;
            });
            // Polled on the JavaFX thread, so the bands counted are those that thread has shown.
            while (!onFx(() -> model.outlook().currentProperty().get())) {
                Thread.onSpinWait();
            }
            follows[i] = System.nanoTime() - start;
        }
        WindowUpdateBench.report("bands follow one change (change to current bands on the JavaFX thread)", follows);
        onFx(() -> {
            stage[0].close();
            return null;
        });
        Platform.exit();
    }

    /**
     * Sends {@code changes} population steps after {@code warmUp} unmeasured ones, one JavaFX task
     * each, and returns each step's wall-clock time; with {@code cpu}, also the FX thread's CPU time.
     */
    private static long[] sweep(PlannerViewModel model, Scene scene, Method css, Method layout, int warmUp,
            int changes, boolean render, long[] cpu) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[changes];
        for (int i = -warmUp; i < changes; i++) {
            double population = 10_000_000 + (i & 1023) * 80_000.0;
            long[] sample = onFx(() -> {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                model.number(Inputs.POPULATION).setValue(Math.rint(population));
                WindowUpdateBench.invoke(css, scene);
                WindowUpdateBench.invoke(layout, scene);
                if (render) {
                    scene.snapshot(null);
                }
                return new long[] {System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart};
            });
            if (i >= 0) {
                times[i] = sample[0];
                if (cpu != null) {
                    cpu[i] = sample[1];
                }
            }
        }
        return times;
    }

    /**
     * Bytes allocated on the JavaFX thread over one more sweep, divided by its changes: the
     * changes and the handling of the Monte Carlo results that arrive between them, as in a drag.
     */
    private static void allocation(PlannerViewModel model, Scene scene, Method css, Method layout) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        long before = threads.getThreadAllocatedBytes(fxThread);
        sweep(model, scene, css, layout, 0, CHANGES, false, null);
        long bytes = threads.getThreadAllocatedBytes(fxThread) - before;
        System.out.printf(java.util.Locale.ROOT, "with bands: allocated on the FX thread: %.1f kB per change%n",
                bytes / 1024.0 / CHANGES);
    }

    private static void settle(PlannerViewModel model) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(() -> model.outlook().currentProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bands did not settle within 30 s");
            }
            Thread.sleep(1);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        return future.get();
    }
}
