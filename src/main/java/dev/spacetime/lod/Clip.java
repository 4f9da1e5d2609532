package dev.spacetime.lod;

/** Cutting a line segment to a rectangle (Liang–Barsky), for painting only what the window shows. */
final class Clip {
    private Clip() {
    }

    /**
     * The fractions {from, to} of segment (x1, y1)–(x2, y2) that lie inside the rectangle, or null
     * when none of it does.
     */
    static double[] segment(double x1, double y1, double x2, double y2, double minX, double minY, double maxX,
            double maxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, r);
                } else {
                    to = Math.min(to, r);
                }
            }
        }
        return from <= to ? new double[] {from, to} : null;
    }
}
