package dev.spacetime.awtpaint;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.export.MarginLayout;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;

/** Paints a picture's title, key and caption into an image, where {@link MarginLayout} put them, as every painter does. */
final class ImageMargins {
    private ImageMargins() {
    }

    static void paint(Graphics2D g, List<MarginLayout.Item> items) {
        for (MarginLayout.Item item : items) {
            if (item instanceof MarginLayout.Words w) {
                ImageWords.draw(g, w.text(), w.x(), w.y(), LabelSpot.Align.START, w.size(), w.role(), w.typeset(), null);
            } else {
                sample(g, (MarginLayout.Sample) item);
            }
        }
    }

    private static void sample(Graphics2D g, MarginLayout.Sample m) {
        double r = m.size() * 0.4;
        double cx = m.x() + m.width() / 2;
        g.setColor(ImageTheme.colour(m.role()));
        switch (m.swatch()) {
            case DOT -> g.fill(new Ellipse2D.Double(cx - r, m.y() - r, 2 * r, 2 * r));
            case RING -> {
                g.setStroke(ImageTheme.stroke(2, null));
                g.draw(new Ellipse2D.Double(cx - r, m.y() - r, 2 * r, 2 * r));
            }
            case TEXT -> ImageWords.draw(g, "C_i", cx, m.y(), LabelSpot.Align.MIDDLE, m.size(), m.role(), true, null);
            default -> {
                g.setStroke(ImageTheme.stroke(Math.min(4, Style.lineWidth(m.role()) + 1),
                        m.swatch() == PictureKey.Swatch.DASHED ? Style.dashes(m.role()) : null));
                if (m.swatch() == PictureKey.Swatch.WAVE) {
                    double[] pts = WavePath.points(m.x(), m.y(), m.x() + m.width(), m.y(), PixelShapes.AMPLITUDE,
                            PixelShapes.WAVELENGTH);
                    g.draw(ImageTheme.polyline(pts));
                } else {
                    g.draw(new Line2D.Double(m.x(), m.y(), m.x() + m.width(), m.y()));
                }
            }
        }
    }
}
