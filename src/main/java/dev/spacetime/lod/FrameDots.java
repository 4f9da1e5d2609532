package dev.spacetime.lod;

import dev.spacetime.drawing.Shape;

/**
 * Decides how each event dot of a frame is painted: not at all off the window, nor (with level of
 * detail) a plain dot on a pixel cell already painted; crowded dots as small squares, a dot mostly
 * under the one before it as a square (together they read as a bar), else round.
 */
final class FrameDots {
    private final PixelTarget target;
    private final ScreenWindow window;
    private final boolean levelOfDetail;
    private final boolean dense;
    private final PixelGrid cells;
    private final double k;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    /** @param k how many times their plain size dots are drawn */
    FrameDots(PixelTarget target, ScreenWindow window, boolean levelOfDetail, boolean dense, double k) {
        this.target = target;
        this.window = window;
        this.levelOfDetail = levelOfDetail;
        this.dense = dense;
        this.cells = new PixelGrid(window.width(), window.height(),
                dense ? LevelOfDetail.DENSE_CELL : LevelOfDetail.DOT_CELL);
        this.k = k;
    }

    void paint(Shape.Dot dot) {
        Viewport view = window.view();
        double x = view.toPixelX(dot.x());
        double y = view.toPixelY(dot.y());
        double m = LevelOfDetail.DOT_MARGIN;
        if (x < -m || y < -m || x > window.width() + m || y > window.height() + m) {
            return;
        }
        if (levelOfDetail && LevelOfDetail.plainDot(dot.role()) && !cells.claimPoint(x, y)) {
            return;
        }
        double r = dot.radius() * k;
        if (dense) {
            // Thousands of dots a few pixels apart: small squares read the same and cost far less to fill.
            target.fillRect(dot.role(), Math.rint(x) - 2, Math.rint(y) - 2, 5, 5);
        } else if (levelOfDetail && Math.abs(x - lastX) < r && Math.abs(y - lastY) < r) {
            // Mostly under the dot before it: together they read as a bar, which squares draw as well
            // at a fraction of the cost of circles.
            target.fillRect(dot.role(), Math.rint(x - r), Math.rint(y - r), Math.rint(2 * r), Math.rint(2 * r));
        } else {
            target.fillDot(dot.role(), x, y, r);
        }
        lastX = x;
        lastY = y;
    }
}
