package dev.spacetime.app;

import java.util.BitSet;

/**
 * Which cells of the window are already taken, for level of detail: a dot whose cell is taken adds
 * nothing a viewer could see, and a label over another label can be read by neither.
 */
final class PixelGrid {
    private final int cell;
    private final int columns;
    private final int rows;
    private final BitSet taken;

    PixelGrid(double width, double height, int cell) {
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(width / cell));
        this.rows = Math.max(1, (int) Math.ceil(height / cell));
        this.taken = new BitSet(columns * rows);
    }

    /** Takes the cell holding (x, y); false when it was already taken or lies outside. */
    boolean claimPoint(double x, double y) {
        int c = (int) Math.floor(x / cell);
        int r = (int) Math.floor(y / cell);
        if (c < 0 || r < 0 || c >= columns || r >= rows) {
            return false;
        }
        int i = r * columns + c;
        if (taken.get(i)) {
            return false;
        }
        taken.set(i);
        return true;
    }

    /** Takes every cell of the rectangle unless one of them is taken already, in which case nothing changes. */
    boolean claimRect(double x1, double y1, double x2, double y2) {
        int c1 = Math.max(0, (int) Math.floor(x1 / cell));
        int r1 = Math.max(0, (int) Math.floor(y1 / cell));
        int c2 = Math.min(columns - 1, (int) Math.floor(x2 / cell));
        int r2 = Math.min(rows - 1, (int) Math.floor(y2 / cell));
        if (c1 > c2 || r1 > r2) {
            return false;
        }
        for (int r = r1; r <= r2; r++) {
            int next = taken.nextSetBit(r * columns + c1);
            if (next >= 0 && next <= r * columns + c2) {
                return false;
            }
        }
        for (int r = r1; r <= r2; r++) {
            taken.set(r * columns + c1, r * columns + c2 + 1);
        }
        return true;
    }
}
