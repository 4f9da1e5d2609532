package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;

/** The words beside and over an event: its label on the diagram and its hover text. */
public final class EventText {
    private EventText() {
    }

    /**
     * "p1", "p1  C=1" (with "  C_phys=31.5" after it when the diagram has clocks of its own) or "p1  [1,0,0]",
     * followed by the event's own label when it has one.
     */
    public static String label(Analysis analysis, int e, ClockLabels clocks) {
        EventGraph g = analysis.graph();
        StringBuilder sb = new StringBuilder(g.id(e));
        switch (clocks) {
            case LAMPORT -> sb.append("  C=").append(analysis.lamport(e)).append(assigned(g, e, "  "));
            case VECTOR -> sb.append("  ").append(DrawingBuilder.vector(analysis.vector(e)));
            default -> { }
        }
        String label = g.diagram().eventLabel(g.handle(e));
        if (label != null) {
            sb.append("  ").append(label);
        }
        return sb.toString();
    }

    /** "q2 on Q: C=2, V=[1,2,0], time 3, label" — everything a student asks about an event. */
    public static String title(Analysis analysis, int e) {
        EventGraph g = analysis.graph();
        Diagram d = g.diagram();
        int h = g.handle(e);
        StringBuilder sb = new StringBuilder(g.id(e)).append(" on ").append(d.processName(g.process(e)))
                .append(": C=").append(analysis.lamport(e))
                .append(", V=").append(DrawingBuilder.vector(analysis.vector(e))).append(assigned(g, e, ", "));
        if (d.hasTime(h)) {
            sb.append(", time ").append(ReadableNumber.of(d.eventTime(h)));
        }
        if (d.eventLabel(h) != null) {
            sb.append(", ").append(d.eventLabel(h));
        }
        return sb.toString();
    }

    /** "  C_phys=31.5" when the diagram has a clock assignment of its own that gives e a value, else "". */
    private static String assigned(EventGraph g, int e, String separator) {
        var notes = g.diagram().annotations();
        double v = notes.clockName() == null ? Double.NaN : notes.clock(g.id(e));
        return Double.isNaN(v) ? "" : separator + notes.clockName() + "=" + ReadableNumber.of(v);
    }

    /** A time as the user typed it: "3" rather than "3.0". */
    public static String number(double t) {
        return t == Math.rint(t) && Math.abs(t) < 1e15 ? Long.toString((long) t) : Double.toString(t);
    }
}
