package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.model.Diagram;
import java.nio.file.Files;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Editing in the real window with mouse and keyboard, and undoing it. */
class EditingWindowTest extends WindowTestBase {
    private Diagram diagram() throws Exception {
        return fx(() -> app.editor().document().diagram().copy());
    }

    @Test
    void addAProcessAndEventsSendAMessageByDraggingThenUndoAndRedoEverything() throws Exception {
        Diagram original = diagram();
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        assertEquals(4, diagram().processCount());
        assertEquals("S", diagram().processName(3));

        click(screenAt(3, 30));
        Diagram d = diagram();
        assertEquals(1, d.eventCount(3), "a click on S's line added an event");
        assertEquals("s1", d.eventId(d.eventAt(3, 0)));
        assertEquals(30, d.eventTime(d.eventAt(3, 0)), 1e-9);
        assertEquals(java.util.List.of("s1"), fx(() -> java.util.List.copyOf(app.editor().selection().events())));

        drag(screenAt("p3"), screenAt(3, 50));
        Diagram sent = diagram();
        assertEquals(2, sent.eventCount(3), "the drag created the receive event on S");
        int s2 = sent.eventAt(3, 1);
        assertTrue(sent.isReceive(s2));
        assertEquals("p3", sent.eventId(sent.sendersOf(s2)[0]));
        String receive = sent.eventId(s2);
        assertTrue(fx(() -> app.editor().analysis().happenedBefore(app.editor().analysis().indexOf("p1"),
                app.editor().analysis().indexOf(receive))), "p1 → p3 → s2");
        assertTrue(fx(stage::getTitle).startsWith("• "), "the title marks unsaved changes");
        Diagram edited = diagram();

        keys(KeyCode.SHORTCUT, KeyCode.Z);
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(diagram().sameContent(original), "three undos give back Figure 1 exactly");
        assertFalse(fx(stage::getTitle).startsWith("• "), "back at the saved state");

        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        keys(KeyCode.SHORTCUT, KeyCode.Y);
        keys(KeyCode.SHORTCUT, KeyCode.Y);
        assertTrue(diagram().sameContent(edited), "redo replays all three");
    }

    @Test
    void aDragFromAReceiveToAnEventThatAlreadyReceivesAddsOneMessageAndUndoesExactly() throws Exception {
        // q2 receives from p1; r3 receives from q4. The paper allows q2 to send and r3 to receive again.
        Diagram original = diagram();
        drag(screenAt("q2"), screenAt("r3"));
        Diagram d = diagram();
        assertEquals(original.messageCount() + 1, d.messageCount());
        int r3 = d.findEvent("r3");
        assertEquals(2, d.receiveCount(r3), "r3 now receives from q4 and q2");
        assertEquals(1, d.sendCount(d.findEvent("q2")), "q2 receives and sends");
        var a = fx(() -> app.editor().analysis());
        assertEquals(5, a.lamport(a.indexOf("r3")), "IR2: max(C(r2) = 2, Tm = 4 from q4, Tm = 2 from q2) + 1");
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(diagram().sameContent(original), "one undo gives back Figure 1 exactly");
    }

    @Test
    void anIllegalDragIsRefusedWithAReasonAndChangesNothing() throws Exception {
        Diagram original = diagram();
        drag(screenAt("q6"), screenAt(0, 10)); // from Q at time 50 to P at time 10: received before it was sent
        String reason = fx(() -> app.pointer().lastRefusal());
        assertNotNull(reason, "the edit was refused");
        assertTrue(reason.contains("before"), reason);
        assertTrue(fx(() -> app.status().text()).startsWith("Not done: "), "the reason is also in the status bar");
        assertTrue(diagram().sameContent(original));
        assertFalse(fx(() -> app.editor().document().commands().canUndo()), "nothing to undo");

        drag(screenAt("p1"), screenAt("q2")); // p1 already sends to q2: one message between two events
        reason = fx(() -> app.pointer().lastRefusal());
        assertTrue(reason.contains("p1 already sends a message to q2"), reason);
        assertTrue(diagram().sameContent(original));
    }

    @Test
    void aRefusalLeavesTheStatusBarOnceAnythingChanges() throws Exception {
        drag(screenAt("q6"), screenAt(0, 10));
        assertTrue(fx(() -> app.status().text()).startsWith("Not done: "));
        keys(KeyCode.SHORTCUT, KeyCode.T); // tick lines on: the picture changes, the refusal is old news
        assertFalse(fx(() -> app.status().text()).startsWith("Not done: "), fx(() -> app.status().text()));
        drag(screenAt("q6"), screenAt(0, 10));
        drag(screenAt("q3"), screenAt(2, 30)); // a message q3 → R that the rules allow
        assertFalse(fx(() -> app.status().text()).startsWith("Not done: "), fx(() -> app.status().text()));
    }

    @Test
    void dragAnEventAlongItsLineRenameItInPlaceAndDeleteIt() throws Exception {
        drag(screenAt("q3"), screenAt(1, 35));
        Diagram d = diagram();
        String refusal = fx(() -> app.pointer().lastRefusal());
        assertEquals("q3", d.eventId(d.eventAt(1, 3)), "q3 moved past q4; refusal: " + refusal);
        assertEquals(35, d.eventTime(d.findEvent("q3")), 1e-9);

        robot.moveTo(screenAt("q3")).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("hello").push(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram().findEvent("hello") >= 0, "renamed in place");
        assertEquals(java.util.List.of("hello"), fx(() -> java.util.List.copyOf(app.editor().selection().events())));

        keys(KeyCode.DELETE);
        assertTrue(diagram().findEvent("hello") < 0, "Delete removed it");
        assertEquals(14, diagram().eventCount());
    }

    @Test
    void saveWritesTheFileAtomicallyAndClearsTheUnsavedMark() throws Exception {
        click(nearTheEnd(0)); // the end of P's line, after its last event
        assertTrue(fx(stage::getTitle).startsWith("• "));
        keys(KeyCode.SHORTCUT, KeyCode.S);
        assertFalse(fx(stage::getTitle).startsWith("• "));
        Diagram saved = DiagramReader.read(file);
        assertTrue(saved.sameContent(diagram()));
        assertEquals(DiagramWriter.toString(diagram()), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }
}
