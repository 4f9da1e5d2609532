package dev.spacetime.export;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.LabelPlacement;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.TextScale;

/**
 * The size of an exported picture and where the drawing sits in it: at its natural size (one pixel
 * per page unit) or scaled to a chosen width, with the export margins. Line widths and text sizes stay
 * in picture pixels, as on screen. Or a window of a chosen size that the drawing is fitted into as the
 * app's Fit does: the screen's margins, and texts sized and placed at the fitted scale.
 */
public record PictureFrame(double width, double height, Frame frame, Placements placements, MarginLayout margins) {
    public PictureFrame(double width, double height, Frame frame, Placements placements) {
        this(width, height, frame, placements, MarginLayout.NONE);
    }

    /**
     * The picture's size and frame, with bands above and below the diagram for its title, key and
     * caption when the options ask for them.
     */
    public static PictureFrame of(Drawing drawing, ExportOptions options) {
        if (options.window()) {
            Frame frame = window(drawing, options);
            return new PictureFrame(options.width(), options.height(), frame,
                    LabelPlacement.placeForWindow(drawing, frame.scale(), TextScale.of(frame.scale(), options.textFactor())),
                    bands(options, options.width()));
        }
        PictureFrame plain = unbanded(drawing, options);
        MarginLayout bands = bands(options, plain.width());
        if (bands == MarginLayout.NONE) {
            return plain;
        }
        // The diagram and its labels keep their places; the picture grows by the bands above and below.
        Frame f = plain.frame();
        return new PictureFrame(plain.width(), plain.height() + bands.top() + bands.bottom(),
                new Frame(f.scale(), f.dx(), f.dy() + bands.top()), plain.placements(), bands);
    }

    /** Every margin item, placed in this picture. */
    public java.util.List<MarginLayout.Item> marginItems() {
        return margins.items(height);
    }

    private static MarginLayout bands(ExportOptions options, double width) {
        return MarginLayout.of(options.text(), width, options.textFactor());
    }

    private static PictureFrame unbanded(Drawing drawing, ExportOptions options) {
        double[] b = drawing.bounds();
        double drawingWidth = Math.max(1, b[2] - b[0]);
        if (options.width() <= 0) {
            Placements placed = LabelPlacement.place(drawing, 1, TextScale.of(1, options.textFactor()));
            double[] margins = margins(drawing, placed, 1);
            double[] natural = Frame.naturalSize(b, 1, margins);
            // Exactly a pixel per page unit, as the labels were placed for (the size is rounded up to whole pixels).
            return new PictureFrame(natural[0], natural[1], new Frame(1, margins[3] - b[0], margins[0] - b[1]), placed);
        }
        double w = options.width();
        // Where labels go, and so the room they need, follows the scale, which follows the room left for
        // the drawing: a few rounds settle it. Texts never take more than half the width.
        double[] margins = Frame.EXPORT_MARGINS.clone();
        double pageScale = Math.max(1e-6, (w - margins[1] - margins[3]) / drawingWidth);
        Placements placed = null;
        for (int round = 0; round < 3; round++) {
            placed = LabelPlacement.place(drawing, pageScale, TextScale.of(pageScale, options.textFactor()));
            margins = capped(margins(drawing, placed, pageScale), w);
            pageScale = Math.max(1e-6, (w - margins[1] - margins[3]) / drawingWidth);
        }
        if (placed.scale() != pageScale) {
            placed = LabelPlacement.place(drawing, pageScale, TextScale.of(pageScale, options.textFactor()));
        }
        // The height follows the width so the page keeps its proportions.
        double h = Math.ceil((b[3] - b[1]) * pageScale + margins[0] + margins[2]);
        return new PictureFrame(w, h, Frame.fit(b, w, h, margins), placed);
    }

    /** Where the drawing sits in a window picture: as the app fits it to a window of that size. */
    public static Frame window(Drawing drawing, ExportOptions options) {
        MarginLayout bands = bands(options, options.width());
        double[] margins = Frame.MARGINS.clone();
        margins[0] += bands.top();
        margins[2] += bands.bottom();
        return options.whole() ? Frame.fit(drawing.bounds(), options.width(), options.height(), margins)
                : Frame.fitLegibly(drawing, options.width(), options.height(), margins);
    }

    /**
     * For page bounds whose natural picture (one pixel a page unit, with the export margins) is larger
     * than {@code most} pixels on a side: the window, that size scaled down to {@code most} on its longer
     * side, {width, height}, the shorter side at least two fifths of that; else null.
     */
    public static int[] shrunkWindow(double[] bounds, int most) {
        double[] natural = Frame.naturalSize(bounds, 1, Frame.EXPORT_MARGINS);
        double longer = Math.max(natural[0], natural[1]);
        if (longer <= most) {
            return null;
        }
        // An overview is spaced to fill its window: no thinner than 2 : 5, so a long run is not a sliver.
        double k = most / longer;
        int least = (int) Math.round(most * 0.4);
        return new int[] {Math.max(least, side(natural[0] * k, most)), Math.max(least, side(natural[1] * k, most))};
    }

    private static int side(double pixels, int most) {
        return (int) Math.max(ExportOptions.LEAST_SIDE, Math.min(most, Math.round(pixels)));
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
     * The export margins, widened where a placed text would otherwise run off the picture: a label
     * beside an event on the last process, a clock register past the lines' ends, a name under the
     * first line. {@code scale} is picture pixels per page unit.
     */
    private static double[] margins(Drawing drawing, Placements placed, double scale) {
        double[] m = Frame.EXPORT_MARGINS.clone();
        double[] b = drawing.bounds();
        double drawingWidth = (b[2] - b[0]) * scale;
        double drawingHeight = (b[3] - b[1]) * scale;
        double pad = 6; // a rim round the letters and a little air
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Text t) {
                LabelSpot spot = placed.spot(t);
                if (spot == null) {
                    continue;
                }
                double[] box = spot.box((t.x() - b[0]) * scale, (t.y() - b[1]) * scale);
                m[3] = Math.max(m[3], -box[0] + pad);
                m[0] = Math.max(m[0], -box[1] + pad);
                m[1] = Math.max(m[1], box[2] - drawingWidth + pad);
                m[2] = Math.max(m[2], box[3] - drawingHeight + pad);
            }
        }
        return m;
    }
}
