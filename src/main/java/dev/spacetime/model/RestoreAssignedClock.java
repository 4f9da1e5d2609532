package dev.spacetime.model;

/**
 * Puts an event's value of the diagram's own clock back at the place it had among the values: the
 * inverse of taking it away, so an undo gives back the same file.
 */
public record RestoreAssignedClock(String id, double value, int place) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        Lookup.event(d, id);
        Annotations notes = d.annotations();
        if (notes.clockName() == null) {
            throw new EditRefusedException("the diagram has no clock assignment of its own to give " + id + " a value in");
        }
        if (!Double.isNaN(notes.clock(id))) {
            throw new EditRefusedException(id + " already has a value of " + notes.clockName());
        }
        notes.putClockAt(id, value, place);
        return new SetAssignedClock(id, Double.NaN);
    }

    @Override
    public String description() {
        return "Set my clock at " + id;
    }
}
