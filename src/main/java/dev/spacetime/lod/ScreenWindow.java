package dev.spacetime.lod;

/**
 * The window a frame is painted in, seen through a viewport: whether page shapes reach into it (with
 * {@link LevelOfDetail#WINDOW_MARGIN} to spare) and what part of a segment does.
 */
public final class ScreenWindow {
    private final Viewport view;
    private final double width;
    private final double height;

    public ScreenWindow(Viewport view, double width, double height) {
        this.view = view;
        this.width = width;
        this.height = height;
    }

    public Viewport view() {
        return view;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Whether the bounding box of page segment (x1, y1)–(x2, y2) reaches into the window. */
    public boolean boxVisible(double x1, double y1, double x2, double y2) {
        double a = view.toPixelX(x1);
        double b = view.toPixelX(x2);
        double c = view.toPixelY(y1);
        double d = view.toPixelY(y2);
        double m = LevelOfDetail.WINDOW_MARGIN;
        return Math.max(a, b) >= -m && Math.min(a, b) <= width + m && Math.max(c, d) >= -m
                && Math.min(c, d) <= height + m;
    }

    /** Whether the page segment itself, not just its bounding box, passes through the window. */
    public boolean crosses(double x1, double y1, double x2, double y2) {
        return boxVisible(x1, y1, x2, y2) && clip(view.toPixelX(x1), view.toPixelY(y1), view.toPixelX(x2),
                view.toPixelY(y2)) != null;
    }

    /** The fractions {from, to} of the pixel segment inside the window and its margin, or null. */
    public double[] clip(double px1, double py1, double px2, double py2) {
        double m = LevelOfDetail.WINDOW_MARGIN;
        return dev.spacetime.drawing.SegmentClip.fractions(px1, py1, px2, py2, -m, -m, width + m, height + m);
    }

    /** Whether pixel point (x, y) lies in the window and its margin. */
    public boolean holdsPixel(double x, double y) {
        double m = LevelOfDetail.WINDOW_MARGIN;
        return x >= -m && y >= -m && x <= width + m && y <= height + m;
    }
}
