package dev.spacetime.lod;

import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.WavePath;

/**
 * Decides how each message of a frame is painted: a wavy line with an arrowhead at the receive, a
 * straight line when too short for a wave, or, when hundreds are on screen, a faint straight line
 * gathered with the others of its colour into one path. A witness chain's steps are always painted,
 * and without a head; the selected message always, as a wave with its head.
 */
final class FrameMessages {
    private final PixelTarget target;
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
    FrameMessages(PixelTarget target, ScreenWindow window, MessageThinning thinning, boolean straight, double k) {
        this.target = target;
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
        if (length < LevelOfDetail.SHORTEST_WAVE) {
            target.strokeLine(wave.role(), wave.dashed(), k, x1, y1, x2, y2);
        } else {
            double[] points = length > LevelOfDetail.CLIP_ABOVE ? clippedWave(x1, y1, x2, y2)
                    : WavePath.points(x1, y1, x2, y2, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
            if (points.length >= 4) {
                target.strokePolyline(wave.role(), wave.dashed(), k, points);
            }
        }
        // The head's tip stops at the rim of the receive event's dot.
        if (!witness && length > LevelOfDetail.SHORTEST_ARROW && window.holdsPixel(x2, y2)) {
            target.fillArrowhead(wave.role(), PixelShapes.arrowhead(x1, y1, x2, y2, k));
        }
    }

    /** Strokes the crowded messages gathered so far; call before painting anything that is not a message. */
    void flush() {
        if (batchRole != null) {
            target.endCrowded();
            batchRole = null;
        }
    }

    /**
     * Crowded messages go into one path per colour, stroked once: far cheaper than a stroke each.
     * Hundreds of messages at once are traffic, not arrows: drawn faint, they shade the picture by how
     * busy it is and leave the events and a selection's colours readable over them.
     */
    private void batchLine(Role role, boolean dashed, double x1, double y1, double x2, double y2) {
        if (batchRole != role || batchDashed != dashed) {
            flush();
            target.beginCrowded(role, dashed, k);
            batchRole = role;
            batchDashed = dashed;
        }
        target.crowdedSegment(x1, y1, x2, y2);
    }

    /** The part of a very long wave (zoomed far in) that crosses the window; empty when it misses it. */
    private double[] clippedWave(double x1, double y1, double x2, double y2) {
        double[] f = window.clip(x1, y1, x2, y2);
        return f == null ? new double[0]
                : WavePath.pointsWithin(x1, y1, x2, y2, f[0], f[1], PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
    }
}
