package dev.spacetime.fxpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.export.MarginLayout;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints a picture's title, key and caption in its margins, where {@link MarginLayout} put them, as SVG and TikZ do. */
final class MarginPainter {
    private MarginPainter() {
    }

    static void paint(GraphicsContext gc, List<MarginLayout.Item> items) {
        gc.save();
        gc.setLineDashes();
        for (MarginLayout.Item item : items) {
            if (item instanceof MarginLayout.Words w) {
                gc.setFill(Theme.colour(w.role()));
                if (w.typeset()) {
                    SubscriptText.draw(gc, w.text(), w.x(), w.y(), LabelSpot.Align.START, w.size(), w.role(), false);
                } else {
                    gc.setFont(Theme.font(w.role(), w.size()));
                    gc.setTextAlign(TextAlignment.LEFT);
                    gc.setTextBaseline(VPos.CENTER);
                    gc.fillText(w.text(), w.x(), w.y());
                }
            } else {
                sample(gc, (MarginLayout.Sample) item);
            }
        }
        gc.restore();
    }

    private static void sample(GraphicsContext gc, MarginLayout.Sample m) {
        double r = m.size() * 0.4;
        double cx = m.x() + m.width() / 2;
        gc.setFill(Theme.colour(m.role()));
        gc.setStroke(Theme.colour(m.role()));
        switch (m.swatch()) {
            case DOT -> gc.fillOval(cx - r, m.y() - r, 2 * r, 2 * r);
            case RING -> {
                gc.setLineWidth(2);
                gc.strokeOval(cx - r, m.y() - r, 2 * r, 2 * r);
            }
            case TEXT -> SubscriptText.draw(gc, "C_i", cx, m.y(), LabelSpot.Align.MIDDLE, m.size(), m.role(), false);
            default -> {
                gc.setLineWidth(Math.min(4, Style.lineWidth(m.role()) + 1));
                if (m.swatch() == PictureKey.Swatch.DASHED) {
                    gc.setLineDashes(Style.dashes(m.role()));
                }
                if (m.swatch() == PictureKey.Swatch.WAVE) {
                    double[] pts = WavePath.points(m.x(), m.y(), m.x() + m.width(), m.y(), PixelShapes.AMPLITUDE,
                            PixelShapes.WAVELENGTH);
                    gc.beginPath();
                    gc.moveTo(pts[0], pts[1]);
                    for (int i = 2; i < pts.length; i += 2) {
                        gc.lineTo(pts[i], pts[i + 1]);
                    }
                    gc.stroke();
                } else {
                    gc.strokeLine(m.x(), m.y(), m.x() + m.width(), m.y());
                }
                gc.setLineDashes();
            }
        }
    }
}
