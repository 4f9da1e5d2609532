package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The toolbar: each button does what its menu item does, names its keys, and is greyed when it cannot act. */
class ToolbarWindowTest extends WindowTestBase {
    private Diagram diagram() throws Exception {
        return fx(() -> app.editor().document().diagram().copy());
    }

    private ButtonBase button(String id) throws Exception {
        return fx(() -> (ButtonBase) stage.getScene().lookup("#" + id));
    }

    private boolean disabled(String id) throws Exception {
        ButtonBase b = button(id);
        return fx(b::isDisable);
    }

    private String tooltip(String id) throws Exception {
        ButtonBase b = button(id);
        return fx(() -> b.getTooltip().getText());
    }

    private void press(String id) throws Exception {
        robot.clickOn("#" + id);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the Edit menu's item with this id, as a click on it would. */
    private void menu(String id) throws Exception {
        fx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
            for (Menu m : bar.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (id.equals(item.getId())) {
                        item.fire();
                    }
                }
            }
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void undoBoth() {
        keys(KeyCode.SHORTCUT, KeyCode.Z);
    }

    /** The button and the menu item, each from Figure 1 with q3 selected, make the same diagram. */
    private void sameAsMenu(String button, String item, boolean selectQ3) throws Exception {
        Diagram original = diagram();
        if (selectQ3) {
            click(screenAt("q3"));
        }
        press(button);
        Diagram byButton = diagram();
        assertFalse(byButton.sameContent(original), button + " changed the diagram");
        undoBoth();
        assertTrue(diagram().sameContent(original), "one undo takes back " + button);
        if (selectQ3) {
            click(screenAt("q3"));
        }
        menu(item);
        assertTrue(diagram().sameContent(byButton), button + " does what " + item + " does");
        undoBoth();
    }

    @Test
    void newProcessAddEventAndDeleteDoWhatTheirMenuItemsDo() throws Exception {
        sameAsMenu("tool-add-process", "add-process-item", false);
        sameAsMenu("tool-add-event", "add-event-item", true);
        sameAsMenu("tool-delete", "delete-item", true);

        click(screenAt("q3"));
        press("tool-add-event");
        Diagram d = diagram();
        int q3 = d.findEvent("q3");
        int added = d.eventAt(1, d.positionOf(q3) + 1);
        String id = d.eventId(added);
        assertEquals(List.of(id), fx(() -> List.copyOf(app.editor().selection().events())), "the new event is selected");
        assertTrue(d.eventTime(added) > d.eventTime(q3), "it comes after q3 in time too");
    }

    @Test
    void undoAndRedoDoWhatTheirMenuItemsDo() throws Exception {
        Diagram original = diagram();
        click(nearTheEnd(0));
        Diagram edited = diagram();
        press("tool-undo");
        assertTrue(diagram().sameContent(original));
        press("tool-redo");
        assertTrue(diagram().sameContent(edited));
        menu("undo-item");
        assertTrue(diagram().sameContent(original));
        menu("redo-item");
        assertTrue(diagram().sameContent(edited));
    }

    @Test
    void eachButtonNamesItsShortcutInItsTooltip() throws Exception {
        assertEquals("Add process (Ctrl+Shift+A)", tooltip("tool-add-process"));
        assertTrue(tooltip("tool-add-event").endsWith("(Ctrl+Shift+E)"), tooltip("tool-add-event"));
        assertTrue(tooltip("tool-send").endsWith("(Ctrl+Shift+M)"), tooltip("tool-send"));
        assertTrue(tooltip("tool-delete").matches("Delete .*\\((Delete|Del)\\)"), tooltip("tool-delete"));
        assertEquals("Undo (Ctrl+Z)", tooltip("tool-undo"));
        assertEquals("Redo (Ctrl+Shift+Z)", tooltip("tool-redo"));
        assertEquals("Step through the execution (F5)", tooltip("tool-step"));
        assertEquals("Presentation mode (F11)", tooltip("tool-present"));
        click(nearTheEnd(0));
        assertTrue(tooltip("tool-undo").matches("Undo Add event p\\w+ \\(Ctrl\\+Z\\)"), tooltip("tool-undo"));
    }

    @Test
    void buttonsAreGreyedWhenTheyCannotAct() throws Exception {
        for (String id : List.of("tool-add-event", "tool-send", "tool-delete", "tool-undo", "tool-redo")) {
            assertTrue(disabled(id), id + " has nothing to act on");
        }
        assertFalse(disabled("tool-add-process"));
        click(screenAt("q3"));
        for (String id : List.of("tool-add-event", "tool-send", "tool-delete")) {
            assertFalse(disabled(id), id + " acts on q3");
        }
        press("tool-delete");
        assertFalse(disabled("tool-undo"));
        assertTrue(disabled("tool-delete"), "q3 is gone: nothing selected");
        press("tool-undo");
        assertTrue(disabled("tool-undo"));
        assertFalse(disabled("tool-redo"));
    }

    @Test
    void theStepAndPresentButtonsFollowTheirModesAndPresentingHidesTheToolbar() throws Exception {
        press("tool-step");
        assertTrue(fx(() -> app.editor().player().active.get()));
        keys(KeyCode.F5);
        assertFalse(fx(() -> ((javafx.scene.control.ToggleButton) button("tool-step")).isSelected()), "F5 turned it off");
        Node bar = fx(() -> stage.getScene().lookup("#toolbar"));
        fx(() -> {
            app.view().presentation.set(true);
            return null;
        });
        assertFalse(fx(() -> bar.getParent().isVisible()), "the toolbar is put away with the menus");
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) button("tool-present")).isSelected()));
        fx(() -> {
            app.view().presentation.set(false);
            return null;
        });
        assertTrue(fx(() -> bar.getParent().isVisible()));
    }
}
