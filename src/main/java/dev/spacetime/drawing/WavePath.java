package dev.spacetime.drawing;

/**
 * The points of a wavy message line: a sine wave along the straight line from send to receive, with a
 * straight last stretch so the arrowhead meets the receive event head-on. Every painter draws the
 * polyline returned here, so the wave looks the same on screen and in every export.
 */
public final class WavePath {
    private WavePath() {
    }

    /** x0, y0, x1, y1, … of the wave; {@code amplitude} and {@code wavelength} in page units. */
    public static double[] points(double x1, double y1, double x2, double y2, double amplitude, double wavelength) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return new double[] {x1, y1, x2, y2};
        }
        double ux = dx / length;
        double uy = dy / length;
        double wavy = length - Math.min(length * 0.25, wavelength);
        // A whole number of half waves, so the wave is back on the line where the straight stretch starts.
        int halfWaves = Math.max(2, (int) Math.round(2 * wavy / wavelength));
        int steps = halfWaves * 8;
        double[] pts = new double[(steps + 2) * 2];
        for (int i = 0; i <= steps; i++) {
            double along = wavy * i / steps;
            double off = amplitude * Math.sin(Math.PI * halfWaves * i / steps);
            pts[2 * i] = x1 + ux * along - uy * off;
            pts[2 * i + 1] = y1 + uy * along + ux * off;
        }
        pts[pts.length - 2] = x2;
        pts[pts.length - 1] = y2;
        return pts;
    }

    /**
     * The part of a long wave from fraction {@code from} to fraction {@code to} of the way, for a
     * painter that cuts a wave far longer than its window to what shows. The wave's phase is measured
     * from the send, so the part shown does not crawl as the window pans; the last wavelength is
     * straight, as in {@link #points}.
     */
    public static double[] pointsWithin(double x1, double y1, double x2, double y2, double from, double to,
            double amplitude, double wavelength) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double start = from * length;
        double end = to * length;
        double wavyEnd = length - wavelength;
        int steps = Math.max(2, (int) Math.ceil((end - start) / (wavelength / 8))); // 8 points per wavelength
        double[] pts = new double[(steps + 1) * 2];
        for (int i = 0; i <= steps; i++) {
            double along = start + (end - start) * i / steps;
            double off = along < wavyEnd ? amplitude * Math.sin(2 * Math.PI * along / wavelength) : 0;
            pts[2 * i] = x1 + ux * along - uy * off;
            pts[2 * i + 1] = y1 + uy * along + ux * off;
        }
        return pts;
    }
}
