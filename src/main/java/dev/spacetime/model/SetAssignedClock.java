package dev.spacetime.model;

/**
 * Gives an event a value of the diagram's own clock (a student's "my clocks"), or takes its value away
 * (NaN). A diagram without an assignment gets one, named {@link #NEW_NAME}, with its first value. Any
 * finite number is accepted: the Clock Condition is checked by the analysis, not enforced here, since
 * seeing where C1 or C2 fails is the point of the exercise.
 */
public record SetAssignedClock(String id, double value) implements Edit {
    /** What an assignment started by a first typed value is called. */
    public static final String NEW_NAME = "C_mine";

    @Override
    public Edit applyTo(Diagram d) {
        Lookup.event(d, id);
        if (Double.isInfinite(value)) {
            throw new EditRefusedException("a clock value must be a finite number");
        }
        Annotations notes = d.annotations();
        if (notes.clockName() == null) {
            if (Double.isNaN(value)) {
                throw new EditRefusedException(id + " has no clock value of its own to take away");
            }
            notes.setClockName(NEW_NAME);
            notes.putClock(id, value);
            return new RemoveClockAssignment();
        }
        int place = notes.clockPlace(id);
        double old = notes.clock(id);
        if (Double.isNaN(value)) {
            if (place < 0) {
                throw new EditRefusedException(id + " has no value of " + notes.clockName() + " to take away");
            }
            notes.removeClock(id);
            return new RestoreAssignedClock(id, old, place);
        }
        notes.putClock(id, value); // in its place when it had a value, else after the others
        return new SetAssignedClock(id, old);
    }

    @Override
    public String description() {
        return (Double.isNaN(value) ? "Take away my clock at " : "Set my clock at ") + id;
    }
}
