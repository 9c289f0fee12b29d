package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of one scenario's inputs.
 *
 * <p>A step holds the whole input set before and after, with the source of its country figures,
 * so undoing restores every input at once and can never half-apply. Changes made during a gesture
 * are folded into one step: a slider drag from press to release, and typing in one field from
 * entering it until Enter or leaving it (one step per committed value, not per keystroke).
 * Changes outside a gesture, such as a click on a choice or a reset, are a step each. Restoring a
 * step does not record a new one.
 */
public final class InputHistory {
    /** Steps kept; the oldest go first. A step is two small records, so this is generous. */
    static final int LIMIT = 500;

    private record Step(PlannerState before, PlannerState after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final Consumer<PlannerState> restore;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The inputs as of the last step: where a change in progress started. */
    private PlannerState recorded;
    private PlannerState latest;
    private int gestures;
    private boolean restoring;

    /**
     * @param restore shows a whole input set, as {@link PlannerViewModel#load} does but without
     *        recording it
     */
    InputHistory(PlannerState initial, Consumer<PlannerState> restore) {
        this.recorded = requireNonNull(initial, "initial");
        this.latest = initial;
        this.restore = requireNonNull(restore, "restore");
    }

    /** The owner reports every new set of valid inputs. */
    void changed(PlannerState now) {
        latest = now;
        if (restoring) {
            recorded = now;
        } else if (gestures == 0) {
            checkpoint();
        }
        update();
    }

    /** A slider is pressed or a field entered: what follows, until it ends, is one step. */
    void beginGesture() {
        if (gestures++ == 0) {
            checkpoint();
        }
    }

    void endGesture() {
        if (gestures > 0 && --gestures == 0) {
            checkpoint();
        }
    }

    /** Records what changed since the last step, if anything, as a step of its own. */
    void checkpoint() {
        if (!latest.equals(recorded)) {
            undo.push(new Step(recorded, latest));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            recorded = latest;
        }
        update();
    }

    public void undo() {
        checkpoint();
        if (!undo.isEmpty()) {
            Step step = undo.pop();
            redo.push(step);
            apply(step.before());
        }
    }

    public void redo() {
        checkpoint();
        if (!redo.isEmpty()) {
            Step step = redo.pop();
            undo.push(step);
            apply(step.after());
        }
    }

    /** Forgets every step, e.g. when a scenario's inputs are replaced by a file's. */
    void clear(PlannerState now) {
        undo.clear();
        redo.clear();
        recorded = now;
        latest = now;
        update();
    }

    private void apply(PlannerState inputs) {
        restoring = true;
        try {
            restore.accept(inputs);
        } finally {
            restoring = false;
        }
        recorded = inputs;
        latest = inputs;
        update();
    }

    private void update() {
        boolean pending = !latest.equals(recorded);
        canUndo.set(pending || !undo.isEmpty());
        canRedo.set(!pending && !redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Steps that {@link #undo()} can take back, counting a change still in progress as one. */
    public int undoCount() {
        return undo.size() + (latest.equals(recorded) ? 0 : 1);
    }
}
