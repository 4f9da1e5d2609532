package dev.spacetime.awtpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.PixelTarget;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;

/** A Java2D image as the target of a frame's painting: each mark as a Graphics2D shape, in the role's colour and stroke. */
final class ImageTarget implements PixelTarget {
    private final Graphics2D g;
    private final ImageTexts texts;
    private Path2D.Double crowded;

    ImageTarget(Graphics2D g, ImageTexts texts) {
        this.g = g;
        this.texts = texts;
    }

    @Override
    public void ground(double w, double h, boolean fill) {
        if (fill) {
            g.setColor(ImageTheme.BACKGROUND);
            g.fill(new Rectangle2D.Double(0, 0, w, h));
        }
    }

    @Override
    public void fillRect(Role role, double x, double y, double w, double h) {
        g.setColor(ImageTheme.colour(role));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillDot(Role role, double x, double y, double r) {
        g.setColor(ImageTheme.colour(role));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeRing(Role role, double x, double y, double r, double k) {
        pen(role, false, k);
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeLine(Role role, boolean dashed, double k, double x1, double y1, double x2, double y2) {
        pen(role, dashed, k);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeCurve(Role role, boolean dashed, double k, double x1, double y1, double cx, double cy,
            double x2, double y2) {
        pen(role, dashed, k);
        g.draw(new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2));
    }

    @Override
    public void strokePolyline(Role role, boolean dashed, double k, double[] points) {
        pen(role, dashed, k);
        g.draw(ImageTheme.polyline(points));
    }

    @Override
    public void fillArrowhead(Role role, double[] a) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(a[0], a[1]);
        head.lineTo(a[2], a[3]);
        head.lineTo(a[4], a[5]);
        head.closePath();
        g.setColor(ImageTheme.colour(role));
        g.fill(head);
    }

    @Override
    public void beginCrowded(Role role, boolean dashed, double k) {
        g.setStroke(ImageTheme.stroke(role, dashed, k));
        g.setColor(new Color(LevelOfDetail.crowdedRgb(role)));
        crowded = new Path2D.Double();
    }

    @Override
    public void crowdedSegment(double x1, double y1, double x2, double y2) {
        crowded.moveTo(x1, y1);
        crowded.lineTo(x2, y2);
    }

    @Override
    public void endCrowded() {
        g.draw(crowded);
        crowded = null;
    }

    @Override
    public void text(Shape.Text text, LabelSpot spot, double x, double y, double[] box) {
        texts.paint(text, spot, x, y, box);
    }

    private void pen(Role role, boolean dashed, double k) {
        g.setColor(ImageTheme.colour(role));
        g.setStroke(ImageTheme.stroke(role, dashed, k));
    }
}
