package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** File → New: the empty canvas says how to start, and so does the status bar, until there is something to see. */
class GettingStartedWindowTest extends WindowTestBase {
    private static final Color CARD = Color.rgb(240, 244, 250);

    private void newDiagram() throws Exception {
        fx(() -> {
            app.files().newDiagram();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pixels darker than mid grey in the middle third of the canvas, where the hint's text goes. */
    private static int darkInMiddle(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int n = 0;
        for (int y = h / 3; y < 2 * h / 3; y++) {
            for (int x = w / 4; x < 3 * w / 4; x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.5) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels of exactly the hint card's colour, which nothing else paints. */
    private static int cardPixels(WritableImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getArgb(x, y) == 0xFFF0F4FA) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void anEmptyDiagramShowsHowToStartUntilItHasAProcess() throws Exception {
        assertEquals(0, cardPixels(snapshot()), "Figure 1 has processes: no hint on it");
        newDiagram();
        WritableImage empty = snapshot();
        assertTrue(darkInMiddle(empty) > 300, "the hint's text is painted in the middle: " + darkInMiddle(empty));
        assertTrue(cardPixels(empty) > 5000, "on its card");
        assertTrue(fx(() -> app.canvas().hint()).stream().anyMatch(l -> l.contains("Ctrl+Shift+A")),
                "it names the key that adds a process");

        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        assertEquals(1, (int) fx(() -> app.editor().document().diagram().processCount()));
        assertEquals(0, cardPixels(snapshot()), "the hint is gone once there is a process");
        assertTrue(fx(() -> app.canvas().hint()).isEmpty());

        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(cardPixels(snapshot()) > 5000, "undoing the process brings the hint back");
    }

    @Test
    void theStatusBarSaysHowToStartOnAnEmptyDiagram() throws Exception {
        newDiagram();
        String text = fx(() -> app.status().text());
        assertTrue(text.contains("Ctrl+Shift+A adds a process"), text);
        assertFalse(text.contains("Click an event"), "there is no event to click yet");

        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        keys(KeyCode.ESCAPE);
        text = fx(() -> app.status().text());
        assertTrue(text.startsWith("Click a process line to add an event"), text);
    }
}
