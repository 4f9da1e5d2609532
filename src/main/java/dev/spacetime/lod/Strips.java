package dev.spacetime.lod;

/**
 * One-way bins for shapes long in one direction and short in the other — a message crossing many
 * processes but little time — so a frame finds them by the stretch of time it shows.
 */
final class Strips {
    private static final int COUNT = 4096;
    private static final int MOST = 64; // a shape spanning more strips than this is not short this way

    private final double origin;
    private final double size;
    private final int[] start = new int[COUNT + 1];
    private int[] items = new int[1024];
    private int[] itemStrip = new int[1024];
    private int n;
    private int[] sorted;

    Strips(double origin, double length) {
        this.origin = origin;
        this.size = Math.max(length, 1e-9) / COUNT;
    }

    /** Takes the shape if it is short along this axis (from a to b); false otherwise. */
    boolean add(int shape, double a, double b) {
        int s1 = strip(a);
        int s2 = strip(b);
        if (s2 - s1 > MOST) {
            return false;
        }
        for (int s = s1; s <= s2; s++) {
            if (n == items.length) {
                items = java.util.Arrays.copyOf(items, n * 2);
                itemStrip = java.util.Arrays.copyOf(itemStrip, n * 2);
            }
            items[n] = shape;
            itemStrip[n++] = s;
            start[s + 1]++;
        }
        return true;
    }

    /** Sorts the entries by strip; call once after the last add. */
    void seal() {
        for (int s = 0; s < COUNT; s++) {
            start[s + 1] += start[s];
        }
        sorted = new int[n];
        int[] fill = start.clone();
        for (int k = 0; k < n; k++) {
            sorted[fill[itemStrip[k]]++] = items[k];
        }
        items = null;
        itemStrip = null;
    }

    /** Adds every shape in the strips from a to b; false once the hits are over their limit. */
    boolean collect(double a, double b, ShapeIndex.Hits hit) {
        int s1 = strip(Math.min(a, b));
        int s2 = strip(Math.max(a, b));
        for (int k = start[s1]; k < start[s2 + 1]; k++) {
            if (!hit.add(sorted[k])) {
                return false;
            }
        }
        return true;
    }

    private int strip(double v) {
        return Math.max(0, Math.min(COUNT - 1, (int) Math.floor((v - origin) / size)));
    }
}
