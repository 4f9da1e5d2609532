package dev.spacetime.io.shiviz;

import java.util.Arrays;

/**
 * Vector clocks as rows of counts, one row per event, kept in chunks of {@value #ROWS} rows rather
 * than an array per clock: a million clocks of 64 entries are then about 120 big arrays, which the
 * collector neither copies nor traces one by one. Each chunk has its own width, widened when a row
 * names more entries than it has room for; entries past a row's width are 0.
 *
 * <p>Loops over many rows read them in place: {@link #chunk(int)} holds row k from {@link #offset(int)}
 * on, {@link #width(int)} entries long.
 */
final class ClockRows {
    static final int SHIFT = 13;
    static final int ROWS = 1 << SHIFT;
    private static final int MASK = ROWS - 1;

    private int[][] chunks = new int[4][];
    private int[] widths = new int[4];
    private int size;

    int size() {
        return size;
    }

    /**
     * Appends a row holding {@code values[0, length)}. {@code widthHint} is the width a new chunk
     * should start with (the number of names seen so far), so that chunks settle at one width.
     */
    void add(int[] values, int length, int widthHint) {
        int c = size >> SHIFT;
        int r = size & MASK;
        if (r == 0) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, c * 2);
                widths = Arrays.copyOf(widths, c * 2);
            }
            int width = Math.max(Math.max(1, widthHint), Math.max(length, c == 0 ? 0 : widths[c - 1]));
            chunks[c] = new int[ROWS * width];
            widths[c] = width;
        } else if (length > widths[c]) {
            widen(c, r, Math.max(Math.max(length, widthHint), widths[c] + widths[c] / 2));
        }
        System.arraycopy(values, 0, chunks[c], r * widths[c], length);
        size++;
    }

    /** Re-lays the first {@code rows} rows of chunk c at a greater width. */
    private void widen(int c, int rows, int width) {
        int old = widths[c];
        int[] from = chunks[c];
        int[] to = new int[ROWS * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(from, r * old, to, r * width, old);
        }
        chunks[c] = to;
        widths[c] = width;
    }

    /** The array holding row k. */
    int[] chunk(int k) {
        return chunks[k >> SHIFT];
    }

    /** Where row k starts in its chunk. */
    int offset(int k) {
        return (k & MASK) * widths[k >> SHIFT];
    }

    /** How many entries row k holds; later ones are 0. */
    int width(int k) {
        return widths[k >> SHIFT];
    }

    /** Entry {@code id} of row k. */
    int get(int k, int id) {
        int w = widths[k >> SHIFT];
        return id < w ? chunks[k >> SHIFT][(k & MASK) * w + id] : 0;
    }

    /**
     * The same rows with their entries renumbered: entry {@code id} goes to {@code renumber[id]}, and is
     * dropped where that is negative; every row ends up at least {@code width} wide. A chunk that needs
     * no change is shared, not copied.
     */
    ClockRows renumbered(int[] renumber, int width) {
        ClockRows out = new ClockRows();
        int count = (size + MASK) >> SHIFT;
        out.chunks = new int[Math.max(1, count)][];
        out.widths = new int[Math.max(1, count)];
        out.size = size;
        boolean identity = true;
        for (int id = 0; id < renumber.length; id++) {
            identity &= renumber[id] == id;
        }
        for (int c = 0; c < count; c++) {
            int old = widths[c];
            if (identity && old >= width) {
                out.chunks[c] = chunks[c];
                out.widths[c] = old;
                continue;
            }
            int[] from = chunks[c];
            int[] to = new int[ROWS * width];
            int rows = Math.min(ROWS, size - (c << SHIFT));
            for (int r = 0; r < rows; r++) {
                for (int id = 0; id < old && id < renumber.length; id++) {
                    int value = from[r * old + id];
                    if (value != 0 && renumber[id] >= 0) {
                        to[r * width + renumber[id]] = value;
                    }
                }
            }
            out.chunks[c] = to;
            out.widths[c] = width;
        }
        return out;
    }
}
