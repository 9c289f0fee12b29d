package org.crvsplanner.model;

import java.util.List;

/**
 * The other event types: a list, each with its own rate and, optionally, attachments. Its parts
 * are checked against {@link InputField#EVENT_NAME}, {@link InputField#EVENT_RATE} and
 * {@link InputField#EVENT_ATTACHMENTS}.
 */
public record EventsInput(String key) implements Input {

    public List<EventType> get(SizingInputs in) {
        return in.otherEvents();
    }

    public void set(SizingInputs.Builder to, List<EventType> events) {
        to.otherEvents(events);
    }

    @Override
    public boolean everyday() {
        return false;
    }
}
