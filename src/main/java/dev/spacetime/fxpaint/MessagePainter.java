package dev.spacetime.fxpaint;

import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.MessageThinning;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints messages: a wavy line with an arrowhead at the receive, or, when hundreds are on screen, a
 * faint straight line gathered with the others of its colour into one path. A witness chain's steps
 * are always painted, and without a head; the selected message always, as a wave with its head.
 */
final class MessagePainter {
    private final GraphicsContext gc;
    private final ScreenWindow window;
    private final MessageThinning thinning;
    private final boolean straight;
    private final double k;
    private Role batchRole;
    private boolean batchDashed;

    /**
     * @param straight whether messages are drawn as straight lines (a crowded screen)
     * @param k        how many times their plain size strokes and arrowheads are drawn
     */
    MessagePainter(GraphicsContext gc, ScreenWindow window, MessageThinning thinning, boolean straight, double k) {
        this.k = k;
        this.gc = gc;
        this.window = window;
        this.thinning = thinning;
        this.straight = straight;
    }

    /** The colour of a message among crowds of them: its own, faded toward the background. */
    static Color crowded(Role role) {
        return Theme.rgb(LevelOfDetail.crowdedRgb(role));
    }

    void paint(Shape.Wave wave) {
        if (!window.crosses(wave.x1(), wave.y1(), wave.x2(), wave.y2())) {
            return;
        }
        boolean witness = wave.role() == Role.WITNESS;
        // A witness step and the selected message are painted whole, however crowded the window.
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
            // Cut to the window first: the renderer's cost follows the length it is given, not what shows.
            double[] f = window.clip(x1, y1, x2, y2);
            if (f != null) {
                double dx = x2 - x1;
                double dy = y2 - y1;
                batchLine(wave.role(), wave.dashed(), x1 + dx * f[0], y1 + dy * f[0], x1 + dx * f[1], y1 + dy * f[1]);
            }
            return;
        }
        Pen.use(gc, wave.role(), wave.dashed(), k);
        gc.setFill(Theme.colour(wave.role()));
        if (length < LevelOfDetail.SHORTEST_WAVE) {
            gc.strokeLine(x1, y1, x2, y2);
        } else {
            polyline(length > LevelOfDetail.CLIP_ABOVE ? clippedWave(x1, y1, x2, y2)
                    : WavePath.points(x1, y1, x2, y2, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH));
        }
        if (!witness && length > LevelOfDetail.SHORTEST_ARROW) {
            arrowhead(x1, y1, x2, y2);
        }
    }

    /** Strokes the crowded messages gathered so far; call before painting anything that is not a message. */
    void flush() {
        if (batchRole != null) {
            gc.stroke();
            batchRole = null;
        }
    }

    /** Crowded messages go into one path per colour, stroked once: far cheaper than a stroke each. */
    private void batchLine(Role role, boolean dashed, double x1, double y1, double x2, double y2) {
        if (batchRole != role || batchDashed != dashed) {
            flush();
            Pen.use(gc, role, dashed, k);
            // Hundreds of messages at once are traffic, not arrows: drawn faint, they shade the picture
            // by how busy it is and leave the events and a selection's colours readable over them. A
            // pale opaque colour rather than a see-through one: the software renderer blends far slower.
            gc.setStroke(crowded(role));
            gc.beginPath();
            batchRole = role;
            batchDashed = dashed;
        }
        gc.moveTo(x1, y1);
        gc.lineTo(x2, y2);
    }

    private void polyline(double[] pts) {
        if (pts.length >= 4) {
            gc.beginPath();
            gc.moveTo(pts[0], pts[1]);
            for (int i = 2; i < pts.length; i += 2) {
                gc.lineTo(pts[i], pts[i + 1]);
            }
            gc.stroke();
        }
    }

    /** The part of a very long wave (zoomed far in) that crosses the window; empty when it misses it. */
    private double[] clippedWave(double x1, double y1, double x2, double y2) {
        double[] f = window.clip(x1, y1, x2, y2);
        return f == null ? new double[0]
                : WavePath.pointsWithin(x1, y1, x2, y2, f[0], f[1], PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
    }

    /** A filled arrowhead whose tip stops at the rim of the receive event's dot. */
    private void arrowhead(double x1, double y1, double x2, double y2) {
        if (!window.holdsPixel(x2, y2)) {
            return;
        }
        double[] a = PixelShapes.arrowhead(x1, y1, x2, y2, k);
        gc.fillPolygon(new double[] {a[0], a[2], a[4]}, new double[] {a[1], a[3], a[5]}, 3);
    }
}
