package dev.spacetime.awtpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints texts into an image where the label placement put them, inside a rim of background (a
 * picture) or on a see-through ground (a window picture, as the screen), so a label near a message
 * stays readable. Texts the placement left out are not painted.
 */
final class ImageTexts {
    /** The see-through ground under a label in a window picture, as on screen. */
    private static final Color HALO_GROUND = new Color(Style.BACKGROUND | 0xBF000000, true);
    /** How wide the rim of background round a text is, in pixels at the event labels' size. */
    private static final double HALO_WIDTH = 3;

    private final Graphics2D g;
    private final ScreenWindow window;
    private final Placements placements;
    private final Halo halo;
    private final boolean dense;

    /** How a text is kept readable over lines: no rim, a see-through ground, a rim round the letters. */
    enum Halo {
        NONE, GROUND, RIM
    }

    /** @param dense whether the dots are crowded: event and message labels are then left out */
    ImageTexts(Graphics2D g, ScreenWindow window, Placements placements, Halo halo, boolean dense) {
        this.g = g;
        this.window = window;
        this.placements = placements;
        this.halo = halo;
        this.dense = dense;
    }

    void paint(Shape.Text text) {
        LabelSpot spot = placements.spot(text);
        if (spot == null || (dense && !text.role().processName() && text.role() != Role.REGISTER)) {
            return;
        }
        Viewport view = window.view();
        double[] box = spot.box(view.toPixelX(text.x()), view.toPixelY(text.y()));
        if (box[2] < 0 || box[0] > window.width() || box[3] < 0 || box[1] > window.height()) {
            return;
        }
        double x = view.toPixelX(text.x()) + spot.dx();
        double y = view.toPixelY(text.y()) + spot.dy();
        BasicStroke rim = null;
        if (halo == Halo.GROUND) {
            g.setColor(HALO_GROUND);
            g.fill(new Rectangle2D.Double(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]));
        } else if (halo == Halo.RIM) {
            // Round corners: mitred ones would spike out of the letters.
            rim = new BasicStroke((float) (HALO_WIDTH * spot.size() / Style.fontSize(Role.EVENT_LABEL)),
                    BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND);
        }
        boolean typeset = Subscripts.typeset(text.role()) && Subscripts.has(spot.text());
        ImageWords.draw(g, spot.text(), x, y, spot.align(), spot.size(), text.role(), typeset, rim);
    }
}
