package dev.spacetime.app;

import static dev.spacetime.testing.Pixels.close;
import static dev.spacetime.testing.Pixels.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on Figure 1, headless, and reads back the pixels it painted. */
class SpacetimeAppTest {
    private SpacetimeApp app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = AppWindow.start();
    }

    @AfterEach
    void stop() throws Exception {
        AppWindow.stop(app);
    }

    @Test
    void opensFigure1AndPaintsEveryEventAndLineWhereTheLayoutPutsThem() throws Exception {
        assertEquals("Lamport 1978, Figure 1 — Spacetime", WaitForAsyncUtils.asyncFx(stage::getTitle).get());
        DiagramLayout layout = app.layout();
        assertNotNull(layout);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> app.canvas().canvas().snapshot(null, null)).get();
        PixelReader pixels = image.getPixelReader();
        Color eventBlue = Theme.colour(dev.spacetime.drawing.Role.EVENT);
        for (int e = 0; e < layout.analysis().eventCount(); e++) {
            double[] at = app.canvas().toPixels(layout.eventX(e), layout.eventY(e));
            Color c = pixels.getColor((int) Math.round(at[0]), (int) Math.round(at[1]));
            assertTrue(close(c, eventBlue), "event " + layout.analysis().id(e) + " is a black dot, found " + c);
        }
        // Halfway between p1 and p2, the process line of P is black.
        int p1 = layout.analysis().indexOf("p1");
        double[] mid = app.canvas().toPixels(layout.eventX(p1), (layout.eventY(p1) + layout.eventY(p1 + 1)) / 2);
        double darkest = 1;
        for (int dx = -1; dx <= 1; dx++) { // the 2.5 px line may straddle pixels
            darkest = Math.min(darkest, pixels.getColor((int) Math.round(mid[0]) + dx, (int) Math.round(mid[1])).getBrightness());
        }
        assertTrue(darkest < 0.25, "the process line of P is drawn in black, darkest pixel " + darkest);
        // The top-left corner is background, and text was drawn (dark grey label pixels exist).
        assertEquals(Color.WHITE, pixels.getColor(2, 2));
        assertTrue(count(image, Color.rgb(51, 51, 51)) > 200, "event labels were drawn");
        assertTrue(count(image, Theme.colour(dev.spacetime.drawing.Role.MESSAGE)) > 300, "messages were drawn");
    }

    @Test
    void shortcutsSwitchToLogicalTimeAndToTimeGoingRight() throws Exception {
        FxRobot robot = new FxRobot();
        robot.clickOn("#diagram-canvas");
        robot.push(KeyCode.SHORTCUT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramLayout layout = app.layout();
        assertEquals(TimeMode.LOGICAL, layout.timeMode());
        int q6 = layout.analysis().indexOf("q6");
        int r4 = layout.analysis().indexOf("r4");
        // Physical times 50 and 60, but C = 6 on both: in logical time they share a tick line (Figure 3).
        assertEquals(layout.eventY(q6), layout.eventY(r4));
        robot.push(KeyCode.SHORTCUT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Orientation.TIME_RIGHT, app.layout().orientation());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> app.canvas().canvas().snapshot(null, null)).get();
        double[] at = app.canvas().toPixels(app.layout().eventX(q6), app.layout().eventY(q6));
        assertTrue(close(image.getPixelReader().getColor((int) Math.round(at[0]), (int) Math.round(at[1])),
                Theme.colour(dev.spacetime.drawing.Role.EVENT)), "q6 repainted where the new layout puts it");
    }

    @Test
    void aFileThatFailsToLoadLeavesTheDiagramOnScreen() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("broken", ".json");
        java.nio.file.Files.writeString(bad, "{ \"format\": \"spacetime\", ");
        DiagramLayout before = app.layout();
        WaitForAsyncUtils.asyncFx(() -> app.open(bad)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, app.layout(), "nothing was replaced");
        assertEquals("Lamport 1978, Figure 1 — Spacetime", WaitForAsyncUtils.asyncFx(stage::getTitle).get());
        assertEquals(2, WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().size()).get(),
                "an error dialog opened beside the main window");
        java.nio.file.Files.delete(bad);
    }
}
