package org.crvsplanner.ui.workshop;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Presentation mode for workshops: large type, high contrast, no advanced assumptions, full
 * screen. It is a state the window renders rather than the stage's full-screen flag, so it holds
 * where full screen does not exist (a headless test, some window managers).
 */
public final class PresentationViewModel {
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void enter() {
        presenting.set(true);
    }

    public void leave() {
        presenting.set(false);
    }

    public void toggle() {
        presenting.set(!presenting.get());
    }
}
