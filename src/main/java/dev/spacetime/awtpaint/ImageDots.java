package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.PixelGrid;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints event dots and the rings round marked events into an image. With level of detail (a window
 * picture) a plain dot on a pixel cell already painted is skipped and crowded dots are small squares,
 * as on screen.
 */
final class ImageDots {
    private final Graphics2D g;
    private final ScreenWindow window;
    private final boolean levelOfDetail;
    private final boolean dense;
    private final PixelGrid cells;
    private final double k;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    /** @param k how many times their plain size dots and rings are drawn */
    ImageDots(Graphics2D g, ScreenWindow window, boolean levelOfDetail, boolean dense, double k) {
        this.g = g;
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
        g.setColor(ImageTheme.colour(dot.role()));
        if (dense) {
            g.fill(new Rectangle2D.Double(Math.rint(x) - 2, Math.rint(y) - 2, 5, 5));
        } else if (levelOfDetail && Math.abs(x - lastX) < r && Math.abs(y - lastY) < r) {
            // Mostly under the dot before it: together they read as a bar, as the screen draws them.
            g.fill(new Rectangle2D.Double(Math.rint(x - r), Math.rint(y - r), Math.rint(2 * r), Math.rint(2 * r)));
        } else {
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        lastX = x;
        lastY = y;
    }

    void paint(Shape.Ring ring) {
        Viewport view = window.view();
        double x = view.toPixelX(ring.x());
        double y = view.toPixelY(ring.y());
        double r = ring.radius() * k;
        g.setColor(ImageTheme.colour(ring.role()));
        g.setStroke(ImageTheme.stroke(ring.role(), false, k));
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }
}
