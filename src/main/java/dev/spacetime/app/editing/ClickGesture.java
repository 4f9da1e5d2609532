package dev.spacetime.app.editing;

import dev.spacetime.model.MessageRef;
import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Selection;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.HitTest;
import javafx.scene.input.MouseEvent;

/**
 * A click without a drag. On an event: selects it (Ctrl or Shift adds a second), or when stepping by
 * hand makes it happen next, or says why it must wait. On a message: selects it. On a line: adds an event there (Ctrl or Shift
 * selects the process). On a process name: selects the process. Elsewhere: selects nothing. A double
 * click edits in place.
 */
final class ClickGesture {
    private final Editor editor;
    private final Feedback feedback;
    private final InlineEditor inline;
    private final PickStep steps;
    private final DiagramCanvas canvas;

    ClickGesture(Editor editor, DiagramCanvas canvas, Feedback feedback, InlineEditor inline) {
        this.editor = editor;
        this.canvas = canvas;
        this.feedback = feedback;
        this.inline = inline;
        this.steps = new PickStep(editor.player());
    }

    void click(HitTest.Hit hit, MouseEvent e) {
        EventGraph g = editor.analysis().graph();
        Selection selection = editor.selection();
        boolean twice = e.getClickCount() >= 2;
        boolean adding = e.isShortcutDown() || e.isShiftDown();
        switch (hit.kind()) {
            case EVENT -> {
                String id = g.id(hit.event());
                if (steps.applies(hit.event())) {
                    String refused = steps.pick(hit.event());
                    if (refused != null) {
                        feedback.refuse(refused, e.getScreenX(), e.getScreenY());
                    }
                } else if (twice) {
                    inline.renameEvent(id, e.getX(), e.getY());
                } else if (adding) {
                    selection.toggleEvent(id);
                } else {
                    selection.selectEvent(id);
                }
            }
            case MESSAGE -> {
                MessageRef message = new MessageRef(g.id(hit.sender()), g.id(hit.event()));
                selection.selectMessage(message);
                if (twice) {
                    inline.labelMessage(message, e.getX(), e.getY());
                }
            }
            case PROCESS -> {
                if (adding) {
                    selection.selectProcess(g.diagram().processName(hit.process()));
                    return;
                }
                String refused = EditActions.addEventAt(editor, canvas, hit.process(), hit.time());
                if (refused != null) {
                    feedback.refuse(refused, e.getScreenX(), e.getScreenY());
                }
            }
            case PROCESS_NAME -> {
                String name = g.diagram().processName(hit.process());
                selection.selectProcess(name);
                if (twice) {
                    inline.renameProcess(name, e.getX(), e.getY());
                }
            }
            default -> selection.clear();
        }
    }
}
