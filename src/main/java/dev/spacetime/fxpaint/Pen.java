package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import javafx.scene.canvas.GraphicsContext;

/** Sets a graphics context's stroke for a role: its colour, width and, when asked, its dashes. */
final class Pen {
    private Pen() {
    }

    /** @param k how many times its plain width the stroke is drawn (the text scale) */
    static void use(GraphicsContext gc, Role role, boolean dashed, double k) {
        gc.setStroke(Theme.colour(role));
        gc.setLineWidth(Style.lineWidth(role) * k);
        if (dashed) {
            gc.setLineDashes(Style.dashes(role, k));
        } else {
            gc.setLineDashes();
        }
    }
}
