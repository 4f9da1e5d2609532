package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a class can read of a drawing at a scale, measured on the geometry every painter draws from:
 * labels covering each other, covering a dot not their own or an arrowhead, crossed by a message
 * stroke, and events whose id appears nowhere. Pixel boxes, as {@link LabelSpot#box} gives them.
 */
final class Legibility {
    /** Overlaps thinner than this (pixels) are rounding, not text on text. */
    private static final double SLACK = 0.5;

    int labels;
    int overlaps;
    int onDots;
    int onArrowheads;
    int crossed;
    final List<String> missingIds = new ArrayList<>();
    final List<String> examples = new ArrayList<>();

    /** Measures the drawing with each text where {@code spots} puts it (null: not drawn). */
    static Legibility of(Drawing drawing, double scale, double k, Function<Shape.Text, LabelSpot> spots) {
        Legibility m = new Legibility();
        List<double[]> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        Set<String> shownIds = new HashSet<>();
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t) {
                LabelSpot spot = spots.apply(t);
                if (spot == null) {
                    continue;
                }
                boxes.add(spot.box(t.x() * scale, t.y() * scale));
                texts.add(spot.text());
                points.add(new double[] {t.x() * scale, t.y() * scale});
                shownIds.add(spot.text().split(" {2}")[0]);
            }
        }
        m.labels = boxes.size();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (overlap(boxes.get(i), boxes.get(j))) {
                    m.overlaps++;
                    m.example("\"" + texts.get(i) + "\" on \"" + texts.get(j) + "\"");
                }
            }
        }
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d) {
                if (d.id() != null && !shownIds.contains(d.id())) {
                    m.missingIds.add(d.id());
                }
                double x = d.x() * scale;
                double y = d.y() * scale;
                double r = d.radius() * k;
                for (int i = 0; i < boxes.size(); i++) {
                    double[] p = points.get(i);
                    if ((p[0] != x || p[1] != y) && overlap(boxes.get(i), new double[] {x - r, y - r, x + r, y + r})) {
                        m.onDots++;
                        m.example("\"" + texts.get(i) + "\" on dot " + d.id());
                    }
                }
            }
        }
        boolean[] crossedBy = new boolean[boxes.size()];
        for (Shape s : drawing.shapes()) {
            if (!(s instanceof Shape.Wave w) || w.role() == Role.WITNESS) {
                continue;
            }
            double x1 = w.x1() * scale;
            double y1 = w.y1() * scale;
            double x2 = w.x2() * scale;
            double y2 = w.y2() * scale;
            double length = Math.hypot(x2 - x1, y2 - y1);
            double[] a = length > PixelShapes.SHORTEST_ARROW ? PixelShapes.arrowhead(x1, y1, x2, y2, k) : null;
            for (int i = 0; i < boxes.size(); i++) {
                double[] b = boxes.get(i);
                double[] inner = {b[0] + SLACK, b[1] + SLACK, b[2] - SLACK, b[3] - SLACK};
                if (a != null && triangleMeetsBox(a, inner)) {
                    m.onArrowheads++;
                    m.example("\"" + texts.get(i) + "\" on the arrowhead of " + w.title());
                }
                if (BoxGrid.crosses(x1, y1, x2, y2, inner[0], inner[1], inner[2], inner[3])) {
                    if (!crossedBy[i]) {
                        m.example("\"" + texts.get(i) + "\" crossed by " + w.title());
                    }
                    crossedBy[i] = true;
                }
            }
        }
        for (boolean c : crossedBy) {
            m.crossed += c ? 1 : 0;
        }
        return m;
    }

    /** Where the painters put texts before placement: each at its anchor, whole. */
    static LabelSpot atAnchor(Shape.Text t, double k) {
        return LabelPlacement.atAnchor(t, k);
    }

    void add(Legibility o) {
        labels += o.labels;
        overlaps += o.overlaps;
        onDots += o.onDots;
        onArrowheads += o.onArrowheads;
        crossed += o.crossed;
        missingIds.addAll(o.missingIds);
        for (String e : o.examples) {
            example(e);
        }
    }

    private void example(String e) {
        if (examples.size() < 8) {
            examples.add(e);
        }
    }

    @Override
    public String toString() {
        return labels + " labels: " + overlaps + " overlapping pairs, " + onDots + " on a dot, " + onArrowheads
                + " on an arrowhead, " + crossed + " crossed by a message, " + missingIds.size() + " ids missing"
                + (examples.isEmpty() ? "" : "; e.g. " + examples);
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] - SLACK && b[0] < a[2] - SLACK && a[1] < b[3] - SLACK && b[1] < a[3] - SLACK;
    }

    /** Whether triangle {x1, y1, x2, y2, x3, y3} and box {x1, y1, x2, y2} share any point. */
    static boolean triangleMeetsBox(double[] t, double[] b) {
        for (int i = 0; i < 6; i += 2) {
            if (t[i] >= b[0] && t[i] <= b[2] && t[i + 1] >= b[1] && t[i + 1] <= b[3]) {
                return true;
            }
            int j = (i + 2) % 6;
            if (BoxGrid.crosses(t[i], t[i + 1], t[j], t[j + 1], b[0], b[1], b[2], b[3])) {
                return true;
            }
        }
        // The box wholly inside the triangle: its corner is on the inner side of all three edges.
        return inside(t, b[0], b[1]);
    }

    private static boolean inside(double[] t, double x, double y) {
        double d1 = (x - t[2]) * (t[1] - t[3]) - (t[0] - t[2]) * (y - t[3]);
        double d2 = (x - t[4]) * (t[3] - t[5]) - (t[2] - t[4]) * (y - t[5]);
        double d3 = (x - t[0]) * (t[5] - t[1]) - (t[4] - t[0]) * (y - t[1]);
        boolean neg = d1 < 0 || d2 < 0 || d3 < 0;
        boolean pos = d1 > 0 || d2 > 0 || d3 > 0;
        return !(neg && pos);
    }
}
