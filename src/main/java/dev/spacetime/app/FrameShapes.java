package dev.spacetime.app;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Which shapes of a big drawing a frame looks at, so that its cost follows what the window shows
 * rather than the size of the diagram, at every zoom:
 * <ul>
 * <li>dots are found by binary search along their lines ({@link DotLines}); when crowded only the
 *     first in each pixel cell is taken, the one the painter would keep;
 * <li>messages come from an index of all of them, or, when the window would hold more than a frame
 *     can walk, from an index of every 4th, 16th, … message: a sample the painter thins further;
 * <li>everything else (process lines, names, tick lines, bars) from an index of its own.
 * </ul>
 * Zoomed in far enough that every message fits, the frame paints exactly what painting every shape
 * would.
 */
final class FrameShapes {
    /** Drawings smaller than this are simply walked whole. */
    static final int WORTH_IT = 50_000;
    /** Messages a frame may look at before it turns to a sample. */
    static final int MESSAGES_LOOKED_AT = 12_000;
    private static final int SAMPLING = 4;
    private static final int SMALLEST_SAMPLE = 2_000;

    /**
     * What a frame paints: shape numbers in painting order, whether the dots are crowded (null: the
     * painter counts them), and 1 in how many messages were looked at.
     */
    record Picked(int[] shapes, Boolean denseDots, int messageSampling) {
    }

    private final DotLines dots;
    private final ShapeIndex rest;
    private final List<ShapeIndex> messageLevels = new ArrayList<>();

    private FrameShapes(Drawing drawing) {
        List<Shape> shapes = drawing.shapes();
        dots = DotLines.of(drawing);
        IntList waves = new IntList();
        IntList others = new IntList();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (s instanceof Shape.Wave) {
                waves.add(i);
            } else if (dots == null || !dots.holds(i)) {
                others.add(i);
            }
        }
        rest = ShapeIndex.of(drawing, others.sortedDistinct());
        int[] all = waves.sortedDistinct();
        for (int every = 1; ; every *= SAMPLING) {
            int[] level = new int[(all.length + every - 1) / every];
            for (int k = 0; k < level.length; k++) {
                level[k] = all[k * every];
            }
            messageLevels.add(ShapeIndex.of(drawing, level));
            if (level.length <= SMALLEST_SAMPLE) {
                break;
            }
        }
    }

    /** The frame shapes of a drawing big enough to need them, else null (walk it whole). */
    static FrameShapes of(Drawing drawing) {
        return drawing.shapes().size() < WORTH_IT ? null : new FrameShapes(drawing);
    }

    /**
     * The shapes to paint in a window of w × h pixels through the viewport, with the dots at these
     * places (a selection's) always among them.
     */
    Picked pick(Viewport view, double w, double h, int[] alwaysDots) {
        // Labels start up to a few hundred pixels from their point, so look that far beyond the window.
        double reach = DotLines.LABEL_REACH / view.scale();
        double x1 = view.toPageX(0) - reach;
        double y1 = view.toPageY(0) - reach;
        double x2 = view.toPageX(w) + reach;
        double y2 = view.toPageY(h) + reach;
        IntList out = new IntList();
        out.addAll(rest.collect(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)));
        int sampling = 1;
        for (int level = 0; level < messageLevels.size(); level++, sampling *= SAMPLING) {
            boolean last = level == messageLevels.size() - 1;
            int[] messages = messageLevels.get(level).collect(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2),
                    Math.max(y1, y2), last ? Integer.MAX_VALUE : MESSAGES_LOOKED_AT);
            if (messages != null) {
                out.addAll(messages);
                break;
            }
        }
        Boolean dense = null;
        if (dots != null) {
            dense = dots.countWithin(view, w, h, CanvasPainter.COUNT_MARGIN) > CanvasPainter.DENSE_DOTS;
            if (dense) {
                dots.addFirstPerCell(view, w, h, CanvasPainter.DENSE_CELL, out);
                for (int k : alwaysDots) {
                    dots.addWithNext(k, out);
                }
            } else {
                dots.addAll(view, w, h, out);
            }
        }
        return new Picked(out.sortedDistinct(), dense, sampling);
    }
}
