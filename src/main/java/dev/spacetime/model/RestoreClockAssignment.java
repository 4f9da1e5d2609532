package dev.spacetime.model;

/** Brings back a clock assignment that was cleared, values in their order and its part in its place. */
public record RestoreClockAssignment(ClockAssignment assignment) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        if (d.annotations().clockName() != null) {
            throw new EditRefusedException("the diagram already has clocks of its own, " + d.annotations().clockName());
        }
        for (String id : assignment.values().keySet()) {
            Lookup.event(d, id);
        }
        d.annotations().restoreClocks(assignment);
        return new RemoveClockAssignment();
    }

    @Override
    public String description() {
        return "Clear my clocks";
    }
}
