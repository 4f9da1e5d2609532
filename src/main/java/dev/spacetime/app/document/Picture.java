package dev.spacetime.app.document;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.SelectionLayer;

/**
 * What the editor asks the screen to show after a change: a drawing, a selection's emphasis to lay
 * over it (or null), and how to get there.
 *
 * @param drawing  the drawing
 * @param emphasis a selection to paint over the drawing, or null: a click changes only this, so the
 *                 screen keeps its index of the drawing
 * @param from     the drawing to move from smoothly (physical ↔ logical time), or null to show it at once
 * @param opened   true for a document just opened: the screen fits it to the window
 */
public record Picture(Drawing drawing, SelectionLayer.Emphasis emphasis, Drawing from, boolean opened) {
}
