package dev.spacetime.drawing;

/**
 * Cutting a line segment to a rectangle (Liang–Barsky): for painting only what a window shows, and
 * for asking whether a stroke crosses a label's box.
 */
public final class SegmentClip {
    private SegmentClip() {
    }

    /**
     * The fractions {from, to} of segment (x1, y1)–(x2, y2) that lie inside the rectangle, or null
     * when none of it does.
     */
    public static double[] fractions(double x1, double y1, double x2, double y2, double minX, double minY,
            double maxX, double maxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] t = {0, 1};
        return edge(-dx, x1 - minX, t) && edge(dx, maxX - x1, t) && edge(-dy, y1 - minY, t) && edge(dy, maxY - y1, t)
                ? t : null;
    }

    /**
     * As {@link #fractions(double, double, double, double, double, double, double, double)}, the
     * fractions written into {@code t}: whether any of the segment is inside. For callers that clip
     * thousands of strokes and keep none of the answers.
     */
    public static boolean fractions(double x1, double y1, double x2, double y2, double minX, double minY,
            double maxX, double maxY, double[] t) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        t[0] = 0;
        t[1] = 1;
        return edge(-dx, x1 - minX, t) && edge(dx, maxX - x1, t) && edge(-dy, y1 - minY, t) && edge(dy, maxY - y1, t);
    }

    /** Whether segment (x1, y1)–(x2, y2) passes through the rectangle. */
    public static boolean crosses(double x1, double y1, double x2, double y2, double minX, double minY, double maxX,
            double maxY) {
        return fractions(x1, y1, x2, y2, minX, minY, maxX, maxY) != null;
    }

    /** One of the four edges: narrows {from, to}; false when the segment misses the rectangle. */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }
}
