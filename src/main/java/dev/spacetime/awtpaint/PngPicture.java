package dev.spacetime.awtpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Role;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.MarginLayout;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import dev.spacetime.lod.WindowLabels;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A PNG of a drawing painted with Java2D, for the command line: the same picture as the app's export
 * (its size, frame, margins, texts and level of detail) without starting JavaFX, which costs a
 * command line more than half a second. At 1×–8× so slides stay crisp, on white or transparent.
 */
public final class PngPicture {
    private PngPicture() {
    }

    /** The picture as an image. */
    public static BufferedImage render(Drawing drawing, ExportOptions options) {
        boolean window = options.window();
        PictureFrame picture = window ? null : PictureFrame.of(drawing, options);
        double w = window ? options.width() : picture.width();
        double h = window ? options.height() : picture.height();
        int s = options.scale();
        BufferedImage image = new BufferedImage((int) Math.ceil(w * s), (int) Math.ceil(h * s),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.scale(s, s);
            Viewport view = new Viewport();
            if (window) {
                // Painted as the screen paints the window after Fit: level of detail, and only the window's labels placed.
                view.show(PictureFrame.window(drawing, options));
                FrameShapes frames = FrameShapes.of(drawing);
                Placements placements = WindowLabels.place(drawing, frames, view, w, h, options.textFactor());
                new ImagePainter(g, view, true).paint(drawing, frames, placements, w, h, !options.transparent());
                ImageMargins.paint(g, MarginLayout.of(options.text(), w, options.textFactor()).items(h));
            } else {
                view.show(picture.frame());
                new ImagePainter(g, view, false).paint(drawing, null, picture.placements(), w, h,
                        !options.transparent());
                ImageMargins.paint(g, picture.marginItems());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the picture to {@code file} safely (a temporary file moved into place). */
    public static void write(Drawing drawing, ExportOptions options, Path file) throws IOException {
        BufferedImage image = render(drawing, options);
        DiagramFiles.writeBytes(file.toAbsolutePath(), out -> PngEncoder.write(image, options.transparent(), out));
    }

    /**
     * Loads the fonts and paints a scrap on another thread, so that they are ready by the time the
     * picture is: a command line calls this before it reads its file, and the two overlap.
     */
    public static void warmUp() {
        Thread warm = new Thread(() -> {
            BufferedImage scrap = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scrap.createGraphics();
            smooth(g);
            ImageWords.draw(g, "p1 C=1", 0, 8, dev.spacetime.drawing.LabelSpot.Align.START, 13, Role.EVENT_LABEL,
                    false, ImageTheme.stroke(3, null));
            ImageWords.draw(g, "P", 0, 8, dev.spacetime.drawing.LabelSpot.Align.START, 18, Role.PROCESS_NAME, false,
                    null);
            g.dispose();
        }, "picture-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** Antialiased shapes and text, and text at its true widths, which label placement measured. */
    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
