package org.crvsplanner.ui.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InvalidInputException;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Other event types typed as a list, {@code marriage=4.5:2, divorce=1}: the same notation as the
 * command line's {@code --event}. A valid list replaces the plan's event types at once.
 */
public final class EventsInputViewModel {
    private final ObservableList<EventType> events;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
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
    }

    private void accept(String typed) {
        List<EventType> parsed = new ArrayList<>();
        try {
            for (String part : typed.split(",")) {
                if (!part.isBlank()) {
                    parsed.add(EventType.parse(part));
                }
            }
        } catch (InvalidInputException e) {
            error.set("Other event types: " + e.getMessage().replaceFirst("^event", "") + ".");
            return;
        }
        error.set(null);
        updatingText = true;
        try {
            events.setAll(parsed);
        } finally {
            updatingText = false;
        }
    }

    private static String format(List<EventType> events) {
        return events.stream().map(EventType::toSpec).collect(Collectors.joining(", "));
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

    public String tooltip() {
        return "Events registered besides births and deaths, such as marriages, divorces or adoptions.\n"
                + "Write each as " + EventType.NOTATION + " (rate per 1,000 people; attachments optional,\n"
                + "the general average otherwise), separated by commas. Default: none.";
    }
}
