package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.RenameEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking up a line in a new diagram: each event stays where it was clicked, and the ids count up the line. */
class ClickInPlaceWindowTest extends WindowTestBase {
    private List<String> ids() throws Exception {
        return fx(() -> {
            Diagram d = app.editor().document().diagram();
            return IntStream.range(0, d.eventCount(0)).mapToObj(i -> d.eventId(d.eventAt(0, i))).toList();
        });
    }

    private void assertNear(Point2D clicked, String id) throws Exception {
        // On a loaded machine the window may still be settling (a relayout, the view's step back into
        // place) when the click's edit returns: give it up to two seconds to come to rest.
        Point2D dot = screenAt(id);
        for (int tries = 0; tries < 20 && dot.distance(clicked) > 4; tries++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            dot = screenAt(id);
        }
        assertTrue(dot.distance(clicked) <= 4, id + " is drawn at " + dot + ", clicked at " + clicked);
    }

    @Test
    void eventsClickedUpANewLineStayWhereTheyWereClickedAndCountUpIt() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.L);
        fx(() -> {
            app.files().newDiagram();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimeMode.PHYSICAL, fx(() -> app.view().timeMode.get()),
                "a new diagram is drawn in physical time, where an event goes where it is clicked");
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        keys(KeyCode.ESCAPE);
        double start = fx(() -> layout().startTime());
        double end = fx(() -> layout().endTime());
        List<Point2D> aims = new ArrayList<>();
        for (double f : new double[] {0.25, 0.5, 0.75}) {
            aims.add(screenAt(0, start + f * (end - start)));
        }
        for (int k = 0; k < 3; k++) {
            click(aims.get(k));
            assertNear(aims.get(k), "p" + (k + 1));
            for (int j = 0; j < k; j++) {
                assertNear(aims.get(j), "p" + (j + 1)); // and the ones before have not moved
            }
        }
        assertEquals(List.of("p1", "p2", "p3"), ids(), "from the bottom up");

        Point2D between = aims.get(0).midpoint(aims.get(1));
        click(between);
        assertEquals(List.of("p1", "p2", "p3", "p4"), ids(), "the new second event is p2; the later ones move up");
        assertNear(between, "p2");
        assertNear(aims.get(1), "p3");
        assertEquals(List.of("p2"), fx(() -> List.copyOf(app.editor().selection().events())));

        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(List.of("p1", "p2", "p3"), ids(), "one step of undo takes the event and the renaming back");
        assertNear(aims.get(1), "p2");
    }

    @Test
    void inLogicalTimeANewEventGoesAtItsClockAndWhatIsBelowItStaysPut() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.L);
        keys(KeyCode.ESCAPE);
        Point2D p1 = screenAt("p1");
        Point2D r1 = screenAt("r1");
        click(p1.midpoint(screenAt("p2")));
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids());
        assertEquals(List.of("p2"), fx(() -> List.copyOf(app.editor().selection().events())), "the new one is p2");
        assertNear(p1, "p1");
        assertNear(r1, "r1");
    }

    @Test
    void editRenumberEventsNamesThemByTheirPlaceAsOneStepOfUndo() throws Exception {
        fx(() -> app.editor().run(new RenameEvent("p2", "p9")));
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N);
        assertEquals(List.of("p1", "p2", "p3", "p4"), ids());
        assertEquals("Renumber events", fx(() -> app.editor().document().commands().undoNameProperty().get()));
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(List.of("p1", "p9", "p3", "p4"), ids());
    }
}
