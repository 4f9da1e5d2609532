package dev.spacetime.app.editing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.AddEvent;
import dev.spacetime.model.AddMessage;
import dev.spacetime.model.CompoundEdit;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.MoveEvent;
import dev.spacetime.model.SetEventTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that pointer gestures stand for, worked out from the layout on screen: a click on a line
 * adds an event there, a drag to another line sends a message, a drag along a line moves an event.
 * No JavaFX here, so every gesture's meaning is unit tested. New events get a physical time where the
 * pointer is when the diagram is drawn in physical time and uses times; otherwise only a place.
 */
public final class GestureEdits {
    /** How far, in page units, a rounded time may put an event from where it was clicked: a few pixels at a fitted view. */
    private static final double NEAR = 3;
    private final DiagramLayout layout;
    private final Diagram diagram;
    private final EventGraph graph;

    public GestureEdits(DiagramLayout layout) {
        this.layout = layout;
        this.graph = layout.analysis().graph();
        this.diagram = graph.diagram();
    }

    /** An edit that adds an event, and the id the event has once it is made. */
    public record NewEvent(Edit edit, String id) {
    }

    /** A new local event on process p at drawn time t, with the line's next free number. */
    public AddEvent addEvent(int p, double t) {
        return addEvent(p, t, NewNames.event(diagram, p));
    }

    /**
     * A click on a line: a new local event on process p at drawn time t. On a line numbered in order
     * (p1, p2, p3) it takes the number of its place and the later events move up by one, all one step
     * of undo, so the ids still count up the line; otherwise it gets the next free number.
     */
    public NewEvent insertEvent(int p, double t) {
        return inOrder(p, addEvent(p, t));
    }

    /** Edit → Add event: as {@link #addEventAt(int, int)}, numbered as {@link #insertEvent(int, double)} numbers. */
    public NewEvent insertEventAt(int p, int position) {
        return inOrder(p, addEventAt(p, position));
    }

    private NewEvent inOrder(int p, AddEvent add) {
        List<Edit> renames = EventNumbers.keepInOrder(diagram, p, add.position(), add.id());
        if (renames.isEmpty()) {
            return new NewEvent(add, add.id());
        }
        String id = EventNumbers.prefix(diagram, p) + (add.position() + 1);
        List<Edit> parts = new ArrayList<>();
        parts.add(add);
        parts.addAll(renames);
        return new NewEvent(new CompoundEdit("Add event " + id + " (the later ones on " + add.process()
                + " renumbered)", parts), id);
    }

    /**
     * A new local event at {@code position} on process p (Edit → Add event). In a diagram that uses
     * physical times it gets one between its neighbours' (or, at the end, a step past the last, as far
     * as the last two are apart), so it keeps its place when drawn in physical time; the first event of a
     * new diagram drawn in physical time gets time 1.
     */
    public AddEvent addEventAt(int p, int position) {
        double time = Double.NaN;
        int n = graph.eventsOn(p);
        if (graph.eventCount() == 0 && layout.timeMode() == TimeMode.PHYSICAL) {
            time = 1; // a new diagram's first event starts it using times, as a click would, so later clicks stay put
        } else if (usesTimes() && position > 0 && timed(p, position - 1)) {
            double before = time(p, position - 1);
            if (position < n) {
                time = timed(p, position) ? (before + time(p, position)) / 2 : Double.NaN;
            } else {
                double step = position > 1 && timed(p, position - 2) ? before - time(p, position - 2) : 1;
                time = before + (step > 0 ? step : 1);
            }
        }
        return new AddEvent(diagram.processName(p), position, NewNames.event(diagram, p), null, time);
    }

    private boolean timed(int p, int position) {
        return diagram.hasTime(graph.handle(graph.start(p) + position));
    }

    private double time(int p, int position) {
        return diagram.eventTime(graph.handle(graph.start(p) + position));
    }

    private AddEvent addEvent(int p, double t, String id) {
        return new AddEvent(diagram.processName(p), HitTest.insertionPosition(layout, p, t), id, null, timeFor(p, t));
    }

    /**
     * A message from an existing event (or, when {@code fromEvent} is -1, from a new event on process
     * p at time t) to an existing event on process q (or, when {@code toEvent} is -1, to a new receive
     * event on q at time tq). One compound edit, so the drag is one step of undo.
     */
    public Edit sendMessage(int fromEvent, int p, double t, int toEvent, int q, double tq) {
        List<Edit> parts = new ArrayList<>();
        List<Edit> renumbering = new ArrayList<>();
        String from;
        String fromAtLast;
        if (fromEvent >= 0) {
            from = graph.id(fromEvent);
            fromAtLast = from;
        } else {
            AddEvent send = addEvent(p, t);
            parts.add(send);
            from = send.id();
            fromAtLast = numbered(p, send, renumbering);
        }
        String to;
        String toAtLast;
        if (toEvent >= 0) {
            to = graph.id(toEvent);
            toAtLast = to;
        } else {
            // Another event may just have taken the process's next free name, so ask past it.
            String id = NewNames.event(diagram, q);
            if (id.equals(from)) {
                id = id + "r";
            }
            AddEvent receive = addEvent(q, tq, id);
            parts.add(receive);
            to = receive.id();
            toAtLast = p == q && fromEvent < 0 ? to : numbered(q, receive, renumbering);
        }
        // The message is made before any renumbering, so a refusal names the events as they are now.
        parts.add(new AddMessage(from, to));
        parts.addAll(renumbering);
        return parts.size() == 1 ? parts.get(0)
                : new CompoundEdit("Send message " + fromAtLast + " → " + toAtLast, parts);
    }

    /** The id a new event ends with once its line is numbered in order again; the renames go into {@code renames}. */
    private String numbered(int p, AddEvent add, List<Edit> renames) {
        NewEvent inOrder = inOrder(p, add);
        if (inOrder.edit() instanceof CompoundEdit c) {
            renames.addAll(c.parts().subList(1, c.parts().size()));
        }
        return inOrder.id();
    }

    /**
     * A refusal of a gesture's edit in the words of what is on the screen: an event the edit would have
     * made, and which therefore does not exist, is called "a new event on P" rather than by the id it was
     * about to get.
     */
    public static String refusalInWords(Edit edit, String refused) {
        if (refused == null) {
            return null;
        }
        List<Edit> parts = edit instanceof CompoundEdit c ? c.parts() : List.of(edit);
        String words = refused;
        for (Edit part : parts) {
            if (part instanceof AddEvent add) {
                words = words.replaceAll("(?<![\\p{L}\\p{N}_])" + Pattern.quote(add.id()) + "(?![\\p{L}\\p{N}_])",
                        Matcher.quoteReplacement("a new event on " + add.process()));
            }
        }
        return words;
    }

    /** Moves an event along its line to drawn time t: a new place among its neighbours and, if it has one, a new time. Null when nothing changes. */
    public Edit moveEvent(int e, double t) {
        int p = graph.process(e);
        String id = graph.id(e);
        int here = graph.position(e);
        int target = HitTest.insertionPosition(layout, p, t);
        // Inserting after itself counts itself once too many.
        int position = target > here ? target - 1 : target;
        double time = timeFor(p, t, e);
        boolean timed = diagram.hasTime(graph.handle(e));
        List<Edit> parts = new ArrayList<>();
        if (position != here) {
            if (timed) {
                parts.add(new SetEventTime(id, Double.NaN)); // untimed while it passes its neighbours
            }
            parts.add(new MoveEvent(id, position));
        }
        if (!Double.isNaN(time) && (timed || position != here)) {
            parts.add(new SetEventTime(id, time));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new CompoundEdit("Move event " + id, parts);
    }

    /**
     * The physical time a new event at drawn time t on process p gets, or NaN when the picture gives it
     * only a place: in physical time, in a diagram that uses times or has no events yet (a new one).
     */
    double timeFor(int p, double t) {
        return timeFor(p, t, -1);
    }

    /** As {@link #timeFor(int, double)}, for event {@code self} moved to t (-1 for a new event). */
    private double timeFor(int p, double t, int self) {
        if (layout.timeMode() != TimeMode.PHYSICAL || !(usesTimes() || graph.eventCount() == 0)) {
            return Double.NaN;
        }
        return roundedBetween(p, t, self);
    }

    private boolean usesTimes() {
        for (int e = 0; e < graph.eventCount(); e++) {
            if (diagram.hasTime(graph.handle(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Time t rounded as coarsely as keeps the event within a few page units of where it was put (whole
     * units where that is close enough, else halves, fifths, tenths…), and always strictly between
     * the times its neighbours on the line are drawn at, so it goes exactly where it was put in the order.
     */
    private double roundedBetween(int p, double t, int self) {
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        for (int e = graph.start(p); e < graph.start(p) + graph.eventsOn(p); e++) {
            if (e == self) {
                continue;
            }
            if (layout.time(e) < t) {
                lower = Math.max(lower, layout.time(e));
            } else {
                upper = Math.min(upper, layout.time(e));
            }
        }
        double tolerance = NEAR / pagePerUnit(p, t);
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            return t;
        }
        for (int k = (int) Math.ceil(Math.log10(2 * tolerance)); k >= -9; k--) {
            for (int m : new int[] {5, 2, 1}) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                double r = BigDecimal.valueOf(Math.round(t / step.doubleValue())).multiply(step).doubleValue();
                if (Math.abs(r - t) <= tolerance && r > lower && r < upper) {
                    return r;
                }
            }
        }
        return t > lower && t < upper ? t : Double.NaN;
    }

    /** How far apart, in page units, one unit of time is drawn at time t on process p's line (the axis may be stretched there). */
    private double pagePerUnit(int p, double t) {
        double u = 1e-3 / layout.timeScale();
        return Math.hypot(layout.x(p, t + u) - layout.x(p, t), layout.y(p, t + u) - layout.y(p, t)) / u;
    }
}
