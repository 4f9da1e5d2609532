package dev.spacetime.fxpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.lod.FramePainter;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints a placed text on a canvas, on a see-through ground (screen) or inside a rim of background
 * (export), so a label near a message stays readable.
 */
final class TextPainter {
    /** The see-through ground under a label on screen. */
    private static final Color HALO_GROUND = Theme.BACKGROUND.deriveColor(0, 1, 1, 0.75);
    /** How wide the rim of background round a text is, in pixels. */
    private static final double HALO_WIDTH = 3;

    private final GraphicsContext gc;
    private final FramePainter.Halo halo;
    private final Consumer<PaintedText> painted;

    /** A text as painted: what it reads, its anchor point in pixels, how it lines up there and its size. */
    record PaintedText(String text, double x, double y, LabelSpot.Align align, double size, Role role) {
    }

    /** @param painted told of each text painted, for tests that compare painters; may be null */
    TextPainter(GraphicsContext gc, FramePainter.Halo halo, Consumer<PaintedText> painted) {
        this.gc = gc;
        this.halo = halo;
        this.painted = painted;
    }

    /** The text at its spot, anchored at (x, y), inside {@code box}. */
    void paint(Shape.Text text, LabelSpot spot, double x, double y, double[] box) {
        gc.setFont(Theme.font(text.role(), spot.size()));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(switch (spot.align()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        boolean sub = Subscripts.typeset(text.role()) && Subscripts.has(spot.text());
        if (halo == FramePainter.Halo.GROUND) {
            // Stroking the letters' outlines would read better, but costs the software renderer a fifth
            // of a millisecond a label.
            gc.setFill(HALO_GROUND);
            gc.fillRect(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]);
        } else if (halo == FramePainter.Halo.RIM) {
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
