package dev.spacetime.drawing;

/**
 * How a drawing's page fits a picture of w × h pixels: pixel = page × scale + offset, the page
 * centred inside the margins. The screen and every export fit the same way, so they frame alike.
 *
 * @param scale pixels per page unit
 */
public record Frame(double scale, double dx, double dy) {
    /** Room around a fitted diagram, {top, right, bottom, left} in pixels: the legend above, labels right of events, names below. */
    public static final double[] MARGINS = {84, 140, 52, 72};
    /** Room around a diagram in an exported picture, which has no legend above it. */
    public static final double[] EXPORT_MARGINS = {36, 120, 48, 64};

    public static Frame fit(double[] bounds, double w, double h, double[] margins) {
        double bw = Math.max(1, bounds[2] - bounds[0]);
        double bh = Math.max(1, bounds[3] - bounds[1]);
        double roomX = Math.max(1, w - margins[1] - margins[3]);
        double roomY = Math.max(1, h - margins[0] - margins[2]);
        double scale = Math.min(roomX / bw, roomY / bh);
        return new Frame(scale, margins[3] + (roomX - bw * scale) / 2 - bounds[0] * scale,
                margins[0] + (roomY - bh * scale) / 2 - bounds[1] * scale);
    }

    /** The natural picture size for a drawing at {@code scale} pixels per page unit: {width, height}. */
    public static double[] naturalSize(double[] bounds, double scale, double[] margins) {
        return new double[] {Math.ceil((bounds[2] - bounds[0]) * scale + margins[1] + margins[3]),
                Math.ceil((bounds[3] - bounds[1]) * scale + margins[0] + margins[2])};
    }

    public double x(double pageX) {
        return pageX * scale + dx;
    }

    public double y(double pageY) {
        return pageY * scale + dy;
    }
}
