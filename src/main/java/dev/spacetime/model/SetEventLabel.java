package dev.spacetime.model;

/** Changes an event's label (null for none). */
public record SetEventLabel(String id, String label) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        String old = d.eventLabel(e);
        d.setEventLabel(e, label);
        return new SetEventLabel(id, old);
    }

    @Override
    public String description() {
        return "Label event " + id;
    }
}
