package org.crvsplanner.ui.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.text.EventNotation;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Other event types typed as a list, {@code marriage=4.5:2, divorce=1}: the same notation as the
 * command line's {@code --event}. A valid list replaces the plan's event types at once. The
 * notation is the same in every language: a decimal point, since commas separate the events.
 */
public final class EventsInputViewModel implements InputViewModel {
    private final ObservableList<EventType> events;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private Supplier<String> problem;
    // Held here: the language property keeps only a weak reference.
    private final InvalidationListener relabel = obs -> error.set(problem == null ? null : problem.get());
    private boolean updatingText;

    public EventsInputViewModel(ObservableList<EventType> events) {
        this.events = events;
        text.set(format(events));
        text.addListener((obs, old, typed) -> {
            if (!updatingText) {
                accept(typed);
            }
        });
        events.addListener((javafx.collections.ListChangeListener<EventType>) change -> {
            if (error.get() == null) {
                updatingText = true;
                try {
                    text.set(format(events));
                } finally {
                    updatingText = false;
                }
            }
        });
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void accept(String typed) {
        List<EventType> parsed = new ArrayList<>();
        try {
            for (String part : typed.split(",")) {
                if (!part.isBlank()) {
                    parsed.add(EventNotation.parse(part));
                }
            }
        } catch (InvalidInputException e) {
            setProblem(() -> I18n.get("inputs.events.error", part(e), ModelWords.problem(e, I18n.wording())));
            return;
        }
        setProblem(null);
        updatingText = true;
        try {
            events.setAll(parsed);
        } finally {
            updatingText = false;
        }
    }

    /** Puts the list of the plan back into the text, dropping an invalid list typed since. */
    public void revert() {
        setProblem(null);
        updatingText = true;
        try {
            text.set(format(events));
        } finally {
            updatingText = false;
        }
    }

    /** Whether the text holds a list that is not valid. */
    public boolean hasError() {
        return error.get() != null;
    }

    private void setProblem(Supplier<String> now) {
        problem = now;
        error.set(now == null ? null : now.get());
    }

    /** Which part of an event is wrong: "rate" for {@code eventRate}. */
    private static String part(InvalidInputException e) {
        return switch (e.field()) {
            case EVENT_RATE -> I18n.get("inputs.events.rate");
            case EVENT_ATTACHMENTS -> I18n.get("inputs.events.attachments");
            default -> I18n.get("inputs.events.name");
        };
    }

    private static String format(List<EventType> events) {
        return events.stream().map(EventNotation::format).collect(Collectors.joining(", "));
    }

    /** Whether the person is typing the list; undo counts one typed list as one step. */
    public void setEditing(boolean now) {
        editing.set(now);
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding labelText() {
        return I18n.text("inputs.events.label");
    }

    public StringBinding promptText() {
        return I18n.text("inputs.events.prompt");
    }

    /** What is wrong with the list, or else how to write it, in the language of the moment. */
    public StringBinding tooltipText() {
        return Bindings.createStringBinding(
                () -> error.get() != null ? error.get() : I18n.get("inputs.events.tooltip"), error,
                I18n.languageProperty());
    }
}
