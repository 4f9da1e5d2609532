package dev.spacetime.model;

/** Edit → Clear my clocks: takes the diagram's own clock assignment away, every value and its name. */
public record RemoveClockAssignment() implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        ClockAssignment taken = d.annotations().clockAssignment();
        if (taken == null) {
            throw new EditRefusedException("the diagram has no clocks of its own to clear");
        }
        d.annotations().dropClocks();
        return new RestoreClockAssignment(taken);
    }

    @Override
    public String description() {
        return "Clear my clocks";
    }
}
