package org.crvsplanner.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

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
 * Time from an input change to the chart, table and figures being updated and laid out, at a
 * 50-year horizon, as a person dragging the population slider causes it. Runs headless on
 * Monocle; see docs/PERFORMANCE.md for the command.
 *
 * <p>After each change it runs the scene's own CSS and layout passes, the work the next pulse
 * does before the frame is drawn. {@code Node.applyCss()} would be the public way, but it
 * restyles every node below it whether dirty or not, which no pulse does, so the passes are
 * called by reflection (JavaFX is on the class path, so they are reachable).
 */
public final class WindowUpdateBench {
    /**
     * Changes before the measured ones, so that the JIT has compiled the update path, as it has
     * after the first minute of a workshop; -Dbench.warmUp=500 shows the first drags instead.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 3000);
    private static final int CHANGES = 2000;
    /** -Dbench.bands=true: the same with ranges on four inputs, so bands, tornado and fill dates show. */
    private static final boolean BANDS = Boolean.getBoolean("bench.bands");

    public static void main(String[] args) throws Exception {
        System.out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.println("Java: " + System.getProperty("java.vm.version"));
        if (BANDS) {
            BandsBench.main();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run() {
        Theme theme = new Theme(Preferences.userRoot().node("crvs-planner-bench"));
        theme.apply(false);
        PlannerViewModel model = new PlannerViewModel();
        model.load(SizingInputs.builder().horizonYears(50).growthPercent(2.5).build());
        MainView view = PlannerWindow.around(model, theme).view();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();

        long[] cpu = new long[CHANGES];
        long[] layout = measure(model, scene, WARM_UP, CHANGES, false, cpu);
        allocation(model, scene);
        long[] render = measure(model, scene, WARM_UP / 5, CHANGES / 4, true, null);
        report("update + CSS pass + layout pass", layout);
        report("  the same samples, FX-thread CPU time", cpu);
        report("update + CSS pass + layout pass + render (snapshot)", render);
        stage.close();
    }

    /**
     * Sweeps the population across the 30M and 60M bands so the table and markers change too.
     * With {@code cpu}, also records the FX thread's CPU time per sample, read outside the timed
     * span: on this shared two-core machine the wall-clock tail is mostly time spent waiting
     * for a core, and the CPU time tells the work apart from the wait.
     */
    private static long[] measure(PlannerViewModel model, Scene scene, int warmUp, int changes, boolean render,
            long[] cpu) {
        Method cssPass = pass("doCSSPass");
        Method layoutPass = pass("doLayoutPass");
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[changes];
        for (int i = -warmUp; i < changes; i++) {
            double population = 10_000_000 + (i & 1023) * 80_000.0;
            long cpuStart = cpu == null ? 0 : threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            model.number(Inputs.POPULATION).setValue(Math.rint(population));
            invoke(cssPass, scene);
            invoke(layoutPass, scene);
            if (render) {
                scene.snapshot(null);
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed;
                if (cpu != null) {
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
            }
        }
        return times;
    }

    /**
     * Bytes allocated on the FX thread and collections run over one more sweep of the same
     * changes, measured apart so the counters do not disturb the timed samples.
     */
    private static void allocation(PlannerViewModel model, Scene scene) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long collections = collections();
        long before = threads.getThreadAllocatedBytes(thread);
        measure(model, scene, 0, CHANGES, false, null);
        long bytes = threads.getThreadAllocatedBytes(thread) - before;
        System.out.printf(Locale.ROOT, "allocated on the FX thread: %.1f kB per change; collections in %d changes: %d%n",
                bytes / 1024.0 / CHANGES, CHANGES, collections() - collections);
    }

    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    static Method pass(String name) {
        try {
            Method method = Scene.class.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this JavaFX has no Scene." + name, e);
        }
    }

    static void invoke(Method pass, Scene scene) {
        try {
            pass.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String what, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
