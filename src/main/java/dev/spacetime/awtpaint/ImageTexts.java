package dev.spacetime.awtpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.lod.FramePainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a placed text into an image inside a rim of background (a picture) or on a see-through
 * ground (a window picture, as on screen), so a label near a message stays readable.
 */
final class ImageTexts {
    /** The see-through ground under a label in a window picture, as on screen. */
    private static final Color HALO_GROUND = new Color(Style.BACKGROUND | 0xBF000000, true);
    /** How wide the rim of background round a text is, in pixels at the event labels' size. */
    private static final double HALO_WIDTH = 3;

    private final Graphics2D g;
    private final FramePainter.Halo halo;

    ImageTexts(Graphics2D g, FramePainter.Halo halo) {
        this.g = g;
        this.halo = halo;
    }

    /** The text at its spot, anchored at (x, y), inside {@code box}. */
    void paint(Shape.Text text, LabelSpot spot, double x, double y, double[] box) {
        BasicStroke rim = null;
        if (halo == FramePainter.Halo.GROUND) {
            g.setColor(HALO_GROUND);
            g.fill(new Rectangle2D.Double(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]));
        } else if (halo == FramePainter.Halo.RIM) {
            // Round corners: mitred ones would spike out of the letters.
            rim = new BasicStroke((float) (HALO_WIDTH * spot.size() / Style.fontSize(Role.EVENT_LABEL)),
                    BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND);
        }
        boolean typeset = Subscripts.typeset(text.role()) && Subscripts.has(spot.text());
        ImageWords.draw(g, spot.text(), x, y, spot.align(), spot.size(), text.role(), typeset, rim);
    }
}
