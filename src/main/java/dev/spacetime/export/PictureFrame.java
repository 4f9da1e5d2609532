package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.Role;
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
        double[] margins = margins(drawing);
        double[] natural = Frame.naturalSize(b, 1, margins);
        double w = options.width() > 0 ? options.width() : natural[0];
        // The height follows the width so the page keeps its proportions.
        double pageScale = (w - margins[1] - margins[3]) / Math.max(1, b[2] - b[0]);
        double h = options.width() > 0
                ? Math.ceil((b[3] - b[1]) * Math.max(pageScale, 1e-6) + margins[0] + margins[2])
                : natural[1];
        return new PictureFrame(w, h, Frame.fit(b, w, h, margins));
    }

    /** The export margins, widened on the right for clock registers written past the lines' ends. */
    private static double[] margins(Drawing drawing) {
        double[] m = Frame.EXPORT_MARGINS.clone();
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t && t.role() == Role.REGISTER) {
                double width = t.text().length() * Style.fontSize(t.role()) * 0.62 + PixelShapes.GAP + 8;
                m[1] = Math.max(m[1], t.anchor() == Shape.Anchor.LEFT ? width : width / 2);
            }
        }
        return m;
    }
}
