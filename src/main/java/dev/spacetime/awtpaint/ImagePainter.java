package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.FramePlan;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.MessageThinning;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a drawing into a Java2D image through a viewport, shape by shape in the drawing's order, as
 * the screen's canvas painter does: texts where the label placement put them, texts, lines and dots
 * at its text scale, and (for a window picture) with the screen's level of detail.
 */
final class ImagePainter {
    private final Graphics2D g;
    private final Viewport view;
    private final boolean levelOfDetail;

    /** @param levelOfDetail true for a window picture, painted as the screen paints a window */
    ImagePainter(Graphics2D g, Viewport view, boolean levelOfDetail) {
        this.g = g;
        this.view = view;
        this.levelOfDetail = levelOfDetail;
    }

    /**
     * @param frames     the drawing's frame index (a window picture), or null to paint every shape
     * @param background false for a transparent picture
     */
    void paint(Drawing drawing, FrameShapes frames, Placements placements, double w, double h, boolean background) {
        ScreenWindow window = new ScreenWindow(view, w, h);
        FramePlan plan = FramePlan.of(drawing, frames, null, window, levelOfDetail);
        double k = placements.textScale();
        ImageTexts.Halo halo = plan.denseDots() || !background ? ImageTexts.Halo.NONE
                : levelOfDetail ? ImageTexts.Halo.GROUND : ImageTexts.Halo.RIM;
        ImageLines lines = new ImageLines(g, window, k);
        ImageMessages messages = new ImageMessages(g, window,
                new MessageThinning(levelOfDetail, plan.messagesVisible()), plan.straight(), k);
        ImageDots dots = new ImageDots(g, window, levelOfDetail, plan.denseDots(), k);
        ImageTexts texts = new ImageTexts(g, window, placements, halo, plan.denseDots());
        if (background) {
            g.setColor(ImageTheme.BACKGROUND);
            g.fill(new Rectangle2D.Double(0, 0, w, h));
        }
        for (Shape shape : plan.shapes()) {
            if (shape instanceof Shape.Wave wave) {
                messages.paint(wave);
                continue;
            }
            messages.flush();
            if (shape instanceof Shape.Line line) {
                lines.paint(line);
            } else if (shape instanceof Shape.Dot dot) {
                dots.paint(dot);
            } else if (shape instanceof Shape.Ring ring) {
                dots.paint(ring);
            } else if (shape instanceof Shape.Text text) {
                texts.paint(text);
            }
        }
        messages.flush();
    }
}
