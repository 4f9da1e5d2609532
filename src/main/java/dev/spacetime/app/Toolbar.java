package dev.spacetime.app;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Selection;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * The buttons under the menu bar for what a class does most: add a process, an event, a message,
 * delete, undo, redo, step through, present. Each fires its menu item, so it does exactly what the
 * menu does; its tooltip names the action and the item's keys, and it is greyed when it has nothing
 * to act on.
 */
final class Toolbar {
    private final ToolBar bar = new ToolBar();
    private final Editor editor;
    private final Button addProcess;
    private final Button addEvent;
    private final Button send;
    private final Button delete;
    private final Button undo;
    private final Button redo;

    Toolbar(MainMenu menu, Editor editor) {
        this.editor = editor;
        bar.setId("toolbar");
        addProcess = button(menu.find("add-process-item"), "tool-add-process", "+ Process", "Add process");
        addEvent = button(menu.find("add-event-item"), "tool-add-event", "+ Event",
                "Add event after the selected event, or at the end of the selected process");
        send = button(menu.find("send-message-item"), "tool-send", "Send message",
                "Send a message from the selected event, then click where it is received");
        delete = button(menu.find("delete-item"), "tool-delete", "Delete", "Delete the selection");
        undo = button(menu.find("undo-item"), "tool-undo", "↶ Undo", "Undo");
        redo = button(menu.find("redo-item"), "tool-redo", "↷ Redo", "Redo");
        ToggleButton step = toggle((CheckMenuItem) menu.find("step-item"), "tool-step", "Step through",
                "Step through the execution");
        ToggleButton present = toggle((CheckMenuItem) menu.find("presentation-item"), "tool-present", "Present",
                "Presentation mode");
        bar.getItems().addAll(addProcess, addEvent, send, delete, new Separator(), undo, redo, new Separator(), step,
                present);
        editor.onRefresh(this::update);
        editor.documentProperty().addListener(o -> update());
        editor.view().practice.addListener(o -> update());
        update();
    }

    ToolBar node() {
        return bar;
    }

    /** Greys what cannot act now, and names the change Undo and Redo would take back or make again. */
    private void update() {
        Document doc = editor.document();
        Selection s = editor.selection();
        // An exercise's diagram is the question: its edit buttons are greyed, as its edits are refused.
        boolean open = doc != null && editor.view().practice.get() == null;
        addProcess.setDisable(!open);
        addEvent.setDisable(!open || s.events().isEmpty() && s.processProperty().get() == null);
        send.setDisable(!open || s.events().isEmpty());
        delete.setDisable(!open || s.isEmpty());
        String u = open ? doc.commands().undoNameProperty().get() : null;
        String r = open ? doc.commands().redoNameProperty().get() : null;
        undo.setDisable(u == null);
        redo.setDisable(r == null);
        undo.getTooltip().setText(tip(u == null ? "Undo" : "Undo " + u, (String) undo.getUserData()));
        redo.getTooltip().setText(tip(r == null ? "Redo" : "Redo " + r, (String) redo.getUserData()));
    }

    private static Button button(MenuItem item, String id, String text, String tip) {
        Button button = new Button(text);
        // The item's own action, not item.fire(): a click is no key, so a text field with the focus does not stop it.
        Runnable action = (Runnable) item.getProperties().get(MainMenu.ACTION);
        button.setOnAction(e -> action.run());
        return dress(button, item, id, tip);
    }

    /** A button that shows and sets what its check item does (the step-through, presentation mode). */
    private static ToggleButton toggle(CheckMenuItem item, String id, String text, String action) {
        ToggleButton button = new ToggleButton(text);
        button.selectedProperty().bindBidirectional(item.selectedProperty());
        return dress(button, item, id, action);
    }

    private static <B extends ButtonBase> B dress(B button, MenuItem item, String id, String action) {
        String keys = item.getAccelerator().getDisplayText();
        button.setId(id);
        button.setUserData(keys);
        button.setTooltip(new Tooltip(tip(action, keys)));
        // A click leaves the keys with the diagram: Space, arrows and Delete keep meaning what the menus say.
        button.setFocusTraversable(false);
        return button;
    }

    private static String tip(String action, String keys) {
        return action + " (" + keys + ")";
    }
}
