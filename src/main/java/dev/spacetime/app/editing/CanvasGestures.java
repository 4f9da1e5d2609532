package dev.spacetime.app.editing;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.Edit;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * What the pointer does on the canvas, handed to one small gesture each: a click ({@link ClickGesture}),
 * a drag to another line ({@link MessageDrag}), a drag along an event's own line ({@link MoveEventDrag}),
 * a drag on empty space, the wheel and a pinch ({@link PanZoom}). A drag previews on the canvas's
 * overlay and makes one command on release.
 */
public final class CanvasGestures {
    /** Pointer slack, in pixels, for hitting dots and lines. */
    static final double TOLERANCE = 9;
    private static final double DRAG_THRESHOLD = 4;

    private final Editor editor;
    private final DiagramCanvas canvas;
    private final Feedback feedback;
    private final InlineEditor inline;
    private final ClickGesture clicks;
    private final PanZoom panZoom;
    private final MessageSend sends;
    private CanvasMenu menu;
    private HitTest.Hit pressed;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private boolean panning;

    public CanvasGestures(Editor editor, DiagramCanvas canvas, Feedback feedback, InlineEditor inline) {
        this.editor = editor;
        this.canvas = canvas;
        this.feedback = feedback;
        this.inline = inline;
        this.clicks = new ClickGesture(editor, canvas, feedback, inline);
        this.panZoom = new PanZoom(canvas);
        this.sends = new MessageSend(editor, canvas, feedback);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> {
            if (sends.pending()) {
                sends.moved(e.getX(), e.getY());
            }
            feedback.hover(hit(e.getX(), e.getY()), e.getScreenX(), e.getScreenY());
        });
        // Esc takes back a message waiting for its receiver, before it would clear the selection.
        canvas.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && sends.pending()) {
                sends.cancel();
                e.consume();
            }
        });
        editor.documentProperty().addListener((obs, old, now) -> sends.cancel());
        canvas.setOnMouseExited(e -> feedback.hover(null, 0, 0));
    }

    /** From now on a right click opens a menu of what can be done to what is under the pointer. */
    public void useMenu(EditActions edits, Runnable fitToWindow) {
        menu = new CanvasMenu(editor, canvas, edits, sends, feedback, fitToWindow);
    }

    /** Messages sent by clicking where they are received, rather than by dragging. */
    public MessageSend sends() {
        return sends;
    }

    private HitTest.Hit hit(double px, double py) {
        DiagramLayout layout = editor.layout();
        if (layout == null) {
            return null;
        }
        Viewport v = canvas.viewport();
        return HitTest.at(layout, v.toPageX(px), v.toPageY(py), TOLERANCE / v.scale());
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        inline.commit();
        pressed = hit(e.getX(), e.getY());
        if (sends.pending()) {
            if (e.getButton() == MouseButton.PRIMARY) {
                sends.receive(pressed, e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            } else {
                sends.cancel();
            }
            pressed = null; // the click is spent: its release neither selects nor adds
            return;
        }
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        panning = e.getButton() != MouseButton.PRIMARY || pressed == null
                || pressed.kind() == HitTest.Kind.NONE || pressed.kind() == HitTest.Kind.MESSAGE;
        feedback.hover(null, 0, 0);
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        if (panning) {
            panZoom.pan(e.getX() - lastX, e.getY() - lastY);
        } else {
            double x = e.getX();
            double y = e.getY();
            HitTest.Hit from = pressed;
            HitTest.Hit target = hit(x, y);
            DiagramLayout layout = editor.layout();
            Viewport view = canvas.viewport();
            double sx = pressX;
            double sy = pressY;
            canvas.setOverlay(MoveEventDrag.applies(from, target)
                    ? gc -> new MoveEventDrag(layout, view).preview(gc, target, x, y)
                    : gc -> new MessageDrag(layout, view).preview(gc, from, sx, sy, x, y));
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        canvas.setOverlay(null);
        if (pressed == null) {
            return;
        }
        if (!dragging && e.getButton() == MouseButton.SECONDARY && menu != null) {
            menu.show(pressed, canvas, e.getScreenX(), e.getScreenY());
        } else if (!dragging) {
            clicks.click(pressed, e);
        } else if (!panning) {
            Edit edit = dropEdit(e.getX(), e.getY());
            if (edit != null) {
                String refused = GestureEdits.refusalInWords(edit, editor.run(edit));
                if (refused != null) {
                    feedback.refuse(refused, e.getScreenX(), e.getScreenY());
                }
            }
        }
        pressed = null;
        dragging = false;
    }

    /** The edit a drag from the pressed point to (px, py) stands for, or null for none. */
    private Edit dropEdit(double px, double py) {
        HitTest.Hit target = hit(px, py);
        DiagramLayout layout = editor.layout();
        Viewport view = canvas.viewport();
        return MoveEventDrag.applies(pressed, target) ? new MoveEventDrag(layout, view).edit(pressed, px, py)
                : new MessageDrag(layout, view).edit(pressed, target, px, py);
    }
}
