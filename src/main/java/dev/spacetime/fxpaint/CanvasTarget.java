package dev.spacetime.fxpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.PixelTarget;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A JavaFX canvas as the target of a frame's painting: each mark as a GraphicsContext call, in the role's pen. */
final class CanvasTarget implements PixelTarget {
    private final GraphicsContext gc;
    private final TextPainter texts;

    CanvasTarget(GraphicsContext gc, TextPainter texts) {
        this.gc = gc;
        this.texts = texts;
    }

    /** The colour of a message among crowds of them: its own, faded toward the background. */
    static Color crowded(Role role) {
        return Theme.rgb(LevelOfDetail.crowdedRgb(role));
    }

    @Override
    public void ground(double w, double h, boolean fill) {
        if (fill) {
            gc.setFill(Theme.BACKGROUND);
            gc.fillRect(0, 0, w, h);
        } else {
            gc.clearRect(0, 0, w, h);
        }
    }

    @Override
    public void fillRect(Role role, double x, double y, double w, double h) {
        gc.setFill(Theme.colour(role));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillDot(Role role, double x, double y, double r) {
        gc.setFill(Theme.colour(role));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeRing(Role role, double x, double y, double r, double k) {
        Pen.use(gc, role, false, k);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeLine(Role role, boolean dashed, double k, double x1, double y1, double x2, double y2) {
        Pen.use(gc, role, dashed, k);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeCurve(Role role, boolean dashed, double k, double x1, double y1, double cx, double cy,
            double x2, double y2) {
        Pen.use(gc, role, dashed, k);
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.quadraticCurveTo(cx, cy, x2, y2);
        gc.stroke();
    }

    @Override
    public void strokePolyline(Role role, boolean dashed, double k, double[] points) {
        Pen.use(gc, role, dashed, k);
        gc.beginPath();
        gc.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            gc.lineTo(points[i], points[i + 1]);
        }
        gc.stroke();
    }

    @Override
    public void fillArrowhead(Role role, double[] a) {
        gc.setFill(Theme.colour(role));
        gc.fillPolygon(new double[] {a[0], a[2], a[4]}, new double[] {a[1], a[3], a[5]}, 3);
    }

    @Override
    public void beginCrowded(Role role, boolean dashed, double k) {
        Pen.use(gc, role, dashed, k);
        // A pale opaque colour rather than a see-through one: the software renderer blends far slower.
        gc.setStroke(crowded(role));
        gc.beginPath();
    }

    @Override
    public void crowdedSegment(double x1, double y1, double x2, double y2) {
        gc.moveTo(x1, y1);
        gc.lineTo(x2, y2);
    }

    @Override
    public void endCrowded() {
        gc.stroke();
    }

    @Override
    public void text(Shape.Text text, LabelSpot spot, double x, double y, double[] box) {
        texts.paint(text, spot, x, y, box);
    }
}
