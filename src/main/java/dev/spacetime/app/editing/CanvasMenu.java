package dev.spacetime.app.editing;

import dev.spacetime.model.MessageRef;
import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Player;
import dev.spacetime.app.document.Selection;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.HitTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The canvas's right-click menu: what can be done to what is under the pointer. Each item selects
 * that thing and runs the same action as the menu command of the same name, so it does exactly what
 * the command does, as one step of undo.
 */
final class CanvasMenu {
    private final Editor editor;
    private final DiagramCanvas canvas;
    private final EditActions edits;
    private final MessageSend sends;
    private final Feedback feedback;
    private final Runnable fit;
    private final ContextMenu menu = new ContextMenu();

    CanvasMenu(Editor editor, DiagramCanvas canvas, EditActions edits, MessageSend sends, Feedback feedback, Runnable fit) {
        this.editor = editor;
        this.canvas = canvas;
        this.edits = edits;
        this.sends = sends;
        this.feedback = feedback;
        this.fit = fit;
        menu.setId("canvas-menu");
    }

    /** Opens the menu for what was hit, at a screen point. */
    void show(HitTest.Hit hit, Node owner, double screenX, double screenY) {
        menu.hide();
        List<MenuItem> items = hit == null ? List.of() : items(hit, screenX, screenY);
        if (items.isEmpty()) {
            return;
        }
        menu.getItems().setAll(items);
        menu.show(owner, screenX, screenY);
    }

    private List<MenuItem> items(HitTest.Hit hit, double screenX, double screenY) {
        EventGraph g = editor.analysis().graph();
        Selection selection = editor.selection();
        List<MenuItem> items = new ArrayList<>();
        switch (hit.kind()) {
            case EVENT -> {
                String id = g.id(hit.event());
                Runnable select = () -> selection.selectEvent(id);
                items.add(item("Select " + id + " (its past and future coloured)", select));
                List<String> picked = selection.events();
                if (picked.size() == 1 && !picked.contains(id)) {
                    String other = picked.get(0);
                    items.add(item("Compare with " + other, () -> {
                        selection.selectEvent(other);
                        selection.toggleEvent(id);
                    }));
                }
                items.add(item("Rename…", then(select, edits::rename)));
                items.add(item("Set my clock…", then(select, edits::setMyClock)));
                items.add(item("Add event after it", then(select, edits::addEvent)));
                items.add(item("Send a message from here…", then(select, edits::sendMessage)));
                items.add(item("Step to here", () -> {
                    Player player = editor.player();
                    player.active.set(true);
                    String refused = player.stepTo(hit.event());
                    if (refused != null) {
                        feedback.refuse(refused, screenX, screenY);
                    }
                }));
                items.add(new SeparatorMenuItem());
                items.add(item("Delete", then(select, edits::delete)));
            }
            case MESSAGE -> {
                MessageRef message = new MessageRef(g.id(hit.sender()), g.id(hit.event()));
                Runnable select = () -> selection.selectMessage(message);
                boolean external = g.diagram().isExternal(message.find(g.diagram()));
                items.add(item("Label…", then(select, edits::rename)));
                items.add(item(external ? "Make internal" : "Make external", then(select, edits::toggleExternal)));
                items.add(new SeparatorMenuItem());
                items.add(item("Delete", then(select, edits::delete)));
            }
            case PROCESS -> {
                items.add(item("Add event here", () -> {
                    String refused = EditActions.addEventAt(editor, canvas, hit.process(), hit.time());
                    if (refused != null) {
                        feedback.refuse(refused, screenX, screenY);
                    }
                }));
                items.add(item("Send a message from here…", () -> sends.startAt(hit.process(), hit.time())));
                items.add(item("Select process " + g.diagram().processName(hit.process()),
                        () -> selection.selectProcess(g.diagram().processName(hit.process()))));
            }
            case PROCESS_NAME -> {
                String name = g.diagram().processName(hit.process());
                Runnable select = () -> selection.selectProcess(name);
                items.add(item("Rename…", then(select, edits::rename)));
                items.add(item("Add event at its end", then(select, edits::addEvent)));
                items.add(new SeparatorMenuItem());
                items.add(item("Delete process", then(select, edits::delete)));
            }
            default -> {
                items.add(item("Add process", edits::addProcess));
                items.add(item("Fit to window", fit));
            }
        }
        return items;
    }

    private static Runnable then(Runnable first, Runnable second) {
        return () -> {
            first.run();
            second.run();
        };
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
