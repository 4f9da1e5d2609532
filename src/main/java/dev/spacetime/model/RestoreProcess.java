package dev.spacetime.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back a removed process, with its events' annotations, exactly as it was: the undo of {@link RemoveProcess}. It is made of
 * the checked edits, so a restore that does not fit the diagram is refused cleanly.
 */
public record RestoreProcess(int index, String name, List<EventData> events, List<MessageData> messages,
        DetachedAnnotations annotations) implements Edit {
    public RestoreProcess {
        events = List.copyOf(events);
        messages = List.copyOf(messages);
        annotations = annotations == null ? DetachedAnnotations.NONE : annotations;
    }

    /** Restores a process whose events had no annotations. */
    public RestoreProcess(int index, String name, List<EventData> events, List<MessageData> messages) {
        this(index, name, events, messages, DetachedAnnotations.NONE);
    }

    @Override
    public Edit applyTo(Diagram d) {
        List<Edit> parts = new ArrayList<>();
        parts.add(new AddProcess(index, name));
        for (EventData e : events) {
            parts.add(new AddEvent(name, e.position(), e.id(), e.label(), e.time()));
        }
        for (MessageData m : messages) {
            parts.add(new AddMessage(m.from(), m.to(), m.label(), m.external(), m.index()));
        }
        new CompoundEdit(description(), parts).applyTo(d);
        d.annotations().restore(annotations);
        return new RemoveProcess(name);
    }

    @Override
    public String description() {
        return "Restore process " + name;
    }
}
