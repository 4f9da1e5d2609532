package dev.spacetime.fxpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints texts where the label placement put them, on a see-through ground (screen) or inside a rim
 * of background (export), so a label near a message stays readable. Texts the placement left out
 * are not painted; on screen at most a budget of them a frame.
 */
final class TextPainter {
    /** The see-through ground under a label on screen. */
    private static final Color HALO_GROUND = Theme.BACKGROUND.deriveColor(0, 1, 1, 0.75);
    /** How wide the rim of background round a text is, in pixels. */
    private static final double HALO_WIDTH = 3;

    private final GraphicsContext gc;
    private final ScreenWindow window;
    private final Placements placements;
    private final Halo halo;
    private final Consumer<PaintedText> painted;
    private final boolean dense;
    private int left;

    /** How a text is kept readable over lines: no rim, a see-through ground (screen), a rim round the letters (export). */
    enum Halo {
        NONE, GROUND, RIM
    }

    /** A text as painted: what it reads, its anchor point in pixels, how it lines up there and its size. */
    record PaintedText(String text, double x, double y, LabelSpot.Align align, double size, Role role) {
    }

    /**
     * @param budget  texts painted at most (a frame on screen), or Integer.MAX_VALUE
     * @param dense   whether the dots are crowded: event and message labels are then left out
     * @param painted told of each text painted, for tests that compare painters; may be null
     */
    TextPainter(GraphicsContext gc, ScreenWindow window, Placements placements, Halo halo, int budget, boolean dense,
            Consumer<PaintedText> painted) {
        this.dense = dense;
        this.gc = gc;
        this.window = window;
        this.placements = placements;
        this.halo = halo;
        this.left = budget;
        this.painted = painted;
    }

    void paint(Shape.Text text) {
        LabelSpot spot = placements.spot(text);
        if (spot == null || left <= 0 || (dense && !text.role().processName() && text.role() != Role.REGISTER)) {
            return;
        }
        Viewport view = window.view();
        double[] box = spot.box(view.toPixelX(text.x()), view.toPixelY(text.y()));
        if (box[2] < 0 || box[0] > window.width() || box[3] < 0 || box[1] > window.height()) {
            return;
        }
        left--;
        double x = view.toPixelX(text.x()) + spot.dx();
        double y = view.toPixelY(text.y()) + spot.dy();
        gc.setFont(Theme.font(text.role(), spot.size()));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(switch (spot.align()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        boolean sub = Subscripts.typeset(text.role()) && Subscripts.has(spot.text());
        if (halo == Halo.GROUND) {
            // Stroking the letters' outlines would read better, but costs the software renderer a fifth
            // of a millisecond a label.
            gc.setFill(HALO_GROUND);
            gc.fillRect(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]);
        } else if (halo == Halo.RIM) {
            // A rim of background round the letters keeps them readable and leaves the lines showing around them.
            gc.setStroke(Theme.BACKGROUND);
            gc.setLineWidth(HALO_WIDTH * spot.size() / Style.fontSize(Role.EVENT_LABEL));
            gc.setLineDashes();
            gc.setLineJoin(StrokeLineJoin.ROUND); // mitred corners would spike out of the letters
            if (sub) {
                SubscriptText.draw(gc, spot.text(), x, y, spot.align(), spot.size(), text.role(), true);
            } else {
                gc.strokeText(spot.text(), x, y);
            }
            gc.setLineJoin(StrokeLineJoin.MITER);
        }
        gc.setFill(Theme.colour(text.role()));
        if (sub) {
            SubscriptText.draw(gc, spot.text(), x, y, spot.align(), spot.size(), text.role(), false);
        } else {
            gc.fillText(spot.text(), x, y);
        }
        if (painted != null) {
            painted.accept(new PaintedText(spot.text(), x, y, spot.align(), spot.size(), text.role()));
        }
    }
}
