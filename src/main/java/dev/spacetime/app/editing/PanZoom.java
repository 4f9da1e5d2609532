package dev.spacetime.app.editing;

import dev.spacetime.app.canvas.DiagramCanvas;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/** Moving the view: a drag on empty space pans, the wheel and a pinch zoom at the pointer. */
final class PanZoom {
    /** How much one unit of wheel turn zooms. */
    private static final double WHEEL_STEP = 1.0015;
    private final DiagramCanvas canvas;

    PanZoom(DiagramCanvas canvas) {
        this.canvas = canvas;
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
    }

    void pan(double dx, double dy) {
        canvas.viewport().panBy(dx, dy);
        canvas.repaint();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.getTouchCount() > 1) {
            return;
        }
        canvas.viewport().zoomAt(e.getX(), e.getY(), Math.pow(WHEEL_STEP, e.getDeltaY()));
        canvas.repaint();
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        canvas.viewport().zoomAt(e.getX(), e.getY(), e.getZoomFactor());
        canvas.repaint();
        e.consume();
    }
}
