package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Shape;
import dev.spacetime.model.IntList;
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
public final class FrameShapes {
    /** Drawings smaller than this are simply walked whole. */
    static final int WORTH_IT = 50_000;
    /** Messages a frame may look at before it turns to a sample. */
    public static final int MESSAGES_LOOKED_AT = 12_000;
    private static final int SAMPLING = 4;
    private static final int SMALLEST_SAMPLE = 2_000;

    /**
     * What a frame paints: shape numbers in painting order, whether the dots are crowded (null: the
     * frame plan counts them), and 1 in how many messages were looked at.
     */
    public record Picked(int[] shapes, Boolean denseDots, int messageSampling) {
    }

    private final DotLines dots;
    private final ShapeIndex rest;
    private final List<ShapeIndex> messageLevels = new ArrayList<>();
    private final int[] levelSizes;
    private final double[] bounds;

    private FrameShapes(Drawing drawing) {
        List<Shape> shapes = drawing.shapes();
        dots = DotLines.of(drawing);
        IntList waves = new IntList(256);
        IntList others = new IntList(256);
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (s instanceof Shape.Wave) {
                waves.add(i);
            } else if (dots == null || !dots.holds(i)) {
                others.add(i);
            }
        }
        rest = ShapeIndex.of(drawing, others.toArray()); // gathered in order already
        int[] all = waves.toArray();
        IntList sizes = new IntList(256);
        for (int every = 1; ; every *= SAMPLING) {
            int[] level = new int[(all.length + every - 1) / every];
            for (int k = 0; k < level.length; k++) {
                level[k] = all[k * every];
            }
            messageLevels.add(ShapeIndex.of(drawing, level));
            sizes.add(level.length);
            if (level.length <= SMALLEST_SAMPLE) {
                break;
            }
        }
        levelSizes = sizes.toArray();
        bounds = drawing.bounds();
    }

    /** The frame shapes of a drawing big enough to need them, else null (walk it whole). */
    public static FrameShapes of(Drawing drawing) {
        return drawing.shapes().size() < WORTH_IT ? null : new FrameShapes(drawing);
    }

    /**
     * The shapes to paint in a window of w × h pixels through the viewport, with the dots at these
     * places (a selection's) always among them.
     */
    public Picked pick(Viewport view, double w, double h, int[] alwaysDots) {
        // Labels start up to a few hundred pixels from their point, so look that far beyond the window.
        double reach = DotLines.LABEL_REACH / view.scale();
        double ax = view.toPageX(0) - reach;
        double ay = view.toPageY(0) - reach;
        double bx = view.toPageX(w) + reach;
        double by = view.toPageY(h) + reach;
        double[] r = {Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)};
        int[] others = rest.collect(r[0], r[1], r[2], r[3]);
        // Skip the samples surely too big for the window (messages spread about evenly over the page).
        double shown = Math.min(1, (r[2] - r[0]) * (r[3] - r[1])
                / Math.max(1e-9, (bounds[2] - bounds[0]) * (bounds[3] - bounds[1])));
        int level = 0;
        while (level + 1 < messageLevels.size() && levelSizes[level] * shown > 8L * MESSAGES_LOOKED_AT) {
            level++;
        }
        int[] messages = messageLevels.get(level).collect(r[0], r[1], r[2], r[3], limit(level));
        while (messages == null) {
            level++;
            messages = messageLevels.get(level).collect(r[0], r[1], r[2], r[3], limit(level));
        }
        Boolean dense = null;
        IntList dotsOut = new IntList(256);
        IntList labelsOut = new IntList(256);
        IntList specials = new IntList(256);
        if (dots != null) {
            dense = dots.countWithin(view, w, h, LevelOfDetail.WINDOW_MARGIN) > LevelOfDetail.DENSE_DOTS;
            if (dense) {
                dots.addFirstPerCell(view, w, h, LevelOfDetail.DENSE_CELL, dotsOut, specials);
                for (int k : alwaysDots) {
                    dots.addWithNext(k, specials);
                }
            } else {
                dots.addAll(view, w, h, dotsOut, labelsOut);
            }
        }
        // Each part is in ascending order already, so merging keeps painting order without a sort.
        int[] shapes = IntList.merge(IntList.merge(others, messages), IntList.merge(dotsOut.toArray(), labelsOut.toArray()));
        return new Picked(IntList.merge(shapes, specials.sortedDistinct()), dense, (int) Math.pow(SAMPLING, level));
    }

    /** The most messages a sample may give before the next, sparser one is asked; the sparsest gives all it has. */
    private int limit(int level) {
        return level == messageLevels.size() - 1 ? Integer.MAX_VALUE : MESSAGES_LOOKED_AT;
    }
}
