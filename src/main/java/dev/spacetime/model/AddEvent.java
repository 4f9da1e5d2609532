package dev.spacetime.model;

/**
 * Adds a local event at {@code position} on a process ({@code time} NaN for none).
 */
public record AddEvent(String process, int position, String id, String label, double time) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int p = Lookup.process(d, process);
        Lookup.requireName(id, "event");
        if (d.findEvent(id) >= 0) {
            throw new EditRefusedException("there is already an event " + id);
        }
        if (position < 0 || position > d.eventCount(p)) {
            throw new EditRefusedException("no place " + position + " on process " + process);
        }
        String reason = TimeOrder.onProcess(d, p, position, time, -1);
        if (reason != null) {
            throw new EditRefusedException(reason);
        }
        d.insertEvent(p, position, id, label, time);
        return new RemoveEvent(id);
    }

    @Override
    public String description() {
        return "Add event " + id;
    }
}
