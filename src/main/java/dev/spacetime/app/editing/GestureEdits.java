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
     * as the last two are apart), so it keeps its place when drawn in physical time.
     */
    public AddEvent addEventAt(int p, int position) {
        double time = Double.NaN;
        int n = graph.eventsOn(p);
        if (usesTimes() && position > 0 && timed(p, position - 1)) {
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
        double time = timeFor(p, t);
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

    /** The physical time a new or moved event gets, or NaN when the picture gives it only a place. */
    double timeFor(int p, double t) {
        if (layout.timeMode() != TimeMode.PHYSICAL || !usesTimes()) {
            return Double.NaN;
        }
        return roundedTime(t);
    }

    private boolean usesTimes() {
        for (int e = 0; e < graph.eventCount(); e++) {
            if (diagram.hasTime(graph.handle(e))) {
                return true;
            }
        }
        return false;
    }

    /** Rounds to what a pixel can tell apart: to whole units when a unit is several pixels wide, else finer. */
    private double roundedTime(double t) {
        double unitsPerPixel = 1 / layout.timeScale();
        double step = Math.pow(10, Math.ceil(Math.log10(unitsPerPixel * 4)));
        step = Math.max(step, 1e-6);
        if (unitsPerPixel * 4 <= 1) {
            step = 1;
        }
        return Math.round(t / step) * step;
    }
}
