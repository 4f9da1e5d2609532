package dev.spacetime.model;

import java.util.List;

/** Puts back a removed event and its messages exactly as they were: the undo of {@link RemoveEvent}. */
public record RestoreEvent(EventData event, List<MessageData> messages) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int p = Lookup.process(d, event.process());
        if (d.findEvent(event.id()) >= 0) {
            throw new EditRefusedException("there is already an event " + event.id());
        }
        d.insertEvent(p, event.position(), event.id(), event.label(), event.time());
        Detach.restore(d, messages);
        return new RemoveEvent(event.id());
    }

    @Override
    public String description() {
        return "Restore event " + event.id();
    }
}
