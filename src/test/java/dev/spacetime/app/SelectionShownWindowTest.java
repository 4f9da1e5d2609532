package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** What is selected shows wherever the class looks: on the canvas, in the ⇒ table, in the status line. */
class SelectionShownWindowTest extends WindowTestBase {
    private static final Color HIGHLIGHT = Theme.colour(Role.SELECTED_PROCESS);

    @Test
    void aSelectedProcessHasItsLineAndNameHighlighted() throws Exception {
        assertEquals(0, count(snapshot(), HIGHLIGHT), "nothing highlighted before");
        DiagramLayout layout = layout();
        click(screenAt(1, layout.startTime() - 12 / layout.timeScale())); // Q's name, under its line
        assertEquals("Q", fx(() -> app.editor().selection().processProperty().get()));
        WritableImage image = snapshot();
        assertTrue(close(colourBetween(image, "q3", "q4"), HIGHLIGHT), "Q's line is drawn in the highlight colour");
        assertTrue(count(image, HIGHLIGHT) > 400, "along its whole length, and its name");
        assertTrue(fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s.role() == Role.SELECTED_NAME && ((Shape.Text) s).text().equals("Q"))),
                "an export of the selection shows it too");
        assertTrue(fx(() -> app.legend().entries()).contains("selected process"));
    }

    @Test
    void aSelectedMessageHasItsWaveHighlighted() throws Exception {
        Point2D send = screenAt("q4");
        Point2D receive = screenAt("r3");
        click(send.add(receive.subtract(send).multiply(0.5)));
        assertEquals("r3", fx(() -> app.editor().selection().messageProperty().get()));
        int along = count(snapshot(), HIGHLIGHT);
        double length = send.distance(receive);
        assertTrue(along > length * 2, "the message q4 → r3 is drawn thick in the highlight colour: " + along);
        assertTrue(fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s.role() == Role.SELECTED_MESSAGE && "r3".equals(((Shape.Wave) s).to()))));
    }

    /** The colour painted on the line halfway between two events of one process. */
    private Color colourBetween(WritableImage image, String a, String b) throws Exception {
        double[] px = fx(() -> {
            DiagramLayout l = layout();
            int x = l.analysis().indexOf(a);
            int y = l.analysis().indexOf(b);
            return app.canvas().toPixels((l.eventX(x) + l.eventX(y)) / 2, (l.eventY(x) + l.eventY(y)) / 2);
        });
        return image.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
    }
}
