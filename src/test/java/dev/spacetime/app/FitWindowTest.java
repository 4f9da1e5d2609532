package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.TimeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A diagram opens spaced to fill the canvas, and View → Fit to window spaces it anew; a log without times opens in logical time. */
class FitWindowTest extends WindowTestBase {
    @Test
    void aLogWithoutTimesOpensInLogicalTimeAndFitToWindowFillsTheCanvas() throws Exception {
        assertEquals(TimeMode.PHYSICAL, fx(() -> app.editor().view().timeMode.get()), "Figure 1 has times");
        Path log = dir.resolve("broadcast.log");
        Files.copy(Path.of("examples", "broadcast.log"), log);
        open(log);
        assertEquals(TimeMode.LOGICAL, fx(() -> app.editor().view().timeMode.get()), "no event has a time");
        assertFills();

        fx(() -> {
            app.canvas().zoomAtCentre(0.3);
            app.canvas().requestFocus();
            return null;
        });
        keys(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        assertFills();
    }

    @Test
    void theFirstDiagramFillsTheWindowAndAResizeKeepsItsSpacing() throws Exception {
        assertFills();
        Spacing before = fx(() -> app.editor().view().spacing.get());
        assertNotNull(before, "spaced for the window once it was shown");
        double width = fx(stage::getWidth);
        try {
            fx(() -> {
                stage.setWidth(width - 200);
                return null;
            });
            keys(); // let the window lay out
            assertEquals(before, fx(() -> app.editor().view().spacing.get()), "only a fit spaces anew");
        } finally {
            // The primary stage outlives the test: the next window test must get the usual width.
            fx(() -> {
                stage.setWidth(width);
                return null;
            });
        }
    }

    @Test
    void steppingThroughKeepsTheWholeDiagramInViewThoughTheStepBarTakesRoom() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F5);
        keys(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> app.editor().player().active.get()), "stepping");
        // The fit comes once the window has laid out the step bar: on a loaded machine give it a few seconds.
        java.util.concurrent.Callable<Boolean> showsAll = () -> fx(() -> {
            var canvas = app.canvas();
            return canvas.viewport().frame().showsAll(canvas.drawing().bounds(), canvas.canvas().getWidth(),
                    canvas.canvas().getHeight());
        });
        for (int tries = 0; tries < 50 && !showsAll.call(); tries++) {
            Thread.sleep(100);
        }
        assertTrue(showsAll.call(), "the whole of Figure 1 still shows, not just the start of its run");
        assertFills();
    }

    /** The drawing, as the view fits it, spans at least 80% of the canvas inside its margins both ways. */
    private void assertFills() throws Exception {
        double[] shares = fx(() -> {
            var canvas = app.canvas();
            double[] b = canvas.drawing().bounds();
            double[] m = canvas.margins();
            double scale = canvas.viewport().scale();
            return new double[] {(b[2] - b[0]) * scale / (canvas.canvas().getWidth() - m[1] - m[3]),
                (b[3] - b[1]) * scale / (canvas.canvas().getHeight() - m[0] - m[2])};
        });
        assertTrue(shares[0] >= 0.8 && shares[1] >= 0.8, shares[0] + " × " + shares[1]);
    }
}
