package dev.spacetime.drawing;

import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a line joining two events (a concurrent pair, a false ordering) bows so that it passes no
 * third event. A straight line through a third dot reads as a chain a → b → c that does not exist,
 * and collinear pairs would merge into one line; a curve that keeps {@link #CLEARANCE} from every
 * other dot can be read only as joining its two ends. Curves stay between the ends of the process
 * lines where they can, clear of the names under them and the registers past them.
 */
public final class PairArcs {
    /** How near a pair's curve may come to the centre of a third event: two dot radii, so it never touches the dot. */
    public static final double CLEARANCE = 2 * DrawingBuilder.DOT_RADIUS;
    /**
     * The bows tried, in turn (the curve's middle this many lengths off the straight line, to the left
     * or right): always some bow, so two pairs on one straight line never draw as one.
     */
    static final double[] BOWS = bows();
    /** Straight pieces a curve is checked as: at the largest bow each piece is off the curve by well under a unit. */
    static final int PIECES = 32;
    private static final double CELL = 40;

    private final double[] bounds;
    private final double[] xs;
    private final double[] ys;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    /** The dots of the events the layout shows. */
    public PairArcs(DiagramLayout layout) {
        int n = layout.analysis().eventCount();
        bounds = layout.bounds();
        xs = new double[n];
        ys = new double[n];
        for (int e = 0; e < n; e++) {
            xs[e] = layout.eventX(e);
            ys[e] = layout.eventY(e);
            if (layout.isShown(e)) {
                cells.computeIfAbsent(cell(Math.floor(xs[e] / CELL), Math.floor(ys[e] / CELL)), k -> new ArrayList<>())
                        .add(e);
            }
        }
    }

    /** The line joining events a and b, bowed clear of every other event, or null when no bow tried is clear. */
    public Shape.Line line(int a, int b, Role role) {
        double x1 = xs[a];
        double y1 = ys[a];
        double x2 = xs[b];
        double y2 = ys[b];
        if (x1 == x2 && y1 == y2) {
            return null;
        }
        // Between the lines' ends if it can be; past them (over a name, say) only when no curve inside is clear.
        for (boolean inside : new boolean[] {true, false}) {
            for (double bow : BOWS) {
                double[] c = Shape.Line.control(x1, y1, x2, y2, bow);
                if (clear(x1, y1, c[0], c[1], x2, y2, a, b, inside)) {
                    return new Shape.Line(x1, y1, x2, y2, true, role, bow);
                }
            }
        }
        return null;
    }

    /**
     * Whether the curve keeps {@link #CLEARANCE} from every shown event but a and b, and (when
     * {@code inside}) stays within the lines' extent.
     */
    private boolean clear(double x1, double y1, double cx, double cy, double x2, double y2, int a, int b,
            boolean inside) {
        // The curve lies inside the triangle of its ends and control point: only dots near that box can be close.
        double minX = Math.min(x1, Math.min(cx, x2)) - CLEARANCE;
        double maxX = Math.max(x1, Math.max(cx, x2)) + CLEARANCE;
        double minY = Math.min(y1, Math.min(cy, y2)) - CLEARANCE;
        double maxY = Math.max(y1, Math.max(cy, y2)) + CLEARANCE;
        double[] pts = points(x1, y1, cx, cy, x2, y2, PIECES);
        // Kept between the process lines' ends: past them are the names and the clock registers.
        for (int k = 0; inside && k < pts.length; k += 2) {
            if (pts[k] < bounds[0] - 0.5 || pts[k] > bounds[2] + 0.5 || pts[k + 1] < bounds[1] - 0.5
                    || pts[k + 1] > bounds[3] + 0.5) {
                return false;
            }
        }
        for (double i = Math.floor(minX / CELL); i <= Math.floor(maxX / CELL); i++) {
            for (double j = Math.floor(minY / CELL); j <= Math.floor(maxY / CELL); j++) {
                List<Integer> here = cells.get(cell(i, j));
                if (here == null) {
                    continue;
                }
                for (int e : here) {
                    if (e != a && e != b && distance(pts, xs[e], ys[e]) < CLEARANCE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Points along a quadratic Bézier, {x0, y0, x1, y1, …}, {@code pieces} + 1 of them from end to end. */
    public static double[] points(double x1, double y1, double cx, double cy, double x2, double y2, int pieces) {
        double[] pts = new double[2 * (pieces + 1)];
        for (int k = 0; k <= pieces; k++) {
            double t = (double) k / pieces;
            double u = 1 - t;
            pts[2 * k] = u * u * x1 + 2 * u * t * cx + t * t * x2;
            pts[2 * k + 1] = u * u * y1 + 2 * u * t * cy + t * t * y2;
        }
        return pts;
    }

    /** The distance from (px, py) to the polyline through these points. */
    public static double distance(double[] pts, double px, double py) {
        double best = Double.MAX_VALUE;
        for (int k = 0; k + 3 < pts.length; k += 2) {
            double ax = pts[k];
            double ay = pts[k + 1];
            double dx = pts[k + 2] - ax;
            double dy = pts[k + 3] - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
        }
        return best;
    }

    /** 0.12, -0.12, 0.16, -0.16, … up to a bow of 0.9: fine steps, so a curve can thread between crowded dots. */
    private static double[] bows() {
        int n = 20;
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double bow = 0.12 + k * 0.04 + (k > 10 ? (k - 10) * 0.04 : 0);
            out[2 * k] = bow;
            out[2 * k + 1] = -bow;
        }
        return out;
    }

    private static long cell(double i, double j) {
        return ((long) i << 32) ^ ((long) j & 0xffffffffL);
    }
}
