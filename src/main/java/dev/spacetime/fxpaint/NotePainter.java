package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Role;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** A small note in the window's bottom right corner, over the diagram: "12 labels hidden — zoom in". */
public final class NotePainter {
    private static final Color GROUND = Color.rgb(255, 255, 255, 0.85);
    private static final Color INK = Color.rgb(85, 85, 85);

    private NotePainter() {
    }

    public static void paint(GraphicsContext gc, String note, double w, double h) {
        gc.save();
        gc.setFont(Theme.font(Role.EVENT_LABEL, 12));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        double width = dev.spacetime.drawing.TextMetrics.width(note, 12, false);
        gc.setFill(GROUND);
        gc.fillRect(w - width - 14, h - 24, width + 12, 20);
        gc.setFill(INK);
        gc.fillText(note, w - 8, h - 7);
        gc.restore();
    }
}
