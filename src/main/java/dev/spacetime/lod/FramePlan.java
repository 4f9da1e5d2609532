package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * What one frame paints and how, decided before any pixel is touched: the shapes (only those a big
 * drawing's frame index picks, with a selection's emphasis laid in), whether the dots are crowded,
 * whether messages are drawn straight, and how many are on screen.
 *
 * @param shapes          what to paint, in painting order
 * @param denseDots       dots so crowded that each claims a bigger cell and labels among them are left out
 * @param straight        so many messages that waves are drawn as straight lines
 * @param messagesVisible messages crossing the window
 */
public record FramePlan(List<Shape> shapes, boolean denseDots, boolean straight, int messagesVisible) {

    /**
     * The plan for a frame of the drawing in the window.
     *
     * @param frames        the drawing's frame index, or null to look at every shape
     * @param emphasis      a selection to lay over the drawing, or null
     * @param levelOfDetail false for an export, where every shape is painted however crowded
     */
    public static FramePlan of(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis,
            ScreenWindow window, boolean levelOfDetail) {
        FrameShapes.Picked picked = frames == null ? null
                : frames.pick(window.view(), window.width(), window.height(),
                        emphasis == null ? new int[0] : emphasis.selectedDots());
        int[] which = picked == null ? null : picked.shapes();
        List<Shape> shapes = which == null ? drawing.shapes() : pick(drawing.shapes(), which);
        if (emphasis != null) {
            shapes = emphasis.laidOver(drawing.shapes(), shapes, which);
        }
        int messages = 0;
        int dots = 0;
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Wave w && window.crosses(w.x1(), w.y1(), w.x2(), w.y2())) {
                messages++;
            } else if (shape instanceof Shape.Dot d && window.boxVisible(d.x(), d.y(), d.x(), d.y())) {
                dots++;
            }
        }
        boolean crowded = picked != null && picked.denseDots() != null ? picked.denseDots()
                : dots > LevelOfDetail.DENSE_DOTS;
        int sampling = picked == null ? 1 : picked.messageSampling();
        return new FramePlan(shapes, levelOfDetail && crowded,
                levelOfDetail && (long) messages * sampling > LevelOfDetail.STRAIGHT_ABOVE, messages);
    }

    private static List<Shape> pick(List<Shape> all, int[] which) {
        List<Shape> some = new ArrayList<>(which.length);
        for (int i : which) {
            some.add(all.get(i));
        }
        return some;
    }
}
