package dev.spacetime.app.editing;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Player;
import dev.spacetime.app.document.Selection;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.Edit;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * What the pointer does on the canvas. Press on an event or a line and drag to another line: a
 * message (previewed while dragging, one command on release). Drag an event along its own line:
 * moves it. Drag on empty space: pans. Click: selects (Ctrl adds a second event), or on a line adds
 * an event. Double click: edit in place. Wheel and pinch: zoom at the pointer.
 */
public final class CanvasGestures {
    /** Pointer slack, in pixels, for hitting dots and lines. */
    public static final double TOLERANCE = 9;
    private static final double DRAG_THRESHOLD = 4;

    private final Editor editor;
    private final DiagramCanvas canvas;
    private final Feedback feedback;
    private final InlineEditor inline;
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
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> feedback.hover(hit(e.getX(), e.getY()), e.getScreenX(), e.getScreenY()));
        canvas.setOnMouseExited(e -> feedback.hover(null, 0, 0));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
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
            canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
            canvas.repaint();
        } else {
            double x = e.getX();
            double y = e.getY();
            HitTest.Hit from = pressed;
            canvas.setOverlay(gc -> preview(gc, from, x, y));
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        canvas.setOverlay(null);
        if (pressed == null) {
            return;
        }
        if (!dragging) {
            click(e);
        } else if (!panning) {
            Edit edit = dropEdit(e.getX(), e.getY());
            if (edit != null) {
                String refused = editor.run(edit);
                if (refused != null) {
                    feedback.refuse(refused, e.getScreenX(), e.getScreenY());
                }
            }
        }
        pressed = null;
        dragging = false;
    }

    private void click(MouseEvent e) {
        EventGraph g = editor.analysis().graph();
        Selection selection = editor.selection();
        boolean twice = e.getClickCount() >= 2;
        switch (pressed.kind()) {
            case EVENT -> {
                String id = g.id(pressed.event());
                Player player = editor.player();
                if (player.active.get() && player.kind.get() == dev.spacetime.step.Linearization.Kind.BY_HAND
                        && player.enabled().contains(pressed.event())) {
                    player.pick(pressed.event()); // stepping by hand: a ringed event happens next
                } else if (twice) {
                    inline.renameEvent(id, e.getX(), e.getY());
                } else if (e.isShortcutDown() || e.isShiftDown()) {
                    selection.toggleEvent(id);
                } else {
                    selection.selectEvent(id);
                }
            }
            case MESSAGE -> {
                String receive = g.id(pressed.event());
                selection.selectMessage(receive);
                if (twice) {
                    inline.labelMessage(receive, e.getX(), e.getY());
                }
            }
            case PROCESS -> {
                if (e.isShortcutDown() || e.isShiftDown()) {
                    selection.selectProcess(g.diagram().processName(pressed.process()));
                    return;
                }
                GestureEdits edits = new GestureEdits(editor.layout());
                var add = edits.addEvent(pressed.process(), pressed.time());
                String refused = editor.run(add);
                if (refused != null) {
                    feedback.refuse(refused, e.getScreenX(), e.getScreenY());
                } else {
                    selection.selectEvent(add.id());
                }
            }
            case PROCESS_NAME -> {
                String name = g.diagram().processName(pressed.process());
                selection.selectProcess(name);
                if (twice) {
                    inline.renameProcess(name, e.getX(), e.getY());
                }
            }
            default -> selection.clear();
        }
    }

    /** The edit a drag from the pressed point to (px, py) stands for, or null for none. */
    private Edit dropEdit(double px, double py) {
        HitTest.Hit target = hit(px, py);
        DiagramLayout layout = editor.layout();
        GestureEdits edits = new GestureEdits(layout);
        int fromEvent = pressed.kind() == HitTest.Kind.EVENT ? pressed.event() : -1;
        if (target == null || target.process() < 0) {
            return null;
        }
        if (target.process() == pressed.process()) {
            return fromEvent >= 0 ? edits.moveEvent(fromEvent, timeAt(px, py)) : null;
        }
        int toEvent = target.kind() == HitTest.Kind.EVENT ? target.event() : -1;
        return edits.sendMessage(fromEvent, pressed.process(), pressed.time(), toEvent, target.process(),
                target.kind() == HitTest.Kind.EVENT ? target.time() : timeAt(px, py));
    }

    private double timeAt(double px, double py) {
        Viewport v = canvas.viewport();
        return editor.layout().timeAt(v.toPageX(px), v.toPageY(py));
    }

    /** While dragging: a wavy arrow to the line under the pointer, or a ghost of the event being moved. */
    private void preview(GraphicsContext gc, HitTest.Hit pressed, double px, double py) {
        DiagramLayout layout = editor.layout();
        Viewport v = canvas.viewport();
        double sx = pressed.event() >= 0 && pressed.kind() == HitTest.Kind.EVENT
                ? v.toPixelX(layout.eventX(pressed.event())) : pressX;
        double sy = pressed.event() >= 0 && pressed.kind() == HitTest.Kind.EVENT
                ? v.toPixelY(layout.eventY(pressed.event())) : pressY;
        HitTest.Hit target = hit(px, py);
        gc.setStroke(Theme.colour(Role.WITNESS));
        gc.setFill(Theme.colour(Role.WITNESS));
        gc.setLineWidth(2);
        if (target != null && target.process() >= 0 && target.process() == pressed.process()) {
            double t = timeAt(px, py);
            double x = v.toPixelX(layout.x(target.process(), t));
            double y = v.toPixelY(layout.y(target.process(), t));
            gc.strokeOval(x - 7, y - 7, 14, 14);
            return;
        }
        double[] pts = WavePath.points(sx, sy, px, py, 4, 18);
        gc.setLineDashes(Style.dashes(Role.TICK_LINE));
        gc.beginPath();
        gc.moveTo(pts[0], pts[1]);
        for (int i = 2; i < pts.length; i += 2) {
            gc.lineTo(pts[i], pts[i + 1]);
        }
        gc.stroke();
        gc.setLineDashes();
        gc.fillOval(px - 5, py - 5, 10, 10);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.getTouchCount() > 1) {
            return;
        }
        canvas.viewport().zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        canvas.repaint();
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        canvas.viewport().zoomAt(e.getX(), e.getY(), e.getZoomFactor());
        canvas.repaint();
        e.consume();
    }
}
