package org.crvsplanner.ui.planner;

import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.MonteCarlo;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;

import javafx.application.Platform;

/**
 * Runs a scenario's Monte Carlo bands and tornado off the JavaFX thread, the newest request only:
 * while a run is busy, further requests replace each other, and the one left is run next. A drag
 * therefore never waits for a run, and the last change is reflected one run after it at most.
 *
 * <p>Every scenario's runs share one worker thread, so bands take at most one of the two cores
 * and the JavaFX thread keeps the other for the drag itself.
 */
final class OutlookRunner {
    private static final Logger LOG = Logger.getLogger(OutlookRunner.class.getName());
    /** One worker; a Monte Carlo run's parallel streams inside it stay on it. */
    private static final ForkJoinPool WORKER = new ForkJoinPool(1);

    /** What to compute: a plan's inputs, their ranges and the disk whose fill dates to find. */
    record Request(SizingPlan plan, InputRanges ranges, OptionalDouble diskGb) {
    }

    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Consumer<Result> deliver;
    private final Executor worker;
    private final Executor fx;

    /** A request and what it gave; {@code outlook} is null when it failed. */
    record Result(Request request, Outlook outlook) {
    }

    /** @param deliver called on the JavaFX thread with each result, in the order computed */
    OutlookRunner(Consumer<Result> deliver) {
        this(deliver, WORKER, Platform::runLater);
    }

    /** Tests run the worker's and the JavaFX thread's parts themselves, in the order they choose. */
    OutlookRunner(Consumer<Result> deliver, Executor worker, Executor fx) {
        this.deliver = deliver;
        this.worker = worker;
        this.fx = fx;
    }

    void submit(Request request) {
        waiting.set(request);
        if (busy.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Request request;
            while ((request = waiting.getAndSet(null)) != null) {
                Result result = new Result(request, compute(request));
                fx.execute(() -> deliver.accept(result));
            }
        } finally {
            busy.set(false);
            // A request that came in between the last look and letting go must still run.
            if (waiting.get() != null && busy.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    private static Outlook compute(Request request) {
        try {
            return Outlook.of(request.plan(), request.ranges(), MonteCarlo.DEFAULT_TRIALS, MonteCarlo.DEFAULT_SEED,
                    request.diskGb());
        } catch (RuntimeException e) {
            // The ranges were checked against these inputs before the request; a failure here is a
            // bug, which must not stop later runs or reach the person as a stack trace.
            LOG.log(Level.WARNING, "the Monte Carlo run failed", e);
            return null;
        }
    }
}
