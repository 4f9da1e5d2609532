package dev.spacetime.app.document;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.SelectionLayer;

/**
 * What the editor asks the screen to show after a change: a drawing, a selection's emphasis to lay
 * over it (or null), and how to get there.
 *
 * @param drawing    the drawing
 * @param emphasis   a selection to paint over the drawing, or null: a click changes only this, so the
 *                   screen keeps its index of the drawing
 * @param transition a move to show first (physical ↔ logical time), or null to show the picture at once
 * @param opened     true for a document just opened: the screen fits it to the window
 */
public record Picture(Drawing drawing, SelectionLayer.Emphasis emphasis, Transition transition, boolean opened) {
    /**
     * A smooth move between two drawings of the same shapes (the selection laid into both), after
     * which the screen settles on the picture's drawing and emphasis.
     */
    public record Transition(Drawing from, Drawing to) {
    }
}
