package dev.spacetime.model;

import java.util.List;
import java.util.Set;

/**
 * Removes an event and the messages it sends or receives; the other ends of those messages stay as
 * local events. The event's fields and step note go with it, and so does every bar that ends at it.
 */
public record RemoveEvent(String id) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        EventData data = EventData.of(d, e);
        List<MessageData> messages = Detach.messagesTouching(d, x -> x == e);
        DetachedAnnotations annotations = d.annotations().detach(Set.of(id));
        d.removeIsolatedEvent(e);
        return new RestoreEvent(data, messages, annotations);
    }

    @Override
    public String description() {
        return "Remove event " + id;
    }
}
