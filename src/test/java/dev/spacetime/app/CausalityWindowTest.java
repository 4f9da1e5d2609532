package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.fxpaint.Theme;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting events in the real window: the colours, the words, the total-order panel. */
class CausalityWindowTest extends WindowTestBase {
    @Test
    void selectingAnEventColoursItsPastFutureAndConcurrentEvents() throws Exception {
        click(screenAt("q3"));
        assertEquals(List.of("q3"), fx(() -> List.copyOf(app.editor().selection().events())));
        assertConeColours("q3", snapshot());
        Analysis a = fx(() -> app.editor().analysis());
        int q3 = a.indexOf("q3");
        assertTrue(fx(() -> app.legend().entries()).containsAll(List.of("causal past (happened before)",
                "causal future (happened after)", "concurrent ‖: 4 events")));
        assertTrue(fx(() -> app.status().text()).startsWith("q3 on Q: C=3"));
        assertEquals(a.totalOrder().rank(q3), (int) fx(() -> app.totalOrder().table().getSelectionModel().getSelectedItem()),
                "the total-order panel selects the same event");
    }

    @Test
    void ctrlClickingASecondEventStatesTheRelationAndDrawsTheChain() throws Exception {
        click(screenAt("p1"));
        robot.press(KeyCode.CONTROL);
        click(screenAt("r4"));
        robot.release(KeyCode.CONTROL);
        assertEquals(List.of("p1", "r4"), fx(() -> List.copyOf(app.editor().selection().events())));
        String text = fx(() -> app.status().text());
        assertTrue(text.startsWith("p1 → r4: p1 happened before r4"), text);
        assertTrue(count(snapshot(), Theme.colour(Role.WITNESS)) > 200, "the chain p1 ⇝ q2 → q4 ⇝ r3 → r4 is drawn");

        click(screenAt("p3"));
        robot.press(KeyCode.CONTROL);
        click(screenAt("q3"));
        robot.release(KeyCode.CONTROL);
        text = fx(() -> app.status().text());
        assertTrue(text.startsWith("p3 ‖ q3: concurrent"), text);
        assertEquals(0, count(snapshot(), Theme.colour(Role.WITNESS)), "no chain between concurrent events");
    }

    @Test
    void theTotalOrderPanelFollowsEditsAndSelectsOnTheCanvas() throws Exception {
        click(nearTheEnd(0)); // a new event on P after p4: C = 7, tied with q7
        List<String> ids = fx(() -> app.totalOrder().ids());
        assertEquals(16, ids.size());
        assertEquals(List.of("p5", "q7"), ids.subList(14, 16), "the tie at C=7 is broken by process order: P before Q");
        assertEquals(List.of("p5"), fx(() -> List.copyOf(app.editor().selection().events())));

        fx(() -> {
            app.totalOrder().table().scrollTo(0);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node firstRow = robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row
                && Integer.valueOf(0).equals(row.getItem()) && n.isVisible()).query();
        robot.clickOn(firstRow);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("p1"), fx(() -> List.copyOf(app.editor().selection().events())),
                "clicking the first row selects p1 on the canvas");
    }

    @Test
    void tickLinesAndFalseOrderingsAreToggledFromTheKeyboard() throws Exception {
        click(nearTheEnd(1));
        keys(KeyCode.ESCAPE);
        keys(KeyCode.SHORTCUT, KeyCode.T);
        assertTrue(count(snapshot(), Theme.colour(Role.TICK_LINE)) > 300, "tick lines drawn");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F);
        assertTrue(count(snapshot(), Theme.colour(Role.FALSE_ORDERING)) > 100, "false orderings marked");
        assertTrue(fx(() -> app.legend().entries()).contains("false orderings: C(a) < C(b), a ‖ b"));
    }

    @Test
    void theSelectionStaysPaintedAfterTimeTurnsLogical() throws Exception {
        click(screenAt("q3"));
        keys(KeyCode.SHORTCUT, KeyCode.L);
        Thread.sleep(1200); // the move from physical to logical time takes 0.7 s
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(fx(() -> app.editor().pictureProperty().get().drawing()), fx(() -> app.canvas().drawing()),
                "the screen settled on the drawing the editor published, its selection painted over it");
        assertEquals(0L, (long) fx(() -> app.canvas().drawing().count(Shape.Ring.class)),
                "the drawing it indexed, not a copy with the selection's ring laid in");
        assertConeColours("q3", snapshot());
    }

    /** Each event's dot is painted in the colour of its place in the selected event's cone (Figure 1: 3 past, 7 future, 4 concurrent). */
    private void assertConeColours(String selected, WritableImage image) throws Exception {
        Analysis a = fx(() -> app.editor().analysis());
        int chosen = a.indexOf(selected);
        CausalCone cone = a.cone(chosen);
        int past = 0;
        int future = 0;
        int concurrent = 0;
        for (int e = 0; e < a.eventCount(); e++) {
            Role expected = e == chosen ? Role.SELECTED : cone.inPast(e) ? Role.PAST
                    : cone.inFuture(e) ? Role.FUTURE : Role.CONCURRENT;
            Color seen = colourAt(image, a.id(e));
            assertTrue(close(seen, Theme.colour(expected)), a.id(e) + " should be " + expected + ", found " + seen);
            past += expected == Role.PAST ? 1 : 0;
            future += expected == Role.FUTURE ? 1 : 0;
            concurrent += expected == Role.CONCURRENT ? 1 : 0;
        }
        assertEquals(List.of(3, 7, 4), List.of(past, future, concurrent), selected + "'s cone in Figure 1");
    }
}
