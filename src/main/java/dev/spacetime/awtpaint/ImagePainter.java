package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Placements;
import dev.spacetime.lod.FramePainter;
import dev.spacetime.lod.FramePlan;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import java.awt.Graphics2D;

/**
 * Paints a drawing into a Java2D image through a viewport: {@link FramePainter} decides what shows and
 * how, as it does for the screen's canvas, and this carries it out in the image.
 */
final class ImagePainter {
    private final Graphics2D g;
    private final FramePainter frame;

    /** @param levelOfDetail true for a window picture, painted as the screen paints a window, every label included */
    ImagePainter(Graphics2D g, Viewport view, boolean levelOfDetail) {
        this.g = g;
        this.frame = new FramePainter(view, levelOfDetail).everyLabel();
    }

    /**
     * @param frames     the drawing's frame index (a window picture), or null to paint every shape
     * @param background false for a transparent picture
     */
    void paint(Drawing drawing, FrameShapes frames, Placements placements, double w, double h, boolean background) {
        FramePlan plan = frame.plan(drawing, frames, null, w, h);
        ImageTexts texts = new ImageTexts(g, frame.halo(plan, background));
        frame.paint(plan, placements, w, h, background, new ImageTarget(g, texts));
    }
}
