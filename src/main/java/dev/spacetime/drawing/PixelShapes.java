package dev.spacetime.drawing;

/**
 * Geometry every painter shares, in picture pixels: the arrowhead at a message's receive end and
 * where text goes beside its point. Kept in one place so the screen, SVG and PNG agree.
 */
public final class PixelShapes {
    /** Pixels between a point and the text placed beside it. */
    public static final double GAP = 9;
    /** The wave's swing either side of the line, and its length, in pixels. */
    public static final double AMPLITUDE = 4;
    public static final double WAVELENGTH = 18;

    private PixelShapes() {
    }

    /** The arrowhead's corners {tipX, tipY, x2, y2, x3, y3}: the tip stops at the rim of the receive's dot. */
    public static double[] arrowhead(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double tipX = x2 - ux * 6;
        double tipY = y2 - uy * 6;
        double back = 11;
        double half = 4.5;
        return new double[] {tipX, tipY, tipX - ux * back - uy * half, tipY - uy * back + ux * half,
                tipX - ux * back + uy * half, tipY - uy * back - ux * half};
    }
}
