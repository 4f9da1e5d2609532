package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Shape;
import java.util.BitSet;
import java.util.List;

/**
 * Where some of a drawing's shapes are, so a frame looks only at those near the window: a grid of
 * bins over the page, each listing the shapes that fall in it, one-way strips for shapes long one way
 * and short the other, and a list of wide shapes (long lines) that every frame considers. A query
 * gives shape numbers in painting order.
 */
final class ShapeIndex {
    private static final int BINS = 256;
    private static final int WIDE = 12; // a shape spanning more bins than this either way is wide

    private final int count;
    private final double minX;
    private final double minY;
    private final double binW;
    private final double binH;
    private final int[] start = new int[BINS * BINS + 1];
    private final int[] items;
    private final int[] wide;           // shapes long both ways (process lines): always looked at
    private final Strips rows;          // wide shapes short in y (messages when time goes up)
    private final Strips columns;       // wide shapes short in x (messages when time goes right)

    /** An index of some of the shapes (by number, ascending; null for all of them) over the page rectangle {@code b}. */
    private ShapeIndex(List<Shape> shapes, int[] numbers, double[] b) {
        count = shapes.size();
        int n = numbers == null ? count : numbers.length;
        double pad = Math.max(b[2] - b[0], b[3] - b[1]) * 0.05 + 1;
        minX = b[0] - pad;
        minY = b[1] - pad;
        binW = (b[2] - b[0] + 2 * pad) / BINS;
        binH = (b[3] - b[1] + 2 * pad) / BINS;
        int[] box = new int[4];
        for (int k = 0; k < n; k++) {
            if (bins(shapes.get(numbers == null ? k : numbers[k]), box)) {
                for (int y = box[1]; y <= box[3]; y++) {
                    for (int x = box[0]; x <= box[2]; x++) {
                        start[y * BINS + x + 1]++;
                    }
                }
            }
        }
        for (int k = 0; k < BINS * BINS; k++) {
            start[k + 1] += start[k];
        }
        items = new int[start[BINS * BINS]];
        int[] fill = start.clone();
        rows = new Strips(minY, binH * BINS);
        columns = new Strips(minX, binW * BINS);
        java.util.List<Integer> everywhere = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = numbers == null ? k : numbers[k];
            if (!bins(shapes.get(i), box)) {
                double[] e = extent(shapes.get(i));
                if (!rows.add(i, e[1], e[3]) && !columns.add(i, e[0], e[2])) {
                    everywhere.add(i);
                }
            } else {
                for (int y = box[1]; y <= box[3]; y++) {
                    for (int x = box[0]; x <= box[2]; x++) {
                        items[fill[y * BINS + x]++] = i;
                    }
                }
            }
        }
        wide = everywhere.stream().mapToInt(Integer::intValue).toArray();
        rows.seal();
        columns.seal();
    }

    /** An index of the given shapes of a drawing (by number, ascending), whatever their count. */
    static ShapeIndex of(Drawing drawing, int[] numbers) {
        return new ShapeIndex(drawing.shapes(), numbers, drawing.bounds());
    }

    /** The shapes that may show in the page rectangle, in painting order, however many. */
    int[] collect(double x1, double y1, double x2, double y2) {
        return collect(x1, y1, x2, y2, Integer.MAX_VALUE);
    }

    /**
     * The shapes that may show in the page rectangle, in painting order, or null as soon as there
     * are more than {@code limit} of them: the caller then asks a sample instead.
     */
    int[] collect(double x1, double y1, double x2, double y2, int limit) {
        int bx1 = clamp((int) Math.floor((x1 - minX) / binW));
        int by1 = clamp((int) Math.floor((y1 - minY) / binH));
        int bx2 = clamp((int) Math.floor((x2 - minX) / binW));
        int by2 = clamp((int) Math.floor((y2 - minY) / binH));
        Hits hit = new Hits(count, limit);
        for (int i : wide) {
            hit.add(i);
        }
        if (!rows.collect(y1, y2, hit) || !columns.collect(x1, x2, hit)) {
            return null;
        }
        for (int y = by1; y <= by2; y++) {
            for (int x = bx1; x <= bx2; x++) {
                int bin = y * BINS + x;
                for (int k = start[bin]; k < start[bin + 1]; k++) {
                    if (!hit.add(items[k])) {
                        return null;
                    }
                }
            }
        }
        return hit.full() ? null : hit.numbers();
    }

    /** Shape numbers gathered once each, up to a limit. */
    static final class Hits {
        private final BitSet set;
        private final int limit;
        private int count;

        Hits(int size, int limit) {
            this.set = new BitSet(size);
            this.limit = limit;
        }

        /** Adds shape i; false once more than the limit have been added. */
        boolean add(int i) {
            if (!set.get(i)) {
                set.set(i);
                count++;
            }
            return count <= limit;
        }

        boolean full() {
            return count > limit;
        }

        int[] numbers() {
            return set.stream().toArray();
        }
    }

    /** The bins a shape covers {x1, y1, x2, y2}; false when it is wide. */
    private boolean bins(Shape s, int[] box) {
        double[] e = extent(s);
        box[0] = clamp((int) Math.floor((e[0] - minX) / binW));
        box[1] = clamp((int) Math.floor((e[1] - minY) / binH));
        box[2] = clamp((int) Math.floor((e[2] - minX) / binW));
        box[3] = clamp((int) Math.floor((e[3] - minY) / binH));
        return box[2] - box[0] <= WIDE && box[3] - box[1] <= WIDE;
    }

    /** The page rectangle a shape's points span: {minX, minY, maxX, maxY}. */
    private static double[] extent(Shape s) {
        double ax;
        double ay;
        double bx;
        double by;
        if (s instanceof Shape.Line l && l.bowed()) {
            // The curve lies inside the triangle of its ends and control point.
            double[] c = l.control();
            return new double[] {Math.min(c[0], Math.min(l.x1(), l.x2())), Math.min(c[1], Math.min(l.y1(), l.y2())),
                    Math.max(c[0], Math.max(l.x1(), l.x2())), Math.max(c[1], Math.max(l.y1(), l.y2()))};
        } else if (s instanceof Shape.Line l) {
            ax = l.x1(); ay = l.y1(); bx = l.x2(); by = l.y2();
        } else if (s instanceof Shape.Wave w) {
            ax = w.x1(); ay = w.y1(); bx = w.x2(); by = w.y2();
        } else if (s instanceof Shape.Dot d) {
            ax = bx = d.x(); ay = by = d.y();
        } else if (s instanceof Shape.Ring r) {
            ax = bx = r.x(); ay = by = r.y();
        } else {
            Shape.Text t = (Shape.Text) s;
            ax = bx = t.x(); ay = by = t.y();
        }
        return new double[] {Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)};
    }

    private static int clamp(int bin) {
        return Math.max(0, Math.min(BINS - 1, bin));
    }
}
