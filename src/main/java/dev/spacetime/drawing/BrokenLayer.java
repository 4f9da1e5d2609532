package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rings, in the colour of a false ordering, the events that break a condition a simulation's run
 * was checked against (section 4: two processes holding the resource at once, a grant out of ⇒
 * order, a request never granted), so the class sees where the run goes wrong.
 */
public final class BrokenLayer {
    /** How far the ring stands out from the dot: outside the step's rings, so both show. */
    static final double RING_GAP = 8;

    private BrokenLayer() {
    }

    /** The drawing with a ring round each of these events (ids) that the diagram has and the layout shows. */
    public static Drawing apply(Drawing drawing, DiagramLayout layout, Collection<String> events) {
        if (events.isEmpty()) {
            return drawing;
        }
        Analysis a = layout.analysis();
        List<Shape> rings = new ArrayList<>(events.size());
        for (String id : events) {
            int e = a.indexOf(id);
            if (e >= 0 && layout.isShown(e)) {
                rings.add(new Shape.Ring(layout.eventX(e), layout.eventY(e), DrawingBuilder.DOT_RADIUS + RING_GAP,
                        Role.BROKEN));
            }
        }
        List<Shape> shapes = new ArrayList<>(drawing.shapes());
        shapes.addAll(RingOrder.place(shapes), rings);
        return new Drawing(shapes, drawing.bounds(), drawing.orientation());
    }
}
