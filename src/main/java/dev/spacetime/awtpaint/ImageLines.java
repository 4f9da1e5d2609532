package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;

/** Paints straight and bowed lines into an image: process lines, tick lines, bars, pair lines, witness steps. */
final class ImageLines {
    private final Graphics2D g;
    private final ScreenWindow window;
    private final double k;

    /** @param k how many times their plain width lines are drawn */
    ImageLines(Graphics2D g, ScreenWindow window, double k) {
        this.g = g;
        this.window = window;
        this.k = k;
    }

    void paint(Shape.Line line) {
        if (line.bowed()) {
            paintBowed(line);
            return;
        }
        if (!window.boxVisible(line.x1(), line.y1(), line.x2(), line.y2())) {
            return;
        }
        Viewport view = window.view();
        double x1 = view.toPixelX(line.x1());
        double y1 = view.toPixelY(line.y1());
        double x2 = view.toPixelX(line.x2());
        double y2 = view.toPixelY(line.y2());
        g.setColor(ImageTheme.colour(line.role()));
        if (!line.dashed() && (x1 == x2 || y1 == y2)) {
            // As the screen paints it: a solid line along an axis is a rectangle with the stroke's square caps.
            double half = Style.lineWidth(line.role()) * k / 2;
            g.fill(new Rectangle2D.Double(Math.min(x1, x2) - half, Math.min(y1, y2) - half,
                    Math.abs(x2 - x1) + 2 * half, Math.abs(y2 - y1) + 2 * half));
            return;
        }
        g.setStroke(ImageTheme.stroke(line.role(), line.dashed(), k));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** A pair's curve, as every painter draws it: the same quadratic Bézier through the same control point. */
    private void paintBowed(Shape.Line line) {
        double[] c = line.control();
        if (!window.boxVisible(Math.min(line.x1(), Math.min(c[0], line.x2())),
                Math.min(line.y1(), Math.min(c[1], line.y2())), Math.max(line.x1(), Math.max(c[0], line.x2())),
                Math.max(line.y1(), Math.max(c[1], line.y2())))) {
            return;
        }
        Viewport view = window.view();
        g.setColor(ImageTheme.colour(line.role()));
        g.setStroke(ImageTheme.stroke(line.role(), line.dashed(), k));
        g.draw(new QuadCurve2D.Double(view.toPixelX(line.x1()), view.toPixelY(line.y1()), view.toPixelX(c[0]),
                view.toPixelY(c[1]), view.toPixelX(line.x2()), view.toPixelY(line.y2())));
    }
}
