package dev.spacetime.io.shiviz;

import java.util.Arrays;

/**
 * Vector clocks as rows of counts, one row per event, kept in chunks of many rows rather than an
 * array per clock: a million clocks of 64 entries are then about 120 big arrays, which the collector
 * neither copies nor traces one by one. Each chunk has its own width, widened when a row names more
 * entries than it has room for; entries past a row's width are 0.
 *
 * <p>A chunk is sized to just under 2 MiB: the collector gives an array that big regions of its own,
 * and an array of exactly 2 MiB (8192 rows of 64) would spill its header into a third region.
 *
 * <p>Loops over many rows read them in place: {@link #chunk(int)} holds row k from {@link #offset(int)}
 * on, {@link #width(int)} entries long.
 */
final class ClockRows {
    /** What a chunk of rows may take, header included. */
    private static final int CHUNK_BYTES = (2 << 20) - 64;

    /** Rows a chunk starts with when rows are added one by one; it doubles as they come. */
    private static final int FIRST_ROWS = 16;

    private final int rowsPerChunk;
    private final boolean sized; // made for a known number of rows: the last chunk holds only those
    private int[][] chunks;
    private int[] widths;
    private int size;

    /** Rows to be added one after another with {@link #add}. */
    ClockRows() {
        this(0, rowsFor(64), false);
    }

    private ClockRows(int rows, int rowsPerChunk, boolean sized) {
        this.rowsPerChunk = rowsPerChunk;
        this.sized = sized;
        int count = Math.max(4, chunkCount(rows, rowsPerChunk));
        chunks = new int[count][];
        widths = new int[count];
        size = rows;
    }

    /**
     * {@code rows} rows of zeros, to be filled with {@link #set}: each chunk by one thread at a time,
     * in the order of its rows. {@code rowsPerChunk} is {@link #rowsFor} the expected width but in tests.
     */
    static ClockRows ofSize(int rows, int rowsPerChunk) {
        return new ClockRows(rows, rowsPerChunk, true);
    }

    /** The rows a chunk holds when its rows are {@code width} entries wide. */
    static int rowsFor(int width) {
        return Math.max(1, (CHUNK_BYTES - 16) / (4 * Math.max(1, width)));
    }

    int size() {
        return size;
    }

    /** How many rows share a chunk: the stretches two threads may fill at once begin at a multiple of it. */
    int rowsPerChunk() {
        return rowsPerChunk;
    }

    /**
     * Appends a row holding {@code values[0, length)}. {@code widthHint} is the width a new chunk
     * should start with (the number of names seen so far), so that chunks settle at one width.
     */
    void add(int[] values, int length, int widthHint) {
        int c = size / rowsPerChunk;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
            widths = Arrays.copyOf(widths, c * 2);
        }
        set(size++, values, length, Math.max(widthHint, c == 0 ? 0 : widths[c - 1]));
    }

    /** Sets row k to {@code values[0, length)}; see {@link #add} for the hint. */
    void set(int k, int[] values, int length, int widthHint) {
        int c = k / rowsPerChunk;
        int r = k - c * rowsPerChunk;
        if (chunks[c] == null) {
            int width = Math.max(Math.max(1, widthHint), length);
            // A table filled row by row starts its chunks small: a log may hold thousands of one-event executions.
            chunks[c] = new int[(sized ? rowsIn(c) : Math.min(rowsPerChunk, FIRST_ROWS)) * width];
            widths[c] = width;
        } else if (length > widths[c]) {
            widen(c, r, Math.max(Math.max(length, widthHint), widths[c] + widths[c] / 2));
        }
        if (r >= capacity(c)) {
            chunks[c] = Arrays.copyOf(chunks[c], Math.min(rowsPerChunk, Math.max(r + 1, 2 * capacity(c))) * widths[c]);
        }
        System.arraycopy(values, 0, chunks[c], r * widths[c], length);
    }

    /** The rows chunk c holds when full: fewer in the last chunk of a table of known size. */
    private int rowsIn(int c) {
        return Math.min(rowsPerChunk, sized ? size - c * rowsPerChunk : rowsPerChunk);
    }

    /** The rows chunk c has room for now. */
    private int capacity(int c) {
        return chunks[c].length / widths[c];
    }

    /** Re-lays the first {@code rows} rows of chunk c at a greater width. */
    private void widen(int c, int rows, int width) {
        int old = widths[c];
        int[] from = chunks[c];
        int[] to = new int[capacity(c) * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(from, r * old, to, r * width, old);
        }
        chunks[c] = to;
        widths[c] = width;
    }

    /** The array holding row k. */
    int[] chunk(int k) {
        return chunks[k / rowsPerChunk];
    }

    /** Where row k starts in its chunk. */
    int offset(int k) {
        int c = k / rowsPerChunk;
        return (k - c * rowsPerChunk) * widths[c];
    }

    /** How many entries row k holds; later ones are 0. */
    int width(int k) {
        return widths[k / rowsPerChunk];
    }

    /** Entry {@code id} of row k. */
    int get(int k, int id) {
        int c = k / rowsPerChunk;
        int w = widths[c];
        return id < w ? chunks[c][(k - c * rowsPerChunk) * w + id] : 0;
    }

    /** Row k's first {@code width} entries, as an array of its own. */
    int[] row(int k, int width) {
        int[] out = new int[width];
        for (int q = 0; q < width; q++) {
            out[q] = get(k, q);
        }
        return out;
    }

    /**
     * The same rows with their entries renumbered: entry {@code id} goes to {@code renumber[id]}, and is
     * dropped where that is negative; every row ends up at least {@code width} wide. A chunk that needs
     * no change is shared, not copied.
     */
    ClockRows renumbered(int[] renumber, int width) {
        ClockRows out = new ClockRows(size, rowsPerChunk, sized);
        int count = chunkCount(size, rowsPerChunk);
        System.arraycopy(chunks, 0, out.chunks, 0, count);
        System.arraycopy(widths, 0, out.widths, 0, count);
        out.renumber(0, renumber, width);
        return out;
    }

    /** As {@link #renumbered}, in place, for the chunks from the one holding row {@code from} on. */
    void renumber(int from, int[] renumber, int width) {
        boolean identity = true;
        for (int id = 0; id < renumber.length; id++) {
            identity &= renumber[id] == id;
        }
        for (int c = from / rowsPerChunk; c < chunkCount(size, rowsPerChunk); c++) {
            int old = widths[c];
            if (chunks[c] == null || identity && old >= width) {
                continue;
            }
            int[] source = chunks[c];
            int rows = Math.min(rowsPerChunk, size - c * rowsPerChunk);
            int[] to = new int[rows * width];
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

    private static int chunkCount(int rows, int rowsPerChunk) {
        return (int) ((rows + (long) rowsPerChunk - 1) / rowsPerChunk);
    }
}
