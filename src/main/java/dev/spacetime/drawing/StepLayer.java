package dev.spacetime.drawing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.model.Diagram;
import dev.spacetime.step.Replay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Lays a step of a replay over a drawing: events not yet happened and messages not yet sent are
 * faded, a message sent but not yet received is drawn in flight (half way, in colour), the event of
 * the last step is ringed, and every process shows its clock register C_i (and its vector clock when
 * asked) at the end of its line. Asked to, it leaves the clock values off the events still to come
 * (their labels show the id alone), so a class can work out the next value before it is shown. What
 * the diagram's annotations draw is stepped too: a bar (a holding of the resource) is drawn as far as
 * its process has got and faded beyond, and a message's label is faded until the message is sent.
 * Relies on the builder's order: bars in annotation order, dots in event order, one message wave per
 * message in message order and then the labels of the labelled ones (chain underlays are told apart by
 * their role).
 */
public final class StepLayer {
    private StepLayer() {
    }

    /** @param enabled events to ring as "can happen next" (stepping by hand), or empty */
    public static Drawing apply(Drawing drawing, DiagramLayout layout, Replay replay, boolean vectors,
            List<Integer> enabled) {
        return apply(drawing, layout, replay, vectors, enabled, false);
    }

    /**
     * @param enabled     events to ring as "can happen next" (stepping by hand), or empty
     * @param hideClocks  whether events still to come keep their clock values to themselves: label and
     *                    hover text without them (the registers, which show what has happened, stay)
     */
    public static Drawing apply(Drawing drawing, DiagramLayout layout, Replay replay, boolean vectors,
            List<Integer> enabled, boolean hideClocks) {
        EventGraph g = layout.analysis().graph();
        Diagram d = g.diagram();
        List<Shape> shapes = new ArrayList<>(drawing.shapes().size() + g.processCount() + 2);
        int dot = 0;
        int label = 0;
        IntFunction<String> unclocked = e -> withoutClock(layout, e); // spelled out only when painted, as the builder's
        List<int[]> bars = BarsAndNotes.drawnBars(g);
        int bar = 0;
        int[] labelled = labelledSends(layout);
        int messageLabel = 0;
        Map<List<Double>, Integer> brokenEvents = null; // the event each broken-condition ring is round, found once
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Line l && l.role() == Role.BAR && bar < bars.size()) {
                bar(l, bars.get(bar++), layout, replay, shapes);
            } else if (s instanceof Shape.Text t && t.role() == Role.MESSAGE_LABEL && messageLabel < labelled.length) {
                // A label belongs to its message: there once the message is sent (or, in ⇒ exactly, received).
                int k = labelled[messageLabel++];
                boolean sent = replay.happened(g.indexOfHandle(d.messageFrom(d.message(k))))
                        || replay.happened(g.indexOfHandle(d.messageTo(d.message(k))));
                shapes.add(sent ? t : t.moved(t.x(), t.y(), Role.FADED));
            } else if (s instanceof Shape.Dot dt) {
                int e = layout.shownEvent(dot++);
                shapes.add(replay.happened(e) ? dt : new Shape.Dot(dt.x(), dt.y(), dt.radius(), Role.FADED, dt.id(),
                        hideClocks && dt.title() != null ? comingTitle(g, e) : dt.title()));
            } else if (s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL) {
                int e = layout.shownEvent(label++);
                if (replay.happened(e)) {
                    shapes.add(t);
                } else if (hideClocks) {
                    shapes.add(Shape.Text.of(t.x(), t.y(), unclocked, e, t.anchor(), Role.FADED));
                } else {
                    shapes.add(t.moved(t.x(), t.y(), Role.FADED));
                }
            } else if (s instanceof Shape.Wave w && w.message() != null
                    && (w.role() == Role.MESSAGE || w.role() == Role.EXTERNAL_MESSAGE || w.role() == Role.SELECTED_MESSAGE)) {
                int r = g.indexOf(w.message().to());
                if (replay.happened(r)) {
                    shapes.add(w);
                } else if (replay.happened(g.indexOf(w.message().from()))) {
                    // In flight: drawn half way from the send, in colour, the rest still to travel faded.
                    double mx = (w.x1() + w.x2()) / 2;
                    double my = (w.y1() + w.y2()) / 2;
                    shapes.add(new Shape.Line(mx, my, w.x2(), w.y2(), true, Role.FADED));
                    shapes.add(w.moved(w.x1(), w.y1(), mx, my, Role.IN_FLIGHT));
                } else {
                    shapes.add(w.moved(w.x1(), w.y1(), w.x2(), w.y2(), Role.FADED));
                }
            } else if (s instanceof Shape.Ring r && r.role() == Role.BROKEN) {
                // A condition is broken by an event only once it has happened.
                if (brokenEvents == null) {
                    brokenEvents = ringedEvents(layout, drawing);
                }
                Integer e = brokenEvents.get(List.of(r.x(), r.y()));
                if (e == null || replay.happened(e)) {
                    shapes.add(s);
                }
            } else {
                shapes.add(s);
            }
        }
        List<Shape> rings = new ArrayList<>();
        int last = replay.lastEvent();
        if (last >= 0) {
            rings.add(new Shape.Ring(layout.eventX(last), layout.eventY(last), DrawingBuilder.DOT_RADIUS + 5,
                    Role.CURRENT));
        }
        for (int e : enabled) {
            rings.add(new Shape.Ring(layout.eventX(e), layout.eventY(e), DrawingBuilder.DOT_RADIUS + 4, Role.ENABLED));
        }
        shapes.addAll(RingOrder.place(shapes), rings);
        registers(layout, replay, vectors, shapes);
        return new Drawing(shapes, drawing.bounds(), drawing.orientation());
    }

    /**
     * A bar at the step: whole once its last event has happened; from its first event to the process's
     * last event so far, the rest faded, while under way; all faded until the process is past its first event.
     */
    private static void bar(Shape.Line l, int[] ends, DiagramLayout layout, Replay replay, List<Shape> shapes) {
        int from = ends[0];
        int to = ends[1];
        if (replay.happened(to)) {
            shapes.add(l);
            return;
        }
        int now = replay.happened(from) ? replay.lastOn(layout.analysis().graph().process(from)) : -1;
        if (now < 0 || now == from) { // nothing of it drawn yet: a bar of no length would be a blot
            shapes.add(new Shape.Line(l.x1(), l.y1(), l.x2(), l.y2(), false, Role.FADED_BAR));
            return;
        }
        double nx = layout.eventX(now);
        double ny = layout.eventY(now);
        shapes.add(new Shape.Line(nx, ny, l.x2(), l.y2(), false, Role.FADED_BAR));
        shapes.add(new Shape.Line(l.x1(), l.y1(), nx, ny, false, Role.BAR));
    }

    /** For each message label the builder draws, in its order, the message's place in the diagram's message order. */
    private static int[] labelledSends(DiagramLayout layout) {
        EventGraph g = layout.analysis().graph();
        Diagram d = g.diagram();
        int[] out = new int[d.messageCount()];
        int n = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            // As DrawingBuilder.messages: a label for each labelled message between shown events.
            if (d.messageLabel(m) != null && layout.isShown(g.indexOfHandle(d.messageFrom(m)))
                    && layout.isShown(g.indexOfHandle(d.messageTo(m)))) {
                out[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The label of an event still to come without its clock: its id and its own label (and the run it heads, if collapsed). */
    private static String withoutClock(DiagramLayout layout, int e) {
        String plain = EventText.label(layout.analysis(), e, ClockLabels.NONE);
        int run = layout.runLength(e);
        return run <= 1 ? plain : plain + "  … " + layout.analysis().graph().id(e + run - 1) + " (" + run + " local events)";
    }

    /** The hover text of an event still to come: where it is, not its clocks. */
    private static String comingTitle(EventGraph g, int e) {
        return g.id(e) + " on " + g.diagram().processName(g.process(e)) + ": still to come";
    }

    /** "C_P = 3" (and "[3,1,0]") just past the end of each process line. */
    private static void registers(DiagramLayout layout, Replay replay, boolean vectors, List<Shape> shapes) {
        EventGraph g = layout.analysis().graph();
        boolean up = layout.orientation() == Orientation.TIME_UP;
        for (int p = 0; p < g.processCount(); p++) {
            if (layout.isHidden(p)) {
                continue;
            }
            int last = replay.lastOn(p);
            String note = last < 0 ? null : BarsAndNotes.stepNote(g.diagram(), g.id(last));
            String text = "C_" + g.diagram().processName(p) + " = " + replay.clock(p)
                    + (vectors ? "  " + DrawingBuilder.vector(replay.vector(p)) : "") + (note == null ? "" : "  " + note);
            shapes.add(new Shape.Text(layout.x(p, layout.endTime()), layout.y(p, layout.endTime()), text,
                    up ? Shape.Anchor.ABOVE : Shape.Anchor.LEFT, Role.REGISTER));
        }
    }

    /** The shown event at the centre of each ring of the drawing, by the ring's centre. */
    private static Map<List<Double>, Integer> ringedEvents(DiagramLayout layout, Drawing drawing) {
        Map<List<Double>, Integer> centres = new HashMap<>();
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Ring r) {
                centres.put(List.of(r.x(), r.y()), null);
            }
        }
        for (int k = 0; k < layout.shownEventCount(); k++) {
            int e = layout.shownEvent(k);
            List<Double> at = List.of(layout.eventX(e), layout.eventY(e));
            if (centres.containsKey(at)) {
                centres.put(at, e);
            }
        }
        centres.values().removeIf(java.util.Objects::isNull);
        return centres;
    }
}
