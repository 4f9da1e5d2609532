package dev.spacetime.drawing;

import java.util.List;

/**
 * Where rings go in a drawing's painting order: after the process lines they circle and before the
 * first message or dot, so that an arrowhead ending at a ringed dot is painted over the ring, never
 * under it. A ring sits a few units outside its dot, right where arrowheads end at the dot's rim.
 */
final class RingOrder {
    private RingOrder() {
    }

    /** The place in {@code shapes} before which rings are painted: the first message or dot, else the end. */
    static int place(List<Shape> shapes) {
        for (int k = 0; k < shapes.size(); k++) {
            if (goesOverRings(shapes.get(k))) {
                return k;
            }
        }
        return shapes.size();
    }

    /** Whether {@code s} is painted over any ring: a message (its arrowhead) or a dot. */
    static boolean goesOverRings(Shape s) {
        return s instanceof Shape.Wave || s instanceof Shape.Dot;
    }
}
