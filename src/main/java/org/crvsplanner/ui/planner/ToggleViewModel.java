package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An input that is on or off; its words are {@code inputs.<key>} and {@code inputs.<key>.tooltip}. */
public final class ToggleViewModel implements InputViewModel {
    private final String key;
    private final BooleanProperty selected;

    ToggleViewModel(String key, boolean initial) {
        this.key = requireNonNull(key, "key");
        this.selected = new SimpleBooleanProperty(this, key, initial);
    }

    /** A stable name for the view's node ids: the input's key, such as "includeDevelopment". */
    public String id() {
        return key;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringBinding labelText() {
        return I18n.text("inputs." + key);
    }

    public StringBinding tooltipText() {
        return I18n.text("inputs." + key + ".tooltip");
    }
}
