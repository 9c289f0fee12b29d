package org.crvsplanner.ui.planner;

/**
 * The ViewModel of one input, as the inputs panel lays them out: a number, a choice, a toggle
 * or the other event types. The panel shows each kind its own way without knowing the model.
 */
public sealed interface InputViewModel
        permits NumberInputViewModel, ChoiceViewModel, ToggleViewModel, EventsInputViewModel {
}
