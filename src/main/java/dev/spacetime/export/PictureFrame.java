package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;

/**
 * The size of an exported picture and where the drawing sits in it: at its natural size (one pixel
 * per page unit) or scaled to a chosen width, with the export margins. Line widths and text sizes stay
 * in picture pixels, as on screen.
 */
public record PictureFrame(double width, double height, Frame frame) {
    public static PictureFrame of(Drawing drawing, ExportOptions options) {
        double[] b = drawing.bounds();
        double drawingWidth = Math.max(1, b[2] - b[0]);
        if (options.width() <= 0) {
            double[] margins = margins(drawing, 1);
            double[] natural = Frame.naturalSize(b, 1, margins);
            return new PictureFrame(natural[0], natural[1], Frame.fit(b, natural[0], natural[1], margins));
        }
        double w = options.width();
        // Texts keep their size when the drawing is scaled, so the room they need grows as the drawing
        // shrinks: a few rounds settle it. Texts never take more than half the width; a label still too
        // long is cut short when painted.
        double[] margins = Frame.EXPORT_MARGINS.clone();
        double pageScale = 1;
        for (int round = 0; round < 4; round++) {
            margins = capped(margins(drawing, pageScale), w);
            pageScale = Math.max(1e-6, (w - margins[1] - margins[3]) / drawingWidth);
        }
        // The height follows the width so the page keeps its proportions.
        double h = Math.ceil((b[3] - b[1]) * pageScale + margins[0] + margins[2]);
        return new PictureFrame(w, h, Frame.fit(b, w, h, margins));
    }

    /** Left and right margins cut back, past the plain export margins, to at most half the width together. */
    private static double[] capped(double[] margins, double width) {
        double[] plain = Frame.EXPORT_MARGINS;
        double extra = margins[1] - plain[1] + margins[3] - plain[3];
        double room = Math.max(0, width / 2 - plain[1] - plain[3]);
        if (extra <= room) {
            return margins;
        }
        double keep = room / extra;
        double[] out = margins.clone();
        out[1] = plain[1] + (margins[1] - plain[1]) * keep;
        out[3] = plain[3] + (margins[3] - plain[3]) * keep;
        return out;
    }

    /**
     * The export margins, widened where a text would otherwise run off the picture: a label beside an
     * event on the last process, a clock register past the lines' ends, a name under the first line.
     * {@code scale} is picture pixels per page unit; texts keep their size whatever it is.
     */
    private static double[] margins(Drawing drawing, double scale) {
        double[] m = Frame.EXPORT_MARGINS.clone();
        double[] b = drawing.bounds();
        double drawingWidth = (b[2] - b[0]) * scale;
        double drawingHeight = (b[3] - b[1]) * scale;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t) {
                double size = Style.fontSize(t.role());
                double w = t.text().length() * size * 0.62 + 8;
                double x = (t.x() - b[0]) * scale;
                double y = (t.y() - b[1]) * scale;
                double gap = PixelShapes.GAP;
                double[] box = switch (t.anchor()) {
                    case LEFT -> new double[] {x + gap, y - size / 2, x + gap + w, y + size / 2};
                    case RIGHT -> new double[] {x - gap - w, y - size / 2, x - gap, y + size / 2};
                    case CENTER -> new double[] {x - w / 2, y - size / 2, x + w / 2, y + size / 2};
                    case BELOW -> new double[] {x - w / 2, y + gap, x + w / 2, y + gap + size};
                    case ABOVE -> new double[] {x - w / 2, y - gap - size, x + w / 2, y - gap};
                };
                m[3] = Math.max(m[3], -box[0]);
                m[0] = Math.max(m[0], -box[1]);
                m[1] = Math.max(m[1], box[2] - drawingWidth);
                m[2] = Math.max(m[2], box[3] - drawingHeight);
            }
        }
        return m;
    }
}
