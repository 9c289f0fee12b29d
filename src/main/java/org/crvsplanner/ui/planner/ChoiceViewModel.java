package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A choice among a few options, offered to the view as labels and an index so that the view
 * needs no model types. Its label and description are {@code <key>.label} and
 * {@code <key>.description} in the window's bundles; the options' labels follow the language.
 */
public final class ChoiceViewModel<E> implements InputViewModel {
    private final String key;
    private final List<E> values;
    private final Function<E, String> labelOf;
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLabels = FXCollections.unmodifiableObservableList(labels);
    private final ObjectProperty<E> selected;
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex");
    private final InvalidationListener relabel = obs -> relabel();

    /**
     * @param key where its words are, e.g. {@code inputs.stage}
     * @param labelOf an option's label in the language of the moment
     */
    public ChoiceViewModel(String key, List<E> values, Function<E, String> labelOf, E initial) {
        this.key = requireNonNull(key, "key");
        this.values = List.copyOf(values);
        this.labelOf = requireNonNull(labelOf, "labelOf");
        relabel();
        this.selected = new SimpleObjectProperty<>(this, "selected", requireNonNull(initial, "initial"));
        selectedIndex.set(this.values.indexOf(initial));
        selected.addListener((obs, old, now) -> selectedIndex.set(this.values.indexOf(now)));
        selectedIndex.addListener((obs, old, now) -> {
            int index = now.intValue();
            if (index >= 0 && index < this.values.size()) {
                selected.set(this.values.get(index));
            }
        });
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void relabel() {
        labels.setAll(values.stream().map(labelOf).toList());
    }

    /** A stable name for the view's node ids: the last part of its key, such as "stage". */
    public String id() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    public String label() {
        return I18n.get(key + ".label");
    }

    public StringBinding labelText() {
        return I18n.text(key + ".label");
    }

    public StringBinding descriptionText() {
        return I18n.text(key + ".description");
    }

    /** The options' labels, in the language of the moment: replaced all at once when it changes. */
    public ObservableList<String> labels() {
        return readOnlyLabels;
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
