package dev.spacetime.app.editing;

import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.Edit;
import javafx.scene.canvas.GraphicsContext;

/**
 * Dragging from an event or a line to another process's line sends a message: a wavy arrow follows
 * the pointer, and on release the message is one command (its send and receive made where missing).
 */
final class MessageDrag {
    private static final double END_RADIUS = 5;
    private final DiagramLayout layout;
    private final Viewport view;

    MessageDrag(DiagramLayout layout, Viewport view) {
        this.layout = layout;
        this.view = view;
    }

    /** @param pressX where the press was, in pixels, for a drag that did not start on an event */
    void preview(GraphicsContext gc, HitTest.Hit pressed, double pressX, double pressY, double px, double py) {
        boolean fromEvent = pressed.event() >= 0 && pressed.kind() == HitTest.Kind.EVENT;
        double sx = fromEvent ? view.toPixelX(layout.eventX(pressed.event())) : pressX;
        double sy = fromEvent ? view.toPixelY(layout.eventY(pressed.event())) : pressY;
        gc.setStroke(Theme.colour(Role.WITNESS));
        gc.setFill(Theme.colour(Role.WITNESS));
        gc.setLineWidth(2);
        double[] pts = WavePath.points(sx, sy, px, py, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
        gc.setLineDashes(Style.dashes(Role.TICK_LINE));
        gc.beginPath();
        gc.moveTo(pts[0], pts[1]);
        for (int i = 2; i < pts.length; i += 2) {
            gc.lineTo(pts[i], pts[i + 1]);
        }
        gc.stroke();
        gc.setLineDashes();
        gc.fillOval(px - END_RADIUS, py - END_RADIUS, 2 * END_RADIUS, 2 * END_RADIUS);
    }

    /** The message from the pressed point to the target's line, or null when the target is no line. */
    Edit edit(HitTest.Hit pressed, HitTest.Hit target, double px, double py) {
        if (target == null || target.process() < 0) {
            return null;
        }
        int fromEvent = pressed.kind() == HitTest.Kind.EVENT ? pressed.event() : -1;
        int toEvent = target.kind() == HitTest.Kind.EVENT ? target.event() : -1;
        double at = target.kind() == HitTest.Kind.EVENT ? target.time()
                : layout.timeAt(view.toPageX(px), view.toPageY(py));
        return new GestureEdits(layout).sendMessage(fromEvent, pressed.process(), pressed.time(), toEvent,
                target.process(), at);
    }
}
