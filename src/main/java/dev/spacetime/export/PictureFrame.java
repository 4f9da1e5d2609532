package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;

/**
 * The size of an exported picture and where the drawing sits in it: at its natural size (one pixel
 * per page unit) or scaled to a chosen width, with the export margins. Line widths and text sizes stay
 * in picture pixels, as on screen.
 */
public record PictureFrame(double width, double height, Frame frame) {
    public static PictureFrame of(Drawing drawing, ExportOptions options) {
        double[] b = drawing.bounds();
        double[] natural = Frame.naturalSize(b, 1, Frame.EXPORT_MARGINS);
        double w = options.width() > 0 ? options.width() : natural[0];
        // The height follows the width so the page keeps its proportions.
        double pageScale = (w - Frame.EXPORT_MARGINS[1] - Frame.EXPORT_MARGINS[3]) / Math.max(1, b[2] - b[0]);
        double h = options.width() > 0
                ? Math.ceil((b[3] - b[1]) * Math.max(pageScale, 1e-6) + Frame.EXPORT_MARGINS[0] + Frame.EXPORT_MARGINS[2])
                : natural[1];
        return new PictureFrame(w, h, Frame.fit(b, w, h, Frame.EXPORT_MARGINS));
    }
}
