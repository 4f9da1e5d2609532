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

    private final int shift; // rows per chunk: 2^shift
    private final int mask;

    private int[][] chunks;
    private int[] widths;
    private int size;

    /** Rows to be added one after another with {@link #add}. */
    ClockRows() {
        this(0, SHIFT);
    }

    private ClockRows(int rows, int shift) {
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        int count = Math.max(4, (rows + mask) >> shift);
        chunks = new int[count][];
        widths = new int[count];
        size = rows;
    }

    /**
     * {@code rows} rows of zeros, to be filled with {@link #set}: each chunk by one thread at a time,
     * in the order of its rows. Chunks hold 2^shift rows ({@link #SHIFT} but in tests).
     */
    static ClockRows ofSize(int rows, int shift) {
        return new ClockRows(rows, shift);
    }

    int size() {
        return size;
    }

    /**
     * Appends a row holding {@code values[0, length)}. {@code widthHint} is the width a new chunk
     * should start with (the number of names seen so far), so that chunks settle at one width.
     */
    void add(int[] values, int length, int widthHint) {
        int c = size >> shift;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
            widths = Arrays.copyOf(widths, c * 2);
        }
        set(size++, values, length, Math.max(widthHint, c == 0 ? 0 : widths[c - 1]));
    }

    /** Sets row k to {@code values[0, length)}; see {@link #add} for the hint. */
    void set(int k, int[] values, int length, int widthHint) {
        int c = k >> shift;
        int r = k & mask;
        if (chunks[c] == null) {
            int width = Math.max(Math.max(1, widthHint), length);
            chunks[c] = new int[(mask + 1) * width];
            widths[c] = width;
        } else if (length > widths[c]) {
            widen(c, r, Math.max(Math.max(length, widthHint), widths[c] + widths[c] / 2));
        }
        System.arraycopy(values, 0, chunks[c], r * widths[c], length);
    }

    /** Re-lays the first {@code rows} rows of chunk c at a greater width. */
    private void widen(int c, int rows, int width) {
        int old = widths[c];
        int[] from = chunks[c];
        int[] to = new int[(mask + 1) * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(from, r * old, to, r * width, old);
        }
        chunks[c] = to;
        widths[c] = width;
    }

    /** The array holding row k. */
    int[] chunk(int k) {
        return chunks[k >> shift];
    }

    /** Where row k starts in its chunk. */
    int offset(int k) {
        return (k & mask) * widths[k >> shift];
    }

    /** How many entries row k holds; later ones are 0. */
    int width(int k) {
        return widths[k >> shift];
    }

    /** Entry {@code id} of row k. */
    int get(int k, int id) {
        int w = widths[k >> shift];
        return id < w ? chunks[k >> shift][(k & mask) * w + id] : 0;
    }

    /**
     * The same rows with their entries renumbered: entry {@code id} goes to {@code renumber[id]}, and is
     * dropped where that is negative; every row ends up at least {@code width} wide. A chunk that needs
     * no change is shared, not copied.
     */
    ClockRows renumbered(int[] renumber, int width) {
        ClockRows out = new ClockRows(size, shift);
        System.arraycopy(chunks, 0, out.chunks, 0, chunkCount());
        System.arraycopy(widths, 0, out.widths, 0, chunkCount());
        out.renumber(0, renumber, width);
        return out;
    }

    /** As {@link #renumbered}, in place, for the chunks from the one holding row {@code from} on. */
    void renumber(int from, int[] renumber, int width) {
        boolean identity = true;
        for (int id = 0; id < renumber.length; id++) {
            identity &= renumber[id] == id;
        }
        for (int c = from >> shift; c < chunkCount(); c++) {
            int old = widths[c];
            if (chunks[c] == null || identity && old >= width) {
                continue;
            }
            int[] source = chunks[c];
            int[] to = new int[(mask + 1) * width];
            int rows = Math.min(mask + 1, size - (c << shift));
            for (int r = 0; r < rows; r++) {
                for (int id = 0; id < old && id < renumber.length; id++) {
                    int value = source[r * old + id];
                    if (value != 0 && renumber[id] >= 0) {
                        to[r * width + renumber[id]] = value;
                    }
                }
            }
            chunks[c] = to;
            widths[c] = width;
        }
    }

    private int chunkCount() {
        return (size + mask) >> shift;
    }
}
