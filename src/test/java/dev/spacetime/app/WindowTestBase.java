package dev.spacetime.app;

import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.testing.FxThread;
import dev.spacetime.testing.Pixels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window, headless, on a copy of Figure 1, and drives it with the mouse and keyboard. */
abstract class WindowTestBase {
    @TempDir
    Path dir;
    SpacetimeApp app;
    Stage stage;
    Path file;
    /** The app's settings, in memory: a test's choices never reach the user's stored preferences. */
    final java.util.prefs.Preferences settings = new dev.spacetime.testing.MemoryPreferences();
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("figure1.json");
        Files.copy(Path.of("examples", "lamport-figure1.json"), file);
        stage = FxToolkit.registerPrimaryStage();
        app = AppWindow.start(settings, file.toString());
    }

    @AfterEach
    void stop() throws Exception {
        AppWindow.stop(app);
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return FxThread.call(read);
    }

    DiagramLayout layout() {
        return app.editor().layout();
    }

    /** The screen point where process p is drawn at time t. */
    Point2D screenAt(int p, double t) throws Exception {
        return fx(() -> {
            DiagramLayout l = layout();
            double[] px = app.canvas().toPixels(l.x(p, t), l.y(p, t));
            return app.canvas().canvas().localToScreen(px[0], px[1]);
        });
    }

    /** A point on process p's line just before it ends, after Figure 1's last events, whatever the window's spacing. */
    Point2D nearTheEnd(int p) throws Exception {
        return screenAt(p, fx(() -> layout().endTime()) - 2);
    }

    /** The screen point of an event's dot. */
    Point2D screenAt(String id) throws Exception {
        return fx(() -> {
            DiagramLayout l = layout();
            int e = l.analysis().indexOf(id);
            double[] px = app.canvas().toPixels(l.eventX(e), l.eventY(e));
            return app.canvas().canvas().localToScreen(px[0], px[1]);
        });
    }

    /** Opens a file as File → Open would, and waits until it is shown. */
    void open(Path file) throws Exception {
        fx(() -> {
            app.open(file);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void click(Point2D at) {
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void drag(Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void keys(KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    WritableImage snapshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> app.canvas().canvas().snapshot(null, null));
    }

    /** The colour painted at an event's dot. */
    Color colourAt(WritableImage image, String id) throws Exception {
        double[] px = fx(() -> {
            DiagramLayout l = layout();
            int e = l.analysis().indexOf(id);
            return app.canvas().toPixels(l.eventX(e), l.eventY(e));
        });
        return image.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
    }

    static boolean close(Color a, Color b) {
        return Pixels.close(a, b);
    }

    static int count(WritableImage image, Color colour) {
        return Pixels.count(image, colour);
    }
}
