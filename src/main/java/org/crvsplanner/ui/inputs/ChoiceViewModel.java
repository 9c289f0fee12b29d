package org.crvsplanner.ui.inputs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A choice among a few options, offered to the view as labels and an index so that the view
 * needs no model types.
 */
public final class ChoiceViewModel<E> {
    private final String label;
    private final String description;
    private final List<E> values;
    private final List<String> labels;
    private final ObjectProperty<E> selected;
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex");

    public ChoiceViewModel(String label, String description, List<E> values, Function<E, String> labelOf,
            E initial) {
        this.label = requireNonNull(label, "label");
        this.description = requireNonNull(description, "description");
        this.values = List.copyOf(values);
        this.labels = this.values.stream().map(labelOf).toList();
        this.selected = new SimpleObjectProperty<>(this, "selected", requireNonNull(initial, "initial"));
        selectedIndex.set(this.values.indexOf(initial));
        selected.addListener((obs, old, now) -> selectedIndex.set(this.values.indexOf(now)));
        selectedIndex.addListener((obs, old, now) -> {
            int index = now.intValue();
            if (index >= 0 && index < this.values.size()) {
                selected.set(this.values.get(index));
            }
        });
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public List<String> labels() {
        return labels;
    }

    /** The chosen option's position in {@link #labels()}. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<E> selectedProperty() {
        return selected;
    }

    public E getSelected() {
        return selected.get();
    }

    public void select(E value) {
        selected.set(requireNonNull(value, "value"));
    }
}
