package dev.spacetime.drawing;

/**
 * The places a label may take, best first, as {dx, dy, align} in pixels from its point (align -1
 * end, 0 middle, 1 start): round an event's dot, beside or over its process line, and beside a
 * message's stroke. The near places come first; further out, where dense messages leave a label no
 * uncrossed place near its dot, come places a step or two away, still plainly the dot's. Those
 * are asked for only where a label is worth the search ({@code far}): past a crowded window's worth
 * of labels each takes the first free near place, and more places would only slow the many that have
 * none.
 */
final class LabelPlaces {
    private LabelPlaces() {
    }

    /** Places round a dot of radius r for labels that sit beside the process line (time going up). */
    static double[][] besideLine(double r, double h, double k, boolean far) {
        double d = r + 7 * k; // clear of a selection ring round the dot
        double c = r * 0.7 + 2;
        double up = c + h / 2;
        double[][] near = {{d, 0, 1}, {-d, 0, -1}, {c, -up, 1}, {c, up, 1}, {-c, -up, -1}, {-c, up, -1},
            {d, -h * 1.1, 1}, {d, h * 1.1, 1}, {-d, -h * 1.1, -1}, {-d, h * 1.1, -1},
            // a step further out, still plainly the dot's (never across the process line: struck through)
            {c, -up - h, 1}, {c, up + h, 1}, {-c, -up - h, -1}, {-c, up + h, -1}, {d + h, 0, 1}, {-d - h, 0, -1},
            {d, -h * 2.2, 1}, {d, h * 2.2, 1}, {-d, -h * 2.2, -1}, {-d, h * 2.2, -1}};
        if (!far) {
            return near;
        }
        return join(near, new double[][] {
            // between those, and out along the dot's row, where messages leave the near places no gap
            {d, -h * 0.55, 1}, {d, h * 0.55, 1}, {-d, -h * 0.55, -1}, {-d, h * 0.55, -1},
            {d, -h * 1.65, 1}, {d, h * 1.65, 1}, {-d, -h * 1.65, -1}, {-d, h * 1.65, -1},
            {c, -up - h / 2, 1}, {c, up + h / 2, 1}, {-c, -up - h / 2, -1}, {-c, up + h / 2, -1},
            {d + h, -h * 0.55, 1}, {d + h, h * 0.55, 1}, {-d - h, -h * 0.55, -1}, {-d - h, h * 0.55, -1},
            {d + h, -h * 1.1, 1}, {d + h, h * 1.1, 1}, {-d - h, -h * 1.1, -1}, {-d - h, h * 1.1, -1},
            {d + 2 * h, 0, 1}, {-d - 2 * h, 0, -1}, {d + 2 * h, -h * 0.55, 1}, {d + 2 * h, h * 0.55, 1},
            {-d - 2 * h, -h * 0.55, -1}, {-d - 2 * h, h * 0.55, -1},
            {c, -up - 1.5 * h, 1}, {c, up + 1.5 * h, 1}, {-c, -up - 1.5 * h, -1}, {-c, up + 1.5 * h, -1}});
    }

    /** As {@link #besideLine}, for labels that sit over the process line (time going right). */
    static double[][] overLine(double r, double h, double w, boolean far) {
        double n = r + 2 + h / 2;
        double c = r * 0.7 + 2;
        double up = c + h / 2;
        double s = w / 4; // a quarter of the label along the line
        double[][] near = {{0, -n, 0}, {0, n, 0}, {c, -up, 1}, {-c, -up, -1}, {c, up, 1}, {-c, up, -1},
            {0, -n - h, 0}, {0, n + h, 0}, {c, -up - h, 1}, {c, up + h, 1}, {-c, -up - h, -1}, {-c, up + h, -1},
            // a step further out, still plainly the dot's (never along the process line: struck through)
            {0, -n - 2 * h, 0}, {0, n + 2 * h, 0}, {c, -up - 2 * h, 1}, {-c, -up - 2 * h, -1}, {c, up + 2 * h, 1},
            {-c, up + 2 * h, -1}};
        if (!far) {
            return near;
        }
        return join(near, new double[][] {
            // between those, along the line either way, where messages leave the near places no gap
            {s, -n, 0}, {-s, -n, 0}, {s, n, 0}, {-s, n, 0}, {c + s, -up, 1}, {-c - s, -up, -1}, {c + s, up, 1},
            {-c - s, up, -1}, {s, -n - h, 0}, {-s, -n - h, 0}, {s, n + h, 0}, {-s, n + h, 0},
            {c + s, -up - h, 1}, {-c - s, -up - h, -1}, {c + s, up + h, 1}, {-c - s, up + h, -1},
            {0, -n - h / 2, 0}, {0, n + h / 2, 0}, {c, -up - h / 2, 1}, {-c, -up - h / 2, -1}, {c, up + h / 2, 1},
            {-c, up + h / 2, -1}, {c + s, -up - 2 * h, 1}, {-c - s, -up - 2 * h, -1}, {c + s, up + 2 * h, 1},
            {-c - s, up + 2 * h, -1}});
    }

    /**
     * Places for a message's label beside its stroke {x1, y1, x2, y2}, off the wave's swing, on the
     * side above it first, at its point and a little either way along it, then further along and
     * further off: {dx, dy, 0} (centred).
     */
    static double[][] besideMessage(double[] m, double w, double h, boolean far) {
        double dx = m[2] - m[0];
        double dy = m[3] - m[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double nx = -uy;
        double ny = ux;
        if (ny > 0 || (ny == 0 && nx < 0)) { // the normal pointing up (or right) first
            nx = -nx;
            ny = -ny;
        }
        double off = PixelShapes.AMPLITUDE + 3 + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
        double[] shifts = {0, -0.12, 0.12, -0.24, 0.24, -0.06, 0.06, -0.18, 0.18, -0.3, 0.3, -0.36, 0.36};
        // the first five shifts at the first distance are the near places
        double[][] places = new double[far ? 4 * shifts.length : 10][];
        int i = 0;
        for (double away : new double[] {off, off + h}) {
            for (int j = 0; j < shifts.length && i < places.length; j++) {
                double shift = shifts[j];
                for (int side = 1; side >= -1; side -= 2) {
                    double along = shift * length;
                    places[i++] = new double[] {ux * along + side * nx * away, uy * along + side * ny * away, 0};
                }
            }
        }
        return places;
    }

    private static double[][] join(double[][] a, double[][] b) {
        double[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
