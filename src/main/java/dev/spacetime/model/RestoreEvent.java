package dev.spacetime.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back a removed event, its messages and its annotations exactly as they were: the undo of
 * {@link RemoveEvent}. It is made of the checked edits, so a restore that does not fit the diagram is
 * refused cleanly.
 */
public record RestoreEvent(EventData event, List<MessageData> messages, DetachedAnnotations annotations)
        implements Edit {
    public RestoreEvent {
        messages = List.copyOf(messages);
        annotations = annotations == null ? DetachedAnnotations.NONE : annotations;
    }

    /** Restores an event that had no annotations. */
    public RestoreEvent(EventData event, List<MessageData> messages) {
        this(event, messages, DetachedAnnotations.NONE);
    }

    @Override
    public Edit applyTo(Diagram d) {
        List<Edit> parts = new ArrayList<>();
        parts.add(new AddEvent(event.process(), event.position(), event.id(), event.label(), event.time()));
        for (MessageData m : messages) {
            parts.add(new AddMessage(m.from(), m.to(), m.label(), m.external(), m.index()));
        }
        new CompoundEdit(description(), parts).applyTo(d);
        d.annotations().restore(annotations);
        return new RemoveEvent(event.id());
    }

    @Override
    public String description() {
        return "Restore event " + event.id();
    }
}
