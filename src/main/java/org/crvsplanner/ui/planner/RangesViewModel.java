package org.crvsplanner.ui.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The ranges of a scenario, one row per input that takes one ({@link Inputs#WITH_RANGES}); the
 * valid ones make {@link #rangesProperty()}. They are not part of undo, which follows the inputs.
 */
public final class RangesViewModel {
    private final List<RangeViewModel> rows = new ArrayList<>();
    private final ObservableValue<SizingInputs> inputs;
    private final ReadOnlyObjectWrapper<InputRanges> ranges =
            new ReadOnlyObjectWrapper<>(this, "ranges", InputRanges.NONE);
    // Held here: the language property keeps only a weak reference, so a closed tab's ranges go.
    private final InvalidationListener relabel = obs -> rows.forEach(RangeViewModel::relabel);
    private boolean checking;

    RangesViewModel(ObservableValue<SizingInputs> inputs, Function<NumberInput, NumberInputViewModel> likely) {
        this.inputs = inputs;
        for (NumberInput input : Inputs.WITH_RANGES) {
            RangeViewModel row = new RangeViewModel(input, likely.apply(input));
            rows.add(row);
            row.lowProperty().addListener(obs -> check(false));
            row.highProperty().addListener(obs -> check(false));
        }
        inputs.addListener(obs -> check(true));
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void check(boolean likelyMoved) {
        if (checking) {
            // An end that follows the likely value rewrites its text; that is not a new change.
            return;
        }
        checking = true;
        try {
            List<InputRange> valid = new ArrayList<>();
            for (RangeViewModel row : rows) {
                row.check(inputs.getValue(), likelyMoved);
                if (row.rangeProperty().get() != null) {
                    valid.add(row.rangeProperty().get());
                }
            }
            InputRanges next = new InputRanges(valid);
            if (!next.equals(ranges.get())) {
                ranges.set(next);
            }
        } finally {
            checking = false;
        }
    }

    /** Shows the ranges of a loaded scenario, replacing every row. */
    public void load(InputRanges loaded) {
        checking = true;
        try {
            for (RangeViewModel row : rows) {
                row.show(loaded.of(row.input()).orElse(null));
            }
        } finally {
            checking = false;
        }
        check(false);
    }

    /** Whether any input has a valid range. */
    public boolean hasRanges() {
        return !ranges.get().isEmpty();
    }

    /** One row per input that takes a range, in the table's order. */
    public List<RangeViewModel> rows() {
        return List.copyOf(rows);
    }

    /** The valid ranges, which fit the inputs on screen. */
    public ReadOnlyObjectProperty<InputRanges> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }
}
