package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.SizingInputs;

/**
 * What one undo step restores: the inputs, and where their figures came from. An import changes
 * both at once, so undoing it brings back the figures and the source they had before.
 *
 * @param source the country figures file the inputs were filled from; empty when they were typed
 */
record PlannerState(SizingInputs inputs, Optional<CountrySource> source) {
    PlannerState {
        requireNonNull(inputs, "inputs");
        requireNonNull(source, "source");
    }
}
