package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.PixelGrid;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints event dots and the rings round selected events. With level of detail a plain dot on a
 * pixel cell already painted is skipped, and crowded dots are drawn as small squares.
 */
final class DotPainter {
    private final GraphicsContext gc;
    private final ScreenWindow window;
    private final boolean levelOfDetail;
    private final boolean dense;
    private final PixelGrid cells;
    private final double k;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    /** @param k how many times their plain size dots and rings are drawn */
    DotPainter(GraphicsContext gc, ScreenWindow window, boolean levelOfDetail, boolean dense, double k) {
        this.gc = gc;
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
        gc.setFill(Theme.colour(dot.role()));
        if (dense) {
            // Thousands of dots a few pixels apart: small squares read the same and cost far less to fill.
            gc.fillRect(Math.rint(x) - 2, Math.rint(y) - 2, 5, 5);
        } else {
            if (levelOfDetail && Math.abs(x - lastX) < r && Math.abs(y - lastY) < r) {
                // Mostly under the dot before it: together they read as a bar, which squares draw as well
                // at a fraction of the cost of circles.
                gc.fillRect(Math.rint(x - r), Math.rint(y - r), Math.rint(2 * r), Math.rint(2 * r));
            } else {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        lastX = x;
        lastY = y;
    }

    void paint(Shape.Ring ring) {
        Viewport view = window.view();
        double x = view.toPixelX(ring.x());
        double y = view.toPixelY(ring.y());
        double r = ring.radius() * k;
        Pen.use(gc, ring.role(), false, k);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
}
