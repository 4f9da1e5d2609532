package dev.spacetime.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Removes a process with its events, their annotations, and every message to or from them. */
public record RemoveProcess(String name) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int p = Lookup.process(d, name);
        List<MessageData> messages = Detach.messagesTouching(d, e -> d.processOf(e) == p);
        List<EventData> events = Detach.eventsOf(d, p);
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        DetachedAnnotations annotations = d.annotations().detach(ids);
        while (d.eventCount(p) > 0) {
            d.removeIsolatedEvent(d.eventAt(p, d.eventCount(p) - 1));
        }
        d.removeEmptyProcess(p);
        return new RestoreProcess(p, name, List.copyOf(events), messages, annotations);
    }

    @Override
    public String description() {
        return "Remove process " + name;
    }
}
