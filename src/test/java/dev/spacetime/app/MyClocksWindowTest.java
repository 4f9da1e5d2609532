package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.panels.Inspector;
import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.Role;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetAssignedClock;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "My clocks" in the real window: values typed in the inspector or at an event's dot, each one step of
 * undo; C1 and C2 failures named in the status bar and the legend and marked on the canvas; and the
 * ⇒ panel ordering by the student's clocks once they give every event a value and keep the Clock Condition.
 */
class MyClocksWindowTest extends WindowTestBase {
    private Diagram diagram() throws Exception {
        return fx(() -> app.editor().document().diagram().copy());
    }

    /** Selects an event by clicking its dot, then types a value into the inspector's "My clock" row and presses Enter. */
    private void typeMyClock(String id, String text) throws Exception {
        click(screenAt(id));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = fx(() -> (TextField) app.inspector().node().lookup("#inspector-my-clock"));
        assertNotNull(field, "the inspector has a My clock field");
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long marks(Role role) throws Exception {
        return fx(() -> app.editor().drawing().shapes().stream().filter(s -> s.role() == role).count());
    }

    /** Undo by its key, with the keyboard on the canvas rather than in a text field (which has its own undo). */
    private void undo() throws Exception {
        fx(() -> {
            app.canvas().canvas().requestFocus();
            return null;
        });
        keys(KeyCode.SHORTCUT, KeyCode.Z);
    }

    @Test
    void theInspectorsSheetJoinsTheWindowWithTheFirstSelectionAndTakesAnEdit() throws Exception {
        // Empty when the window opens, the sheet is left out of the scene until it has rows (its skin costs
        // the first frame otherwise): the first click on an event must still show it and edit through it.
        assertNull(fx(() -> stage.getScene().lookup("#inspector")), "no sheet before anything is selected");
        typeMyClock("q2", "4");
        assertNotNull(fx(() -> stage.getScene().lookup("#inspector")), "the sheet is in the window");
        assertEquals("q2", fx(() -> app.inspector().shown("Id")));
        assertEquals("4", fx(() -> app.inspector().shown(Inspector.MY_CLOCK)));
    }

    @Test
    void aValueTypedForQ2ThatBreaksC2IsNamedAndMarkedAndOneUndoTakesItAway() throws Exception {
        Diagram original = diagram();
        typeMyClock("p1", "5");
        assertEquals("C_mine", diagram().annotations().clockName(), "the first value starts the assignment");
        assertEquals(5, diagram().annotations().clock("p1"));
        assertEquals(0, marks(Role.C2_FAILS), "q2 has no value yet: not a failure");

        typeMyClock("q2", "3");
        assertEquals(3, diagram().annotations().clock("q2"));
        String status = fx(() -> app.status().text());
        assertTrue(status.startsWith("C2 fails: p1 sends it a message, yet 5 ≥ 3"), status);
        assertTrue(fx(() -> app.inspector().shown(Inspector.CLOCK_CONDITION)).startsWith("C2 fails"));
        assertTrue(fx(() -> app.legend().entries()).contains(PictureKey.C2_TEXT + " (1)"));
        assertEquals(2, marks(Role.C2_FAILS), "a stroke along p1 ⇝ q2 and its label");
        assertEquals(0, marks(Role.C1_FAILS), "nothing wrong along the processes");

        undo();
        assertTrue(Double.isNaN(diagram().annotations().clock("q2")), "one undo takes q2's value away");
        assertEquals(5, diagram().annotations().clock("p1"), "and only it");
        assertEquals(0, marks(Role.C2_FAILS));
        assertFalse(fx(() -> app.legend().entries()).contains(PictureKey.C2_TEXT + " (1)"));
        undo();
        assertNull(diagram().annotations().clockName());
        assertTrue(diagram().sameContent(original), "two undos give back Figure 1 exactly");
    }

    @Test
    void textThatIsNoNumberIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        Diagram original = diagram();
        typeMyClock("q2", "soon");
        String reason = fx(() -> app.pointer().lastRefusal());
        assertNotNull(reason);
        assertTrue(reason.contains("is not a number"), reason);
        assertTrue(diagram().sameContent(original));
        assertFalse(fx(() -> app.editor().document().commands().canUndo()), "nothing to undo");
    }

    @Test
    void setMyClockOnAnEventsMenuTypesTheValueAtItsDotAsOneStepOfUndo() throws Exception {
        Diagram original = diagram();
        robot.moveTo(screenAt("q3")).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                    && "canvas-menu".equals(c.getId())).map(w -> (ContextMenu) w).findFirst().orElseThrow();
            MenuItem item = menu.getItems().stream().filter(i -> "Set my clock…".equals(i.getText())).findFirst()
                    .orElseThrow();
            menu.hide();
            item.fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> app.canvas().lookup("#inline-editor") != null || stage.getScene().lookup("#inline-editor") != null));
        robot.write("2,5");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> app.pointer().lastRefusal()).contains("with a point, not a comma"));
        assertTrue(diagram().sameContent(original), "refused, the field stays open to fix it");
        TextField field = fx(() -> (TextField) stage.getScene().lookup("#inline-editor"));
        fx(() -> {
            field.setText("7.5");
            return null;
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7.5, diagram().annotations().clock("q3"));
        assertTrue(fx(() -> app.editor().drawing().shapes().stream().anyMatch(s ->
                s instanceof dev.spacetime.drawing.Shape.Text t && t.text().contains("C_mine=7.5"))), "shown beside C");
        undo();
        assertTrue(diagram().sameContent(original), "one undo");
    }

    @Test
    void theOrderPanelSwitchesToMyClocksOnlyWhileTheyKeepTheClockCondition() throws Exception {
        ToggleButton mine = fx(() -> (ToggleButton) app.totalOrder().node().lookup("#order-by-mine"));
        assertTrue(fx(mine::isDisabled), "no clocks of my own yet");
        List<String> lamport = fx(() -> app.totalOrder().ids());
        // Every event's time as its clock: bigger than the Lamport clocks, yet keeping C1 and C2, as in Figure 2.
        fx(() -> {
            Diagram d = app.editor().document().diagram();
            for (int p = 0; p < d.processCount(); p++) {
                for (int k = 0; k < d.eventCount(p); k++) {
                    int h = d.eventAt(p, k);
                    assertNull(app.editor().run(new SetAssignedClock(d.eventId(h), d.eventTime(h))));
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(mine::isDisabled));
        robot.clickOn(mine);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> byMine = fx(() -> app.totalOrder().ids());
        assertEquals(List.of("p1", "q1", "r1", "q2", "p2", "q3", "r2", "q4", "p3", "q5", "r3", "q6", "p4", "q7", "r4"),
                byMine);
        assertNotEquals(lamport, byMine);
        assertEquals("C_mine", fx(() -> app.totalOrder().table().getColumns().get(3).getText()));

        typeMyClock("r3", "25"); // q4 sends to r3 at 30
        assertTrue(fx(mine::isDisabled), "C2 fails: no ⇒ from these clocks");
        assertFalse(fx(mine::isSelected), "back to the Lamport clocks");
        assertEquals(lamport, fx(() -> app.totalOrder().ids()));
        String why = fx(() -> ((Label) app.totalOrder().node().lookup("#order-by-why")).getText());
        assertEquals("my clocks: C2 fails at q4 ⇝ r3", why);
    }
}
