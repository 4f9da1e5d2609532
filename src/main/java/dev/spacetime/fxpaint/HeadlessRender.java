package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import dev.spacetime.drawing.Style;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * PNG export from the command line, with no display: starts JavaFX on its headless platform
 * (Monocle, software rendering) unless it is already running, and paints on its thread. The command
 * line ends the JVM with System.exit, so the JavaFX thread left running does not keep it alive.
 */
public final class HeadlessRender {
    private static boolean started;
    /** Held so the setting sticks: JavaFX warns on stderr that it runs from the class path, which is how a fat jar runs. */
    private static final java.util.logging.Logger STARTUP_LOG = java.util.logging.Logger.getLogger("javafx");

    private HeadlessRender() {
    }

    static void png(Drawing drawing, ExportOptions options, Path file) throws IOException {
        start();
        FutureTask<Void> task = new FutureTask<>(() -> {
            PngExport.write(drawing, options, file);
            return null;
        });
        Platform.runLater(task);
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
        }
    }

    /**
     * Starts JavaFX on another thread, paints a scrap there once and looks up the PNG writer, so that
     * the toolkit, the software pipeline, the font and ImageIO are ready by the time the picture is: a
     * command line calls this before it reads the file, and the two overlap.
     */
    public static void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                start();
                Platform.runLater(() -> {
                    Canvas scrap = new Canvas(16, 16);
                    GraphicsContext gc = scrap.getGraphicsContext2D();
                    gc.setFont(Font.font(Style.FONT_FAMILY, 12));
                    gc.fillText("p1 C=1", 0, 12);
                    gc.strokeLine(0, 0, 16, 16);
                    scrap.snapshot(null, null);
                });
                ImageIO.getImageWritersByFormatName("png").hasNext();
            } catch (RuntimeException e) {
                // The render itself starts JavaFX again and reports what goes wrong.
            }
        }, "javafx-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        // Before anything touches JavaFX: the headless platform and the software pipeline.
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // JavaFX was started already (inside the app or a test): use it.
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
