package dev.spacetime.fxpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Subscripts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A text with the paper's subscripts set (C_P: a smaller P, lowered), on a canvas, which has no rich
 * text: run by run from the left, each run's width measured in its font, so the whole
 * lines up on its anchor as a plain text would.
 */
final class SubscriptText {
    private SubscriptText() {
    }

    /**
     * Fills the text, or (with {@code stroke}) strokes its outline with the pen already set, its
     * middle at y, lined up at x as {@code align} says. The fill colour is the caller's.
     */
    static void draw(GraphicsContext gc, String text, double x, double y, LabelSpot.Align align, double size, Role role,
            boolean stroke) {
        java.util.List<Subscripts.Run> runs = Subscripts.runs(text);
        double width = 0;
        for (Subscripts.Run r : runs) {
            width += advance(r.text(), Theme.font(role, r.sub() ? size * Subscripts.SIZE : size));
        }
        double left = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Subscripts.Run r : runs) {
            double runSize = r.sub() ? size * Subscripts.SIZE : size;
            double runY = r.sub() ? y + size * Subscripts.DROP : y;
            gc.setFont(Theme.font(role, runSize));
            if (stroke) {
                gc.strokeText(r.text(), left, runY);
            } else {
                gc.fillText(r.text(), left, runY);
            }
            left += advance(r.text(), Theme.font(role, runSize));
        }
    }

    /** How far the font advances over the text: measured, so a long caption's runs meet without a gap. */
    private static double advance(String text, javafx.scene.text.Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
