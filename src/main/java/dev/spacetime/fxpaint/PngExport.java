package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.Placements;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.MarginLayout;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import dev.spacetime.lod.WindowLabels;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * A PNG of a drawing: the screen's painter on an off-screen canvas, snapshot at 1×–8× so slides stay
 * crisp (everything scaled alike, as if the 1× picture were magnified), on white or transparent. A
 * window picture is painted as the screen paints a window, with level of detail.
 * Runs on the JavaFX thread.
 */
public final class PngExport {
    private PngExport() {
    }

    static BufferedImage render(Drawing drawing, ExportOptions options) {
        return toBuffered(snapshot(drawing, options));
    }

    /** The picture as a JavaFX image (for the clipboard and the export preview). */
    public static WritableImage snapshot(Drawing drawing, ExportOptions options) {
        Canvas canvas = options.window() ? window(drawing, options) : paint(drawing, options, null);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(options.transparent() ? Color.TRANSPARENT : Theme.BACKGROUND);
        return canvas.snapshot(params, null);
    }

    /** The picture painted on a canvas; {@code painted} (or null) is told of every text, for tests that compare painters. */
    static Canvas paint(Drawing drawing, ExportOptions options, Consumer<TextPainter.PaintedText> painted) {
        PictureFrame picture = PictureFrame.of(drawing, options);
        int s = options.scale();
        Canvas canvas = new Canvas(picture.width() * s, picture.height() * s);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(s, s);
        Viewport view = new Viewport();
        view.show(picture.frame());
        new CanvasPainter(gc, view, false).recordingTexts(painted).paint(drawing, picture.placements(),
                picture.width(), picture.height(), !options.transparent());
        MarginPainter.paint(gc, picture.marginItems());
        return canvas;
    }

    /**
     * A window picture painted as the screen paints the window after Fit: with level of detail, and
     * only the labels the window needs placed, so that a drawing of 100,000 events takes no longer than
     * a frame on screen.
     */
    private static Canvas window(Drawing drawing, ExportOptions options) {
        int w = options.width();
        int h = options.height();
        int s = options.scale();
        Canvas canvas = new Canvas(w * s, h * s);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(s, s);
        Viewport view = new Viewport();
        view.show(PictureFrame.window(drawing, options));
        FrameShapes frames = FrameShapes.of(drawing);
        Placements placements = WindowLabels.place(drawing, frames, view, w, h, options.textFactor());
        new CanvasPainter(gc, view).everyLabel().paint(drawing, frames, null, placements, w, h, !options.transparent());
        MarginPainter.paint(gc, MarginLayout.of(options.text(), w, options.textFactor()).items(h));
        return canvas;
    }

    static void write(Drawing drawing, ExportOptions options, Path file) throws IOException {
        BufferedImage image = render(drawing, options);
        Path target = file.toAbsolutePath();
        dev.spacetime.io.DiagramFiles.writeBytes(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** JavaFX pixels into an AWT image, by hand: javafx-swing is not among our dependencies. */
    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
