package dev.spacetime.drawing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays an open exercise over a drawing: every event label loses its clock values for the student's own
 * answer, every hover text for the event's id and process, and rings and numbers show the question's
 * events (black), the student's clicks (orange) and, after Check, what is right (green) and wrong (red). Relies on the
 * builder's order, as the step layer does: dots and event labels in shown-event order.
 */
public final class PracticeLayer {
    /** How far beside its dot an order's number is drawn. */
    private static final double NUMBER_GAP = DrawingBuilder.DOT_RADIUS + 3;

    private PracticeLayer() {
    }

    public static Drawing apply(Drawing drawing, DiagramLayout layout, PracticeMarks marks) {
        EventGraph g = layout.analysis().graph();
        List<Shape> shapes = new ArrayList<>(drawing.shapes().size() + marks.labels().size());
        int dot = 0;
        int label = 0;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d && d.id() != null) {
                int e = layout.shownEvent(dot++);
                shapes.add(new Shape.Dot(d.x(), d.y(), d.radius(), d.role(), d.id(), hover(g, e)));
            } else if (s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL) {
                int e = layout.shownEvent(label++);
                shapes.add(new Shape.Text(t.x(), t.y(), marks.labels().getOrDefault(e, g.id(e)), t.anchor(),
                        Role.EVENT_LABEL));
            } else {
                shapes.add(s);
            }
        }
        // Every ring stays within the room labels leave round a dot (a selection ring's), so none covers
        // a label: a checked event's right or wrong ring takes the place of its clicked ring, and the item
        // being read gets a second ring inside its wrong one rather than a wider one.
        java.util.Set<Integer> checked = new java.util.HashSet<>(marks.right());
        checked.addAll(marks.wrong());
        java.util.Set<Integer> chosen = new java.util.HashSet<>(marks.chosen());
        chosen.removeAll(checked);
        List<Shape> rings = new ArrayList<>();
        ring(rings, layout, marks.marked(), 3, Role.SELECTED);
        ring(rings, layout, chosen, 3, Role.CURRENT);
        ring(rings, layout, marks.right(), 4, Role.ENABLED);
        ring(rings, layout, marks.wrong(), 4, Role.BROKEN);
        if (marks.focus() >= 0 && layout.isShown(marks.focus())) {
            ring(rings, layout, java.util.Set.of(marks.focus()), 1, Role.BROKEN);
        }
        shapes.addAll(RingOrder.place(shapes), rings);
        for (Map.Entry<Integer, Integer> n : marks.numbers().entrySet()) {
            int e = n.getKey();
            if (layout.isShown(e)) {
                shapes.add(new Shape.Text(layout.eventX(e) - NUMBER_GAP, layout.eventY(e), Integer.toString(n.getValue()),
                        Shape.Anchor.LEFT, Role.CURRENT));
            }
        }
        return new Drawing(shapes, drawing.bounds(), drawing.orientation());
    }

    /** What hovering over an event says while its clocks are the question: where it is, nothing more. */
    static String hover(EventGraph g, int e) {
        return g.id(e) + " on " + g.diagram().processName(g.process(e));
    }

    /** Rings each shown event {@code gap} page units outside its dot. */
    private static void ring(List<Shape> shapes, DiagramLayout layout, java.util.Set<Integer> events, double gap,
            Role role) {
        for (int e : events) {
            if (layout.isShown(e)) {
                shapes.add(new Shape.Ring(layout.eventX(e), layout.eventY(e), DrawingBuilder.DOT_RADIUS + gap, role));
            }
        }
    }
}
