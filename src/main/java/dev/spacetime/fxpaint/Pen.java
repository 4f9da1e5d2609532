package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import javafx.scene.canvas.GraphicsContext;

/** Sets a graphics context's stroke for a role: its colour, width and, when asked, its dashes. */
final class Pen {
    private Pen() {
    }

    static void use(GraphicsContext gc, Role role, boolean dashed) {
        gc.setStroke(Theme.colour(role));
        gc.setLineWidth(Style.lineWidth(role));
        if (dashed) {
            gc.setLineDashes(Style.dashes(role));
        } else {
            gc.setLineDashes();
        }
    }
}
