package org.crvsplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.MonteCarlo;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/**
 * The outlook's runs, with the worker thread's and the JavaFX thread's parts run by hand, so the
 * order of events that a drag produces can be replayed exactly.
 */
class OutlookViewModelTest {
    private static final InputRanges RANGES = InputRanges.of(InputRange.of(Inputs.POPULATION, 20e6, 40e6));

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final SimpleObjectProperty<SizingPlan> plan = new SimpleObjectProperty<>(plan(30_000_000));
    private final SimpleObjectProperty<InputRanges> ranges = new SimpleObjectProperty<>(RANGES);
    private final OutlookViewModel outlook = new OutlookViewModel(plan, ranges, worker::add, fx::add);

    private static SizingPlan plan(long population) {
        return SizingEngine.plan(SizingInputs.builder().population(population).build());
    }

    private static void runAll(Deque<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    private static Outlook expected(SizingPlan plan) {
        return Outlook.of(plan, RANGES, MonteCarlo.DEFAULT_TRIALS, MonteCarlo.DEFAULT_SEED,
                OptionalDouble.of(plan.horizonYear().provisionedDiskGb()));
    }

    @Test
    @DisplayName("changes while a run waits are one run: only the newest inputs are computed")
    void coalesces() {
        runAll(worker);
        runAll(fx);
        assertThat(outlook.currentProperty().get()).isTrue();
        plan.set(plan(31_000_000));
        plan.set(plan(32_000_000));
        plan.set(plan(33_000_000));
        assertThat(outlook.currentProperty().get()).isFalse();
        assertThat(worker).hasSize(1);
        runAll(worker);
        assertThat(fx).as("one result, of the newest inputs").hasSize(1);
        runAll(fx);
        assertThat(outlook.currentProperty().get()).isTrue();
        assertThat(outlook.bandsProperty().get()).isEqualTo(expected(plan(33_000_000)));
    }

    @Test
    @DisplayName("a result that comes after a newer change moves the band but is not current; the next one is")
    void staleResult() {
        runAll(worker);
        runAll(fx);
        plan.set(plan(31_000_000));
        runAll(worker);
        // The 31 M result is on its way to the JavaFX thread when the person moves on to 32 M.
        plan.set(plan(32_000_000));
        runAll(fx);
        assertThat(outlook.bandsProperty().get()).isEqualTo(expected(plan(31_000_000)));
        assertThat(outlook.currentProperty().get()).isFalse();
        runAll(worker);
        runAll(fx);
        assertThat(outlook.bandsProperty().get()).isEqualTo(expected(plan(32_000_000)));
        assertThat(outlook.currentProperty().get()).isTrue();
    }

    @Test
    @DisplayName("the fill dates follow the plan at once, without a run; no ranges, no run and no bands")
    void fillDatesAtOnce() {
        ranges.set(InputRanges.NONE);
        worker.clear();
        fx.clear();
        plan.set(plan(31_000_000));
        assertThat(worker).isEmpty();
        assertThat(outlook.bandsProperty().get()).isEqualTo(Outlook.NONE);
        assertThat(outlook.diskGbProperty().get()).isEqualTo(plan.get().horizonYear().provisionedDiskGb());
        assertThat(outlook.fillDatesProperty().get()).extracting(d -> d.thresholdPercent()).containsExactly(50, 70, 100);
        outlook.disk().textProperty().set("2,000");
        assertThat(outlook.diskGbProperty().get()).isEqualTo(2000);
        assertThat(outlook.fillDatesProperty().get()).isEqualTo(FillDates.of(plan.get(), 2000));
        outlook.disk().textProperty().set("two TB");
        assertThat(outlook.disk().errorProperty().get()).startsWith("Disk per server: enter a number of GB");
        assertThat(outlook.diskGbProperty().get()).as("the last valid disk stays").isEqualTo(2000);
    }
}
