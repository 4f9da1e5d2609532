package dev.spacetime.model;

/** Changes an event's id; its log fields, step note and the ends of its bars follow it to the new id. */
public record RenameEvent(String id, String newId) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        Lookup.requireName(newId, "event");
        if (!newId.equals(id) && d.findEvent(newId) >= 0) {
            throw new EditRefusedException("there is already an event " + newId);
        }
        d.setEventId(e, newId);
        return new RenameEvent(newId, id);
    }

    @Override
    public String description() {
        return "Rename event " + id + " to " + newId;
    }
}
