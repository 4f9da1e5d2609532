package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.LabelRoom;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints texts where the label room puts them, perhaps cut short, on a see-through ground (screen) or
 * inside a rim of background (export), so a label over a message stays readable.
 */
final class TextPainter {
    /** The see-through ground under a label on screen. */
    private static final Color HALO_GROUND = Theme.BACKGROUND.deriveColor(0, 1, 1, 0.75);
    /** How wide the rim of background round a text is, in pixels. */
    private static final double HALO_WIDTH = 3;

    private final GraphicsContext gc;
    private final LabelRoom labels;
    private final boolean dense;
    private final Halo halo;

    /** How a text is kept readable over lines: no rim, a see-through ground (screen), a rim round the letters (export). */
    enum Halo {
        NONE, GROUND, RIM
    }

    /** @param dense whether the dots are crowded: event labels are then left out, as none would fit */
    TextPainter(GraphicsContext gc, LabelRoom labels, boolean dense, Halo halo) {
        this.gc = gc;
        this.labels = labels;
        this.dense = dense;
        this.halo = halo;
    }

    void paint(Shape.Text text) {
        if (dense && text.role() == Role.EVENT_LABEL) {
            return;
        }
        LabelRoom.Placed placed = labels.place(text);
        if (placed == null) {
            return;
        }
        double[] box = placed.box();
        gc.setFont(Theme.font(text.role()));
        gc.setTextBaseline(VPos.CENTER);
        // The box is an estimate for overlap tests; the alignment puts the real text where the anchor says.
        double y = (box[1] + box[3]) / 2;
        double x = switch (text.anchor()) {
            case LEFT -> box[0];
            case RIGHT -> box[2];
            default -> (box[0] + box[2]) / 2;
        };
        gc.setTextAlign(switch (text.anchor()) {
            case LEFT -> TextAlignment.LEFT;
            case RIGHT -> TextAlignment.RIGHT;
            default -> TextAlignment.CENTER;
        });
        if (halo == Halo.GROUND) {
            // Stroking the letters' outlines would read better, but costs the software renderer a fifth
            // of a millisecond a label.
            gc.setFill(HALO_GROUND);
            gc.fillRect(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]);
        } else if (halo == Halo.RIM) {
            // Events at one height joined by a message put the message under the labels: a rim of
            // background round the letters keeps them readable and leaves the lines showing around them.
            gc.setStroke(Theme.BACKGROUND);
            gc.setLineWidth(HALO_WIDTH);
            gc.setLineDashes();
            gc.setLineJoin(StrokeLineJoin.ROUND); // mitred corners would spike out of the letters
            gc.strokeText(placed.text(), x, y);
            gc.setLineJoin(StrokeLineJoin.MITER);
        }
        gc.setFill(Theme.colour(text.role()));
        gc.fillText(placed.text(), x, y);
    }
}
