package dev.spacetime.app.editing;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.fxpaint.NotePainter;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.Edit;
import javafx.scene.Cursor;

/**
 * Sending a message without dragging (Edit → Send a message, or the canvas menu): started from an
 * event or a point on a line, a wavy arrow follows the pointer and the next click on a line or event
 * receives it, as a drag's release would. A click elsewhere, a right click or Esc cancels.
 */
public final class MessageSend {
    static final String NOTE = "Click the line or event that receives the message — Esc cancels";
    private final Editor editor;
    private final DiagramCanvas canvas;
    private final Feedback feedback;
    /** The sending event's id, or null when the message starts at a point on a line. */
    private String fromEvent;
    private String fromProcess;
    private double fromTime;
    private boolean pending;

    MessageSend(Editor editor, DiagramCanvas canvas, Feedback feedback) {
        this.editor = editor;
        this.canvas = canvas;
        this.feedback = feedback;
    }

    /** Starts a message from this event. */
    void start(String event) {
        fromEvent = event;
        fromProcess = null;
        begin();
    }

    /** Starts a message from a new send event on process p at drawn time t. */
    void startAt(int p, double t) {
        fromEvent = null;
        fromProcess = editor.layout().analysis().graph().diagram().processName(p);
        fromTime = t;
        begin();
    }

    private void begin() {
        pending = true;
        canvas.setCursor(Cursor.CROSSHAIR);
        canvas.setOverlay(gc -> NotePainter.paint(gc, NOTE, canvas.canvas().getWidth(), canvas.canvas().getHeight()));
    }

    /** Whether a message is waiting for the click that receives it. */
    public boolean pending() {
        return pending;
    }

    public void cancel() {
        if (pending) {
            pending = false;
            canvas.setCursor(Cursor.DEFAULT);
            canvas.setOverlay(null);
        }
    }

    /** Where the message starts, as a hit of the layout on screen; null when its event or process is gone. */
    private HitTest.Hit source() {
        DiagramLayout layout = editor.layout();
        EventGraph g = layout.analysis().graph();
        if (fromEvent != null) {
            int e = g.indexOf(fromEvent);
            return e < 0 ? null : new HitTest.Hit(HitTest.Kind.EVENT, e, g.process(e), layout.time(e), g.position(e));
        }
        int p = g.diagram().processIndex(fromProcess);
        return p < 0 ? null
                : new HitTest.Hit(HitTest.Kind.PROCESS, -1, p, fromTime, HitTest.insertionPosition(layout, p, fromTime));
    }

    /** The arrow from the source to the pointer at (px, py), with the note saying what to do. */
    void moved(double px, double py) {
        HitTest.Hit from = source();
        if (from == null) {
            cancel();
            return;
        }
        DiagramLayout layout = editor.layout();
        Viewport view = canvas.viewport();
        double sx = view.toPixelX(from.kind() == HitTest.Kind.EVENT ? layout.eventX(from.event()) : layout.x(from.process(), fromTime));
        double sy = view.toPixelY(from.kind() == HitTest.Kind.EVENT ? layout.eventY(from.event()) : layout.y(from.process(), fromTime));
        canvas.setOverlay(gc -> {
            new MessageDrag(layout, view).preview(gc, from, sx, sy, px, py);
            NotePainter.paint(gc, NOTE, canvas.canvas().getWidth(), canvas.canvas().getHeight());
        });
    }

    /**
     * The click that receives the message, on {@code target} at pixel (px, py): makes it, as one step of
     * undo, or cancels when the click is on no line. Refusals are said at the pointer.
     */
    void receive(HitTest.Hit target, double px, double py, double screenX, double screenY) {
        HitTest.Hit from = source();
        cancel();
        if (from == null) {
            return;
        }
        Edit edit = new MessageDrag(editor.layout(), canvas.viewport()).edit(from, target, px, py);
        if (edit != null) {
            String refused = GestureEdits.refusalInWords(edit, editor.run(edit));
            if (refused != null) {
                feedback.refuse(refused, screenX, screenY);
            }
        }
    }
}
