package dev.spacetime.model;

import java.util.List;

/**
 * Removes an event and the messages it sends or receives; the other ends of those messages stay as
 * local events.
 */
public record RemoveEvent(String id) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        EventData data = EventData.of(d, e);
        List<MessageData> messages = Detach.messagesTouching(d, x -> x == e);
        d.removeIsolatedEvent(e);
        return new RestoreEvent(data, messages);
    }

    @Override
    public String description() {
        return "Remove event " + id;
    }
}
