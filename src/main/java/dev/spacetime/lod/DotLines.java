package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.model.IntList;
import java.util.List;

/**
 * The event dots of a drawing seen as what they are: runs along process lines, in order of time. A
 * frame finds the dots in the window by binary search on each line rather than by visiting them, and
 * when they are crowded it takes only the first dot of each pixel cell along the line, which is the
 * one the painter would keep anyway. So the cost of a frame follows the pixels, not the events.
 *
 * <p>Relies on the builder's order: one block of dots in event order (process by process, along
 * each line in time), followed by one block of event labels, the k-th label belonging to the k-th dot.
 */
final class DotLines {
    /** Margin in pixels within which a dot's label may still reach into the window. */
    static final double LABEL_REACH = 300;

    private final List<Shape> shapes;
    private final int firstDot;
    private final int dots;
    private final int firstLabel;      // -1 when the labels do not follow the dots one for one
    private final int[] runStart;      // runs of dots on one line, by dot place: [runStart[r], runStart[r + 1])
    private final boolean[] vertical;  // the run's line is vertical (time goes up)
    private final int[] special;       // dots whose role is not a plain colour: always painted, never thinned
    private final double[] place;      // each dot's page coordinate along its line, kept together for fast searching

    private DotLines(List<Shape> shapes, int firstDot, int dots, int firstLabel, int[] runStart, boolean[] vertical,
            int[] special) {
        this.shapes = shapes;
        this.firstDot = firstDot;
        this.dots = dots;
        this.firstLabel = firstLabel;
        this.runStart = runStart;
        this.vertical = vertical;
        this.special = special;
        this.place = new double[dots];
        for (int r = 0; r + 1 < runStart.length; r++) {
            for (int d = runStart[r]; d < runStart[r + 1]; d++) {
                Shape.Dot dot = (Shape.Dot) shapes.get(firstDot + d);
                place[d] = vertical[r] ? dot.y() : dot.x();
            }
        }
    }

    /** The dot lines of a drawing, or null when its dots are not one block. */
    static DotLines of(Drawing drawing) {
        List<Shape> shapes = drawing.shapes();
        int first = 0;
        while (first < shapes.size() && !(shapes.get(first) instanceof Shape.Dot)) {
            first++;
        }
        int end = first;
        while (end < shapes.size() && shapes.get(end) instanceof Shape.Dot) {
            end++;
        }
        for (int i = end; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Shape.Dot) {
                return null;
            }
        }
        int dots = end - first;
        int firstLabel = labelsFollow(shapes, first, dots) ? end : -1;
        int[] starts = new int[Math.max(1, dots) + 1];
        boolean[] vertical = new boolean[Math.max(1, dots)];
        int runs = 0;
        java.util.List<Integer> special = new java.util.ArrayList<>();
        int k = 0;
        while (k < dots) {
            starts[runs] = k;
            int next = runEnd(shapes, first, k, dots);
            vertical[runs] = isVertical(shapes, first, k, next);
            runs++;
            k = next;
        }
        starts[runs] = dots;
        for (int d = 0; d < dots; d++) {
            if (!LevelOfDetail.plainDot(shapes.get(first + d).role())) {
                special.add(d);
            }
        }
        return new DotLines(shapes, first, dots, firstLabel, java.util.Arrays.copyOf(starts, runs + 1),
                java.util.Arrays.copyOf(vertical, runs), special.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean labelsFollow(List<Shape> shapes, int first, int dots) {
        if (first + 2L * dots > shapes.size()) {
            return false;
        }
        for (int d = 0; d < dots; d++) {
            Shape.Dot dot = (Shape.Dot) shapes.get(first + d);
            if (!(shapes.get(first + dots + d) instanceof Shape.Text t) || t.role().processName()
                    || t.x() != dot.x() || t.y() != dot.y()) {
                return false;
            }
        }
        return true;
    }

    /** Where the run from dot k ends: the dots share one line and move along it one way. */
    private static int runEnd(List<Shape> shapes, int first, int k, int dots) {
        Shape.Dot a = (Shape.Dot) shapes.get(first + k);
        if (k + 1 >= dots) {
            return k + 1;
        }
        Shape.Dot b = (Shape.Dot) shapes.get(first + k + 1);
        boolean vertical = a.x() == b.x();
        if (!vertical && a.y() != b.y()) {
            return k + 1;
        }
        int sign = 0;
        int j = k + 1;
        double last = vertical ? a.y() : a.x();
        while (j < dots) {
            Shape.Dot c = (Shape.Dot) shapes.get(first + j);
            if (vertical ? c.x() != a.x() : c.y() != a.y()) {
                break;
            }
            double along = vertical ? c.y() : c.x();
            int step = Double.compare(along, last);
            if (step != 0 && sign != 0 && step != sign) {
                break;
            }
            if (step != 0) {
                sign = step;
            }
            last = along;
            j++;
        }
        return j;
    }

    private static boolean isVertical(List<Shape> shapes, int first, int from, int to) {
        return to - from < 2 || ((Shape.Dot) shapes.get(first + from)).x() == ((Shape.Dot) shapes.get(first + from + 1)).x();
    }

    /** Whether shape i is one of the dots or their labels. */
    boolean holds(int i) {
        return (i >= firstDot && i < firstDot + dots) || (firstLabel >= 0 && i >= firstLabel && i < firstLabel + dots);
    }

    /**
     * How many dots lie within the window and a margin of {@code m} pixels on every side, counted by
     * binary search on each line.
     */
    long countWithin(Viewport view, double w, double h, double m) {
        long n = 0;
        for (int r = 0; r + 1 < runStart.length; r++) {
            int[] range = range(view, r, w, h, m);
            if (range != null) {
                n += range[1] - range[0];
            }
        }
        return n;
    }

    /**
     * Adds the shape numbers of every dot that may show in the window to {@code dotsOut}, and of every
     * label whose dot lies within {@link #LABEL_REACH} pixels of it to {@code labelsOut}: all that a
     * frame of uncrowded dots may paint. Both come out in ascending order.
     */
    void addAll(Viewport view, double w, double h, IntList dotsOut, IntList labelsOut) {
        for (int r = 0; r + 1 < runStart.length; r++) {
            int[] range = range(view, r, w, h, LevelOfDetail.DOT_MARGIN);
            if (range != null) {
                for (int d = range[0]; d < range[1]; d++) {
                    dotsOut.add(firstDot + d);
                }
            }
            int[] reach = firstLabel < 0 ? null : range(view, r, w, h, LABEL_REACH);
            if (reach != null) {
                for (int d = reach[0]; d < reach[1]; d++) {
                    labelsOut.add(firstLabel + d);
                }
            }
        }
    }

    /**
     * Adds the shape numbers of the crowded dots a frame paints: to {@code out}, in ascending order, on
     * each line the first dot in each cell of {@code cell} pixels (the one the painter's grid keeps);
     * to {@code specials} every dot of a special role (and the dot after it). Labels are left out:
     * among crowded dots none is painted.
     */
    void addFirstPerCell(Viewport view, double w, double h, int cell, IntList out, IntList specials) {
        for (int r = 0; r + 1 < runStart.length; r++) {
            int[] range = range(view, r, w, h, LevelOfDetail.DOT_MARGIN);
            if (range == null) {
                continue;
            }
            boolean up = vertical[r];
            int d = range[0];
            while (d < range[1]) {
                out.add(firstDot + d);
                long c = cellOf(along(view, d, up), cell);
                int lo = d + 1;
                int hi = range[1];
                while (lo < hi) { // the first dot past this cell: cells follow the run's order
                    int mid = (lo + hi) >>> 1;
                    if (cellOf(along(view, mid, up), cell) == c) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                d = lo;
            }
        }
        for (int d : special) {
            Shape.Dot dot = (Shape.Dot) shapes.get(firstDot + d);
            double x = view.toPixelX(dot.x());
            double y = view.toPixelY(dot.y());
            if (x >= -LevelOfDetail.DOT_MARGIN && y >= -LevelOfDetail.DOT_MARGIN && x <= w + LevelOfDetail.DOT_MARGIN
                    && y <= h + LevelOfDetail.DOT_MARGIN) {
                addWithNext(d, specials);
            }
        }
    }

    /**
     * Adds dot d and the one after it. A dot painted whatever is there does not take its cell, so
     * when it is first in its cell the next dot may be the one the cell keeps.
     */
    void addWithNext(int d, IntList out) {
        out.add(firstDot + d);
        if (d + 1 < dots) {
            out.add(firstDot + d + 1);
        }
    }

    private static long cellOf(double pixel, int cell) {
        return (long) Math.floor(pixel / cell);
    }

    /** The dot's pixel along its run's line. */
    private double along(Viewport view, int d, boolean up) {
        return up ? view.toPixelY(place[d]) : view.toPixelX(place[d]);
    }

    private double across(Viewport view, int d, boolean up) {
        Shape.Dot dot = (Shape.Dot) shapes.get(firstDot + d);
        return up ? view.toPixelX(dot.x()) : view.toPixelY(dot.y());
    }

    /**
     * The dots {from, to} of run r whose pixel lies in the window widened by m on every side, or
     * null when none does. Along the line the pixels move one way, so both ends are binary searches.
     */
    private int[] range(Viewport view, int r, double w, double h, double m) {
        int a = runStart[r];
        int b = runStart[r + 1];
        boolean up = vertical[r];
        double across = across(view, a, up);
        double acrossMax = up ? w : h;
        double alongMax = up ? h : w;
        if (across < -m || across > acrossMax + m) {
            return null;
        }
        double lo = -m;
        double hi = alongMax + m;
        boolean rising = along(view, b - 1, up) >= along(view, a, up);
        int from;
        int to;
        if (rising) {
            from = firstWhere(a, b, d -> along(view, d, up) >= lo);
            to = firstWhere(from, b, d -> along(view, d, up) > hi);
        } else {
            from = firstWhere(a, b, d -> along(view, d, up) <= hi);
            to = firstWhere(from, b, d -> along(view, d, up) < lo);
        }
        return from < to ? new int[] {from, to} : null;
    }

    /** The first d in [a, b) where the test holds, or b; the test must hold from some point on. */
    private static int firstWhere(int a, int b, java.util.function.IntPredicate test) {
        int lo = a;
        int hi = b;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
