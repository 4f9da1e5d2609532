package dev.spacetime.app;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * A huge drawing seen whole, made small: one dot for each small cell of the page that has any (the
 * first there, in its colour), a fixed sample of the messages, no event labels (they could not be
 * read), and every other shape as it is. A frame of the whole of a million-event diagram paints this
 * instead of walking millions of shapes; zoomed in, the index finds the real shapes.
 */
final class DrawingSummary {
    /** Drawings with more shapes than this get a summary. */
    static final int ABOVE = 300_000;
    private static final int CELLS = 2048;
    private static final int MESSAGES = 3000;

    private final int[] kept;

    private DrawingSummary(int[] kept) {
        this.kept = kept;
    }

    /** The shapes the summary keeps, by their number in the drawing, in painting order. */
    int[] kept() {
        return kept;
    }

    /** A summary of a drawing big enough to need one, else null. */
    static DrawingSummary of(Drawing drawing) {
        List<Shape> all = drawing.shapes();
        if (all.size() <= ABOVE) {
            return null;
        }
        double[] b = drawing.bounds();
        double cell = Math.max(b[2] - b[0], b[3] - b[1]) / CELLS + 1e-9;
        int columns = (int) Math.ceil((b[2] - b[0]) / cell) + 1;
        int rows = (int) Math.ceil((b[3] - b[1]) / cell) + 1;
        java.util.BitSet taken = new java.util.BitSet(columns * rows);
        long messages = all.stream().filter(s -> s instanceof Shape.Wave w && w.to() != null).count();
        long every = Math.max(1, (messages + MESSAGES - 1) / MESSAGES);
        List<Integer> kept = new ArrayList<>();
        long message = 0;
        for (int i = 0; i < all.size(); i++) {
            Shape s = all.get(i);
            if (s instanceof Shape.Dot d) {
                int c = (int) ((d.x() - b[0]) / cell);
                int r = (int) ((d.y() - b[1]) / cell);
                int k = Math.max(0, Math.min(rows - 1, r)) * columns + Math.max(0, Math.min(columns - 1, c));
                if (!taken.get(k) || d.role() == Role.SELECTED) {
                    taken.set(k);
                    kept.add(i);
                }
            } else if (s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL) {
                continue;
            } else if (s instanceof Shape.Wave w && w.to() != null) {
                if (message++ % every == 0) {
                    kept.add(i);
                }
            } else {
                kept.add(i);
            }
        }
        return new DrawingSummary(kept.stream().mapToInt(Integer::intValue).toArray());
    }
}
