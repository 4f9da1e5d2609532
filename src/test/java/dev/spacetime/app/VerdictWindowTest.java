package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.model.RemoveEvent;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The verdict on a mutual exclusion run stays in the window, and the events that break a condition are ringed. */
class VerdictWindowTest extends WindowTestBase {
    /** The default run with the broken algorithm: P2 is granted the resource while P3 holds it (p2_2 during p3_2 … p3_3). */
    private static final List<String> BROKEN_BY = List.of("p2_2", "p3_2", "p3_3");

    private String strip() throws Exception {
        return fx(() -> app.verdict().text());
    }

    private List<String> ringed() throws Exception {
        return fx(() -> {
            Drawing d = app.editor().drawing();
            DiagramLayout l = layout();
            return d.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.BROKEN)
                    .map(s -> (Shape.Ring) s)
                    .map(r -> BROKEN_BY.stream().filter(id -> {
                        int e = l.analysis().indexOf(id);
                        return Math.abs(l.eventX(e) - r.x()) < 1e-9 && Math.abs(l.eventY(e) - r.y()) < 1e-9;
                    }).findFirst().orElse("?")).sorted().toList();
        });
    }

    @Test
    void aBrokenVariantsVerdictStaysUnderTheDiagramWithItsEventsRinged() throws Exception {
        assertEquals("", strip(), "Figure 1 was made by no simulation: no verdict");
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Variant> variant = (ChoiceBox<Variant>) robot.lookup(".choice-box")
                    .match(n -> ((ChoiceBox<?>) n).getItems().contains(Variant.CORRECT)).query();
            variant.setValue(Variant.NO_WAIT_FOR_ACKS);
            return null;
        });
        keys(KeyCode.ENTER); // run
        keys(KeyCode.ENTER); // close the dialog that says it: the verdict stays
        String text = strip();
        assertTrue(text.startsWith("Mutual exclusion: Conditions I and II fail"), text);
        assertTrue(text.contains("✗ I. mutual exclusion: P2 was granted the resource at"), text);
        assertTrue(text.contains("✓ III. every request granted"), text);
        assertEquals(BROKEN_BY, ringed(), "the events that break condition I are ringed");

        // The run opens showing its start: zoom out until the three events are all in the window.
        for (int i = 0; i < 6 && !inView(BROKEN_BY); i++) {
            keys(KeyCode.SHORTCUT, KeyCode.MINUS);
        }
        WritableImage image = snapshot();
        Color mark = Theme.colour(Role.BROKEN);
        for (String id : BROKEN_BY) {
            assertTrue(countNear(image, id, mark) > 10, id + " has its ring painted");
        }

        // Stepping through the run keeps the verdict; an event's ring shows once it has happened.
        keys(KeyCode.RIGHT);
        assertEquals(text, strip());
        assertEquals(List.of(), ringed(), "one step in, none of them (each a process's second event or later) has happened");
        keys(KeyCode.END);
        assertEquals(BROKEN_BY, ringed(), "at the end all three are ringed");
        keys(KeyCode.F5);

        // An edit leaves the verdict, saying it was the run's.
        assertEquals(null, fx(() -> app.editor().run(new RemoveEvent("p1_1"))));
        assertTrue(strip().contains("the diagram has been edited since"), strip());
    }

    @Test
    void aSavedRunOpenedFromItsFileHasItsVerdictAgain() throws Exception {
        MutexParameters d = MutexParameters.defaults();
        MutexParameters broken = new MutexParameters(d.processes(), d.requestsPerProcess(), List.of(), d.horizon(),
                d.minDelay(), d.maxDelay(), d.hold(), d.skipRedundantAcks(), Variant.NO_WAIT_FOR_ACKS, d.seed());
        Path saved = dir.resolve("broken.json");
        DiagramFiles.save(MutexSimulation.run(broken).diagram(), saved);
        open(saved);
        assertTrue(strip().contains("✗ I. mutual exclusion"), strip());
        assertEquals(BROKEN_BY, ringed());

        Path good = dir.resolve("good.json");
        DiagramFiles.save(MutexSimulation.run(d).diagram(), good);
        open(good);
        assertTrue(strip().startsWith("Mutual exclusion: All three conditions hold"), strip());
        assertEquals(List.of(), ringed());

        open(file); // Figure 1 again
        assertEquals("", strip());
        assertFalse(fx(() -> app.verdict().node().isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inView(List<String> ids) throws Exception {
        return fx(() -> ids.stream().allMatch(id -> {
            DiagramLayout l = layout();
            int e = l.analysis().indexOf(id);
            double[] px = app.canvas().toPixels(l.eventX(e), l.eventY(e));
            var c = app.canvas().canvas();
            return px[0] > 20 && px[1] > 20 && px[0] < c.getWidth() - 20 && px[1] < c.getHeight() - 20;
        }));
    }

    /** Pixels of this colour within 20 px of an event's dot. */
    private int countNear(WritableImage image, String id, Color colour) throws Exception {
        double[] px = fx(() -> {
            DiagramLayout l = layout();
            int e = l.analysis().indexOf(id);
            return app.canvas().toPixels(l.eventX(e), l.eventY(e));
        });
        int n = 0;
        for (int x = (int) px[0] - 20; x <= px[0] + 20; x++) {
            for (int y = (int) px[1] - 20; y <= px[1] + 20; y++) {
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()
                        && close(image.getPixelReader().getColor(x, y), colour)) {
                    n++;
                }
            }
        }
        return n;
    }
}
