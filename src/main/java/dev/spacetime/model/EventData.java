package dev.spacetime.model;

/** An event as it stood in a diagram, kept by edits so that a removal can be undone exactly. */
public record EventData(String process, int position, String id, String label, double time) {
    static EventData of(Diagram d, int e) {
        return new EventData(d.processName(d.processOf(e)), d.positionOf(e), d.eventId(e), d.eventLabel(e),
                d.eventTime(e));
    }
}
