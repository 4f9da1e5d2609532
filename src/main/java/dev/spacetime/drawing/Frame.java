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

    /**
     * Fits a drawing to a w × h window so that it can be read: whole, when that leaves it at least
     * {@link TextScale#SMALLEST} (where texts stop shrinking with the zoom, so everything still has the
     * room the layout gave it); otherwise every process line across the window (at most at natural
     * size), and along time only the start of the run, from its earliest events — the rest is a scroll
     * or a zoom out away, rather than a picture too small to read.
     */
    public static Frame fitLegibly(Drawing drawing, double w, double h, double[] margins) {
        double[] b = drawing.bounds();
        Frame whole = fit(b, w, h, margins);
        if (whole.scale() >= TextScale.SMALLEST) {
            return whole;
        }
        boolean up = drawing.orientation() == dev.spacetime.layout.Orientation.TIME_UP;
        double roomX = Math.max(1, w - margins[1] - margins[3]);
        double roomY = Math.max(1, h - margins[0] - margins[2]);
        double acrossExtent = Math.max(1, up ? b[2] - b[0] : b[3] - b[1]);
        double acrossScale = (up ? roomX : roomY) / acrossExtent;
        double scale = Math.max(whole.scale(), Math.min(1, acrossScale));
        if (up) {
            // Across centred; the earliest time (the bottom) on the bottom margin.
            return new Frame(scale, margins[3] + (roomX - (b[2] - b[0]) * scale) / 2 - b[0] * scale,
                    h - margins[2] - b[3] * scale);
        }
        return new Frame(scale, margins[3] - b[0] * scale, margins[0] + (roomY - (b[3] - b[1]) * scale) / 2 - b[1] * scale);
    }

    /** Whether this frame shows all of the drawing's bounds in a w × h window. */
    public boolean showsAll(double[] bounds, double w, double h) {
        return x(bounds[0]) >= -0.5 && y(bounds[1]) >= -0.5 && x(bounds[2]) <= w + 0.5 && y(bounds[3]) <= h + 0.5;
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
