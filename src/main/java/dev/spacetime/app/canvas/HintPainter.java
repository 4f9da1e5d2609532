package dev.spacetime.app.canvas;

import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.TextMetrics;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A few lines of text in the middle of the canvas, on a pale card: how to start on an empty diagram.
 * The first line is the heading; the others say what to press or do.
 */
final class HintPainter {
    private static final double SIZE = 15;
    private static final double LINE = SIZE * 1.7;
    private static final double PAD = 18;
    private static final Color CARD = Color.rgb(240, 244, 250);
    private static final Color EDGE = Color.rgb(210, 210, 210);
    private static final Color HEADING = Color.rgb(30, 30, 30);
    private static final Color INK = Color.rgb(60, 60, 60);

    private HintPainter() {
    }

    static void paint(GraphicsContext gc, List<String> lines, double w, double h, double factor) {
        if (lines.isEmpty()) {
            return;
        }
        double size = SIZE * factor;
        double line = LINE * factor;
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            widest = Math.max(widest, TextMetrics.width(lines.get(i), size, i == 0));
        }
        double cardW = widest + 2 * PAD * factor;
        double cardH = lines.size() * line + 2 * PAD * factor - (line - size);
        double left = Math.round((w - cardW) / 2);
        double top = Math.round((h - cardH) / 2);
        gc.save();
        gc.setFill(CARD);
        gc.fillRoundRect(left, top, cardW, cardH, 12, 12);
        gc.setStroke(EDGE);
        gc.setLineWidth(1);
        gc.strokeRoundRect(left + 0.5, top + 0.5, cardW - 1, cardH - 1, 12, 12);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double y = top + PAD * factor;
        for (int i = 0; i < lines.size(); i++) {
            gc.setFont(Font.font(Style.FONT_FAMILY, i == 0 ? FontWeight.BOLD : FontWeight.NORMAL, size));
            gc.setFill(i == 0 ? HEADING : INK);
            gc.fillText(lines.get(i), left + PAD * factor, y);
            y += line;
        }
        gc.restore();
    }
}
