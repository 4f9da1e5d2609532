package dev.spacetime.model;

/** Changes an event's physical time (NaN for none); refused if times would stop increasing. */
public record SetEventTime(String id, double time) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        if (Double.isInfinite(time)) {
            throw new EditRefusedException("a time must be a finite number");
        }
        String reason = TimeOrder.forRetime(d, e, time);
        if (reason != null) {
            throw new EditRefusedException(reason);
        }
        double old = d.eventTime(e);
        d.setEventTime(e, time);
        return new SetEventTime(id, old);
    }

    @Override
    public String description() {
        return "Set time of " + id;
    }
}
