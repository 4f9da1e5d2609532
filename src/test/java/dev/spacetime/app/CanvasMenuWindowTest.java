package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.MessageRef;
import dev.spacetime.model.Diagram;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A right click on the canvas opens a menu for what is under the pointer; each item does what its command does. */
class CanvasMenuWindowTest extends WindowTestBase {
    private Diagram diagram() throws Exception {
        return fx(() -> app.editor().document().diagram().copy());
    }

    /** Right-clicks there and returns the texts of the menu that opened. */
    private List<String> rightClick(Point2D at) throws Exception {
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = openMenu();
        assertNotNull(menu, "a menu opened");
        return fx(() -> menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
    }

    private ContextMenu openMenu() throws Exception {
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                && "canvas-menu".equals(c.getId())).map(w -> (ContextMenu) w).findFirst().orElse(null));
    }

    /** Picks the open menu's item with this text. */
    private void choose(String text) throws Exception {
        ContextMenu menu = openMenu();
        fx(() -> {
            MenuItem item = menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
            menu.hide();
            item.fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deleteOnAnEventsMenuRemovesThatEventAndOneUndoBringsItBack() throws Exception {
        Diagram original = diagram();
        List<String> items = rightClick(screenAt("q3"));
        assertTrue(items.containsAll(List.of("Rename…", "Delete", "Step to here", "Send a message from here…")), items.toString());
        assertTrue(fx(() -> app.editor().selection().isEmpty()), "a right click is no click: nothing selected, nothing added");
        choose("Delete");
        assertTrue(diagram().findEvent("q3") < 0, "q3 deleted");
        assertEquals(original.eventCount() - 1, diagram().eventCount(), "only q3");
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(diagram().sameContent(original), "one undo brings it back");
    }

    @Test
    void addEventHereOnALineAddsAnEventWhereThePointerWas() throws Exception {
        Diagram original = diagram();
        int onR = original.eventCount(2);
        List<String> items = rightClick(nearTheEnd(2));
        assertTrue(items.contains("Add event here"), items.toString());
        assertEquals(onR, diagram().eventCount(2), "the right click alone added nothing");
        choose("Add event here");
        Diagram d = diagram();
        assertEquals(onR + 1, d.eventCount(2), "an event was added on R");
        String added = d.eventId(d.eventAt(2, onR));
        assertEquals(List.of(added), fx(() -> List.copyOf(app.editor().selection().events())), "at the end, where the pointer was, and selected");
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(diagram().sameContent(original));
    }

    @Test
    void sendAMessageFromALineThenClickAnotherLine() throws Exception {
        Diagram original = diagram();
        rightClick(nearTheEnd(0));
        choose("Send a message from here…");
        assertEquals(original.eventCount(), diagram().eventCount(), "nothing made until the receiver is clicked");
        click(nearTheEnd(2));
        Diagram d = diagram();
        assertEquals(original.messageCount() + 1, d.messageCount(), "a message P → R");
        int receive = d.eventAt(2, d.eventCount(2) - 1);
        assertTrue(d.isReceive(receive));
        assertEquals(0, d.processOf(d.sendersOf(receive)[0]));
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(diagram().sameContent(original), "one step of undo");
    }

    @Test
    void aMessagesMenuMakesItExternalAndEmptySpaceAddsAProcess() throws Exception {
        Diagram original = diagram();
        int m = original.message(0);
        String receive = original.eventId(original.messageTo(m));
        String send = original.eventId(original.messageFrom(m));
        Point2D a = screenAt(send);
        Point2D b = screenAt(receive);
        List<String> items = rightClick(a.midpoint(b));
        assertTrue(items.contains("Make external") && items.contains("Label…"), items.toString());
        choose("Make external");
        assertTrue(diagram().isExternal(new MessageRef(send, receive).find(diagram())));
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertFalse(diagram().isExternal(new MessageRef(send, receive).find(diagram())));

        Point2D corner = fx(() -> app.canvas().canvas().localToScreen(app.canvas().canvas().getWidth() - 30, 30));
        items = rightClick(corner);
        assertEquals(List.of("Add process", "Fit to window"), items);
        choose("Add process");
        assertEquals(original.processCount() + 1, diagram().processCount());
    }
}
