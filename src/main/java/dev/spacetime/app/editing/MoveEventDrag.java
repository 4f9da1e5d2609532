package dev.spacetime.app.editing;

import dev.spacetime.drawing.Role;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.lod.Viewport;
import dev.spacetime.model.Edit;
import javafx.scene.canvas.GraphicsContext;

/** Dragging an event along its own line moves it to another time: a ring shows where it will go. */
final class MoveEventDrag {
    private static final double RING_RADIUS = 7;
    private final DiagramLayout layout;
    private final Viewport view;

    MoveEventDrag(DiagramLayout layout, Viewport view) {
        this.layout = layout;
        this.view = view;
    }

    /** Whether a drag from {@code pressed} to {@code target} moves an event: both on one process. */
    static boolean applies(HitTest.Hit pressed, HitTest.Hit target) {
        return target != null && target.process() >= 0 && target.process() == pressed.process();
    }

    void preview(GraphicsContext gc, HitTest.Hit target, double px, double py) {
        double t = timeAt(px, py);
        double x = view.toPixelX(layout.x(target.process(), t));
        double y = view.toPixelY(layout.y(target.process(), t));
        gc.setStroke(Theme.colour(Role.WITNESS));
        gc.setLineWidth(2);
        gc.strokeOval(x - RING_RADIUS, y - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS);
    }

    /** The move, or null when the drag did not start on an event. */
    Edit edit(HitTest.Hit pressed, double px, double py) {
        return pressed.kind() == HitTest.Kind.EVENT
                ? new GestureEdits(layout).moveEvent(pressed.event(), timeAt(px, py)) : null;
    }

    private double timeAt(double px, double py) {
        return layout.timeAt(view.toPageX(px), view.toPageY(py));
    }
}
