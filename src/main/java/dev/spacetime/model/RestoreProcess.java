package dev.spacetime.model;

import java.util.List;

/** Puts back a removed process exactly as it was: the undo of {@link RemoveProcess}. */
public record RestoreProcess(int index, String name, List<EventData> events, List<MessageData> messages)
        implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        if (d.processIndex(name) >= 0) {
            throw new EditRefusedException("there is already a process named " + name);
        }
        for (EventData e : events) {
            if (d.findEvent(e.id()) >= 0) {
                throw new EditRefusedException("there is already an event " + e.id());
            }
        }
        int p = d.insertProcess(index, name);
        for (EventData e : events) {
            d.insertEvent(p, e.position(), e.id(), e.label(), e.time());
        }
        Detach.restore(d, messages);
        return new RemoveProcess(name);
    }

    @Override
    public String description() {
        return "Restore process " + name;
    }
}
