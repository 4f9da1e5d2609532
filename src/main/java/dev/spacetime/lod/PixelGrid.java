package dev.spacetime.lod;

import java.util.BitSet;

/**
 * Which cells of the window are already taken, for level of detail: a dot whose cell is taken adds
 * nothing a viewer could see, and a label over another label can be read by neither.
 */
public final class PixelGrid {
    private final int cell;
    private final int columns;
    private final int rows;
    private final BitSet taken;

    public PixelGrid(double width, double height, int cell) {
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(width / cell));
        this.rows = Math.max(1, (int) Math.ceil(height / cell));
        this.taken = new BitSet(columns * rows);
    }

    /** Takes the cell holding (x, y); false when it was already taken or lies outside. */
    public boolean claimPoint(double x, double y) {
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
        if (!free(x1, y1, x2, y2)) {
            return false;
        }
        for (int r = row(y1); r <= lastRow(y2); r++) {
            taken.set(r * columns + column(x1), r * columns + lastColumn(x2) + 1);
        }
        return true;
    }

    /** Whether the rectangle lies in the window at least in part and none of its cells is taken. */
    boolean free(double x1, double y1, double x2, double y2) {
        int c1 = column(x1);
        int r1 = row(y1);
        int c2 = lastColumn(x2);
        int r2 = lastRow(y2);
        if (c1 > c2 || r1 > r2) {
            return false;
        }
        for (int r = r1; r <= r2; r++) {
            int next = taken.nextSetBit(r * columns + c1);
            if (next >= 0 && next <= r * columns + c2) {
                return false;
            }
        }
        return true;
    }

    private int column(double x) {
        return Math.max(0, (int) Math.floor(x / cell));
    }

    private int row(double y) {
        return Math.max(0, (int) Math.floor(y / cell));
    }

    private int lastColumn(double x) {
        return Math.min(columns - 1, (int) Math.floor(x / cell));
    }

    private int lastRow(double y) {
        return Math.min(rows - 1, (int) Math.floor(y / cell));
    }
}
