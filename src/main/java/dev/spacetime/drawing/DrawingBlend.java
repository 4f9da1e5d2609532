package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawing part way between two drawings of the same diagram with the same options (say physical
 * and logical time), for animating the change so a class sees Figure 2 turn into Figure 3. Shapes
 * correspond one to one because the builder emits them in the same order whatever the layout.
 */
public final class DrawingBlend {
    private DrawingBlend() {
    }

    /** The drawing a fraction f of the way from {@code from} (f = 0) to {@code to} (f = 1); {@code to} if they do not match. */
    public static Drawing between(Drawing from, Drawing to, double f) {
        if (f <= 0) {
            return from;
        }
        if (f >= 1) {
            return to;
        }
        List<Shape> a = from.shapes();
        List<Shape> b = to.shapes();
        if (a.size() != b.size()) {
            return to;
        }
        List<Shape> out = new ArrayList<>(b.size());
        for (int i = 0; i < b.size(); i++) {
            Shape s = blend(a.get(i), b.get(i), f);
            if (s == null) {
                return to;
            }
            out.add(s);
        }
        double[] ba = from.bounds();
        double[] bb = to.bounds();
        double[] bounds = new double[4];
        for (int i = 0; i < 4; i++) {
            bounds[i] = lerp(ba[i], bb[i], f);
        }
        return new Drawing(out, bounds, to.orientation());
    }

    private static Shape blend(Shape a, Shape b, double f) {
        if (a.getClass() != b.getClass()) {
            return null;
        }
        if (b instanceof Shape.Line l) {
            Shape.Line k = (Shape.Line) a;
            return new Shape.Line(lerp(k.x1(), l.x1(), f), lerp(k.y1(), l.y1(), f), lerp(k.x2(), l.x2(), f),
                    lerp(k.y2(), l.y2(), f), l.dashed(), l.role(), l.bow());
        } else if (b instanceof Shape.Wave w) {
            Shape.Wave k = (Shape.Wave) a;
            return w.moved(lerp(k.x1(), w.x1(), f), lerp(k.y1(), w.y1(), f), lerp(k.x2(), w.x2(), f),
                    lerp(k.y2(), w.y2(), f), w.role());
        } else if (b instanceof Shape.Dot d) {
            Shape.Dot k = (Shape.Dot) a;
            return new Shape.Dot(lerp(k.x(), d.x(), f), lerp(k.y(), d.y(), f), d.radius(), d.role(), d.id(), d.title());
        } else if (b instanceof Shape.Ring r) {
            Shape.Ring k = (Shape.Ring) a;
            return new Shape.Ring(lerp(k.x(), r.x(), f), lerp(k.y(), r.y(), f), r.radius(), r.role());
        } else if (b instanceof Shape.Text t) {
            Shape.Text k = (Shape.Text) a;
            return t.moved(lerp(k.x(), t.x(), f), lerp(k.y(), t.y(), f), t.role());
        }
        return null;
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }
}
