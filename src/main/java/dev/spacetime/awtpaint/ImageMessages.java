package dev.spacetime.awtpaint;

import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.MessageThinning;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Paints messages into an image: a wavy line with an arrowhead at the receive, or, among hundreds in a
 * window picture, a faint straight line gathered with the others of its colour into one path. A
 * witness chain's steps are always painted, and without a head; the selected message always.
 */
final class ImageMessages {
    private final Graphics2D g;
    private final ScreenWindow window;
    private final MessageThinning thinning;
    private final boolean straight;
    private final double k;
    private Path2D.Double batch;
    private Role batchRole;
    private boolean batchDashed;

    /**
     * @param straight whether messages are drawn as straight lines (a crowded window)
     * @param k        how many times their plain size strokes and arrowheads are drawn
     */
    ImageMessages(Graphics2D g, ScreenWindow window, MessageThinning thinning, boolean straight, double k) {
        this.g = g;
        this.window = window;
        this.thinning = thinning;
        this.straight = straight;
        this.k = k;
    }

    void paint(Shape.Wave wave) {
        if (!window.crosses(wave.x1(), wave.y1(), wave.x2(), wave.y2())) {
            return;
        }
        boolean witness = wave.role() == Role.WITNESS;
        boolean always = witness || wave.role() == Role.SELECTED_MESSAGE;
        if (!always && !thinning.take()) {
            return;
        }
        Viewport view = window.view();
        double x1 = view.toPixelX(wave.x1());
        double y1 = view.toPixelY(wave.y1());
        double x2 = view.toPixelX(wave.x2());
        double y2 = view.toPixelY(wave.y2());
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < LevelOfDetail.SHORTEST_MESSAGE || (!always && !thinning.firstBetween(x1, y1, x2, y2))) {
            return;
        }
        if (straight && !always) {
            // Cut to the window first: the cost follows the length given, not what shows.
            double[] f = window.clip(x1, y1, x2, y2);
            if (f != null) {
                double dx = x2 - x1;
                double dy = y2 - y1;
                batchLine(wave.role(), wave.dashed(), x1 + dx * f[0], y1 + dy * f[0], x1 + dx * f[1], y1 + dy * f[1]);
            }
            return;
        }
        g.setColor(ImageTheme.colour(wave.role()));
        g.setStroke(ImageTheme.stroke(wave.role(), wave.dashed(), k));
        if (length < LevelOfDetail.SHORTEST_WAVE) {
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        } else {
            g.draw(polyline(length > LevelOfDetail.CLIP_ABOVE ? clippedWave(x1, y1, x2, y2)
                    : WavePath.points(x1, y1, x2, y2, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH)));
        }
        if (!witness && length > LevelOfDetail.SHORTEST_ARROW && window.holdsPixel(x2, y2)) {
            double[] a = PixelShapes.arrowhead(x1, y1, x2, y2, k);
            Path2D.Double head = new Path2D.Double();
            head.moveTo(a[0], a[1]);
            head.lineTo(a[2], a[3]);
            head.lineTo(a[4], a[5]);
            head.closePath();
            g.fill(head);
        }
    }

    /** Strokes the crowded messages gathered so far; call before painting anything that is not a message. */
    void flush() {
        if (batch != null) {
            g.draw(batch);
            batch = null;
            batchRole = null;
        }
    }

    /** Crowded messages go into one path per colour, stroked once, faint so they shade the picture by how busy it is. */
    private void batchLine(Role role, boolean dashed, double x1, double y1, double x2, double y2) {
        if (batchRole != role || batchDashed != dashed) {
            flush();
            g.setStroke(ImageTheme.stroke(role, dashed, k));
            g.setColor(new Color(LevelOfDetail.crowdedRgb(role)));
            batch = new Path2D.Double();
            batchRole = role;
            batchDashed = dashed;
        }
        batch.moveTo(x1, y1);
        batch.lineTo(x2, y2);
    }

    private static Path2D.Double polyline(double[] pts) {
        Path2D.Double path = new Path2D.Double();
        if (pts.length >= 4) {
            path.moveTo(pts[0], pts[1]);
            for (int i = 2; i < pts.length; i += 2) {
                path.lineTo(pts[i], pts[i + 1]);
            }
        }
        return path;
    }

    /** The part of a very long wave that crosses the window; empty when it misses it. */
    private double[] clippedWave(double x1, double y1, double x2, double y2) {
        double[] f = window.clip(x1, y1, x2, y2);
        return f == null ? new double[0]
                : WavePath.pointsWithin(x1, y1, x2, y2, f[0], f[1], PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
    }
}
