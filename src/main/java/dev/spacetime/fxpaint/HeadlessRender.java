package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.export.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** Where a picture that needs no JavaFX can still be made. */
    private static final String WITHOUT_JAVAFX = "SVG and TikZ pictures need no JavaFX (write OUT.svg or OUT.tex)";
    /** What JavaFX prints on the error stream while it starts. */
    private static final ByteArrayOutputStream STARTUP_ERRORS = new ByteArrayOutputStream();
    /** JavaFX's start, begun by the first caller; guarded by the class. */
    private static CompletableFuture<Void> startup;
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
            } catch (IOException | RuntimeException e) {
                // The render itself waits for the same start and reports what went wrong.
            }
        }, "javafx-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Waits for JavaFX to start (once per JVM, on a thread of its own), and turns a failure or a start
     * that never ends into one sentence: a platform JavaFX cannot load leaves its start waiting forever,
     * and a missing pipeline prints stack traces of its own, neither of which a user should meet.
     */
    private static void start() throws IOException {
        CompletableFuture<Void> running;
        synchronized (HeadlessRender.class) {
            if (startup == null) {
                startup = new CompletableFuture<>();
                Thread starter = new Thread(HeadlessRender::startToolkit, "javafx-start");
                starter.setDaemon(true);
                starter.start();
            }
            running = startup;
        }
        try {
            running.get(startSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("JavaFX's headless renderer did not start within " + startSeconds() + " s"
                    + said() + ", so no PNG was drawn; " + WITHOUT_JAVAFX);
        } catch (ExecutionException e) {
            throw new IOException("JavaFX's headless renderer could not start (" + e.getCause().getMessage()
                    + "), so no PNG was drawn; " + WITHOUT_JAVAFX);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while JavaFX was starting", e);
        }
    }

    /** Starts the toolkit with what it prints on the error stream kept back, to be quoted if it fails. */
    private static void startToolkit() {
        // Before anything touches JavaFX: the headless platform and the software pipeline.
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        PrintStream err = System.err;
        System.setErr(new PrintStream(STARTUP_ERRORS, true, StandardCharsets.UTF_8));
        try {
            try {
                Platform.startup(() -> { });
            } catch (IllegalStateException alreadyRunning) {
                // JavaFX was started already (inside the app or a test): use it.
            }
            Platform.setImplicitExit(false);
            startup.complete(null);
        } catch (RuntimeException | Error e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            startup.completeExceptionally(new IllegalStateException(reason(root)));
        } finally {
            System.setErr(err);
        }
    }

    /**
     * Why the start failed, in a line: the first thing JavaFX printed, which names the cause; else, for
     * a window platform that could not be loaded (it fails with a null pointer), that platform's name.
     */
    private static String reason(Throwable root) {
        String printed = STARTUP_ERRORS.toString(StandardCharsets.UTF_8).strip();
        if (!printed.isEmpty()) {
            return printed.lines().findFirst().orElse(printed).strip();
        }
        if (root instanceof NullPointerException) {
            return "its window platform \"" + System.getProperty("glass.platform") + "\" could not be loaded";
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** ": it said \"…\"" with the first line JavaFX printed while starting, or nothing. */
    private static String said() {
        String text = STARTUP_ERRORS.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : " (it said \"" + text.lines().findFirst().orElse("") + "\")";
    }

    /** How long a start may take: a loaded machine needs a few seconds; a test asks for less. */
    private static long startSeconds() {
        return Long.getLong("spacetime.javafx.start.seconds", 30);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
