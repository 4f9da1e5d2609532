package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import javafx.scene.canvas.GraphicsContext;

/** Paints straight lines: process lines, tick lines, bars, witness steps. */
final class LinePainter {
    private final GraphicsContext gc;
    private final ScreenWindow window;
    private final double k;

    /** @param k how many times their plain width lines are drawn */
    LinePainter(GraphicsContext gc, ScreenWindow window, double k) {
        this.gc = gc;
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
        if (!line.dashed() && (x1 == x2 || y1 == y2)) {
            // A solid line along an axis is a rectangle (square caps, as a stroke has). The software
            // renderer fills one far faster than it strokes a tall line, which it samples row by row.
            double half = Style.lineWidth(line.role()) * k / 2;
            gc.setFill(Theme.colour(line.role()));
            gc.fillRect(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.abs(x2 - x1) + 2 * half,
                    Math.abs(y2 - y1) + 2 * half);
            return;
        }
        Pen.use(gc, line.role(), line.dashed(), k);
        gc.strokeLine(x1, y1, x2, y2);
    }

    /** A pair's curve, as SVG and TikZ draw it: the same quadratic Bézier through the same control point. */
    private void paintBowed(Shape.Line line) {
        double[] c = line.control();
        if (!window.boxVisible(Math.min(line.x1(), Math.min(c[0], line.x2())),
                Math.min(line.y1(), Math.min(c[1], line.y2())), Math.max(line.x1(), Math.max(c[0], line.x2())),
                Math.max(line.y1(), Math.max(c[1], line.y2())))) {
            return;
        }
        Viewport view = window.view();
        Pen.use(gc, line.role(), line.dashed(), k);
        gc.beginPath();
        gc.moveTo(view.toPixelX(line.x1()), view.toPixelY(line.y1()));
        gc.quadraticCurveTo(view.toPixelX(c[0]), view.toPixelY(c[1]), view.toPixelX(line.x2()), view.toPixelY(line.y2()));
        gc.stroke();
    }
}
