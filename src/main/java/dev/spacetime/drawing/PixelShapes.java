package dev.spacetime.drawing;

/**
 * Geometry every painter shares, in picture pixels: the arrowhead at a message's receive end and
 * where text goes beside its point. Kept in one place so the screen, SVG and PNG agree. Sizes are
 * at text scale 1 ({@link TextScale}); painters multiply them by the scale they draw at.
 */
public final class PixelShapes {
    /** Pixels between a point and the text placed beside it. */
    public static final double GAP = 9;
    /** The wave's swing either side of the line, and its length, in pixels. */
    public static final double AMPLITUDE = 4;
    public static final double WAVELENGTH = 18;
    /** A message shorter than this (pixels) gets no arrowhead: the head would hide it. */
    public static final double SHORTEST_ARROW = 16;
    /** A message shorter than this (pixels) is drawn as a straight line: too short to show a wave. */
    public static final double SHORTEST_WAVE = 24;

    private PixelShapes() {
    }

    /** The arrowhead's corners {tipX, tipY, x2, y2, x3, y3}: the tip stops at the rim of the receive's dot. */
    public static double[] arrowhead(double x1, double y1, double x2, double y2) {
        return arrowhead(x1, y1, x2, y2, 1);
    }

    /** As {@link #arrowhead(double, double, double, double)} for dots and heads {@code k} times their plain size. */
    public static double[] arrowhead(double x1, double y1, double x2, double y2, double k) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double rim = DrawingBuilder.DOT_RADIUS * k + 1;
        double tipX = x2 - ux * rim;
        double tipY = y2 - uy * rim;
        double back = 11 * k;
        double half = 4.5 * k;
        return new double[] {tipX, tipY, tipX - ux * back - uy * half, tipY - uy * back + ux * half,
                tipX - ux * back + uy * half, tipY - uy * back - ux * half};
    }
}
