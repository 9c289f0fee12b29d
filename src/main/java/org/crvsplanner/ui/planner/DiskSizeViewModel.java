package org.crvsplanner.ui.planner;

import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.crvsplanner.model.FillDates;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The disk per server whose fill dates to show, as typed in GB; blank means the disk the plan
 * provisions, the one a ministry would buy.
 */
public final class DiskSizeViewModel {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<OptionalDouble> typed =
            new ReadOnlyObjectWrapper<>(this, "typed", OptionalDouble.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Supplier<String> problem;
    // Held here: the language property keeps only a weak reference, so a closed tab's field goes.
    private final InvalidationListener relabel = obs -> read();

    DiskSizeViewModel() {
        text.addListener(obs -> read());
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void read() {
        String typedText = text.get() == null ? "" : text.get();
        if (typedText.isBlank()) {
            settle(OptionalDouble.empty(), null);
            return;
        }
        OptionalDouble gb = Formats.parse(typedText);
        if (gb.isEmpty() || !FillDates.isDiskSize(gb.getAsDouble())) {
            settle(typed.get(), () -> I18n.get("inputs.disk.error", Formats.number(FillDates.MIN_DISK_GB, 0),
                    Formats.number(FillDates.MAX_DISK_GB, 0)));
            return;
        }
        settle(gb, null);
    }

    private void settle(OptionalDouble value, Supplier<String> what) {
        problem = what;
        error.set(what == null ? null : what.get());
        if (!value.equals(typed.get())) {
            typed.set(value);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The disk typed, valid; empty for the provisioned disk. A mistyped text keeps the last. */
    public ReadOnlyObjectProperty<OptionalDouble> typedProperty() {
        return typed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    String problem() {
        return problem == null ? null : problem.get();
    }
}
