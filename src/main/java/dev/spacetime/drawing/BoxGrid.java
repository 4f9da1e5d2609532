package dev.spacetime.drawing;

import dev.spacetime.model.IntList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Boxes and segments in pixels, filed by the square cells they touch, so a label placement asks
 * "what is near this box" without walking the whole picture. Boxes are what a label may not cover
 * (other labels, dots, arrowheads, names); segments are strokes it would rather not lie across.
 */
final class BoxGrid {
    private static final double CELL = 48;
    /** Cells kept in flat arrays at most; a larger extent files its cells in hash maps. */
    private static final long FLAT_CELLS = 1 << 21;
    private final Cells boxCells;
    private final Cells segmentCells;
    private double[] boxes;
    private int boxCount;
    private double[] segments;
    private double[] segmentPads;
    private int[] segmentWeights;
    private int segmentCount;
    private int[] seen; // per segment, the query that last counted it
    private int query;
    private int segmentsFiled; // segments below this are in their cells; the rest wait for the first question

    /**
     * @param extent   the pixel rectangle {x1, y1, x2, y2} everything filed and asked about lies in (what
     *                 lies outside is not kept, and is free), or null for anywhere
     * @param boxes    how many boxes are likely to be filed (room is made for them at once)
     * @param segments how many segments are likely to be filed
     */
    BoxGrid(double[] extent, int boxes, int segments) {
        this.boxes = new double[4 * Math.max(16, boxes)];
        this.segments = new double[4 * Math.max(16, segments)];
        segmentPads = new double[Math.max(16, segments)];
        segmentWeights = new int[Math.max(16, segments)];
        seen = new int[Math.max(16, segments)];
        long cx0 = extent == null ? 0 : cell(extent[0]);
        long cy0 = extent == null ? 0 : cell(extent[1]);
        long columns = extent == null ? 0 : cell(extent[2]) - cx0 + 1;
        long rows = extent == null ? 0 : cell(extent[3]) - cy0 + 1;
        boolean flat = extent != null && columns > 0 && rows > 0 && columns * rows <= FLAT_CELLS;
        boxCells = flat ? new FlatCells(cx0, cy0, (int) columns, (int) rows) : new HashedCells();
        segmentCells = flat ? new FlatCells(cx0, cy0, (int) columns, (int) rows) : new HashedCells();
    }

    /** The lists of what is filed in each cell. */
    private interface Cells {
        /** The list of cell (cx, cy), or null when nothing is filed there. */
        IntList get(long cx, long cy);

        /** The list of cell (cx, cy), made when missing; null outside the extent kept. */
        IntList make(long cx, long cy);

        /** Makes each cell's list ready for {@code counts[c]} more, as {@link #count} counted them. */
        void reserve(int[] counts);

        /** Counts one more for cell (cx, cy) in {@code counts}, as {@link #reserve} reads them. */
        void count(long cx, long cy, int[] counts);

        /** How many counts {@link #count} needs, or 0 when lists simply grow. */
        int countsNeeded();
    }

    private static final class HashedCells implements Cells {
        private final Map<Long, IntList> cells = new HashMap<>();

        @Override
        public IntList get(long cx, long cy) {
            return cells.get(key(cx, cy));
        }

        @Override
        public IntList make(long cx, long cy) {
            return cells.computeIfAbsent(key(cx, cy), c -> new IntList(4));
        }

        @Override
        public void reserve(int[] counts) {
        }

        @Override
        public void count(long cx, long cy, int[] counts) {
        }

        @Override
        public int countsNeeded() {
            return 0;
        }
    }

    /** Cells of a bounded extent in one array: no key to box and hash on every question. */
    private static final class FlatCells implements Cells {
        private final long cx0;
        private final long cy0;
        private final int columns;
        private final int rows;
        private final IntList[] cells;

        FlatCells(long cx0, long cy0, int columns, int rows) {
            this.cx0 = cx0;
            this.cy0 = cy0;
            this.columns = columns;
            this.rows = rows;
            this.cells = new IntList[columns * rows];
        }

        @Override
        public IntList get(long cx, long cy) {
            long x = cx - cx0;
            long y = cy - cy0;
            return x < 0 || y < 0 || x >= columns || y >= rows ? null : cells[(int) (y * columns + x)];
        }

        @Override
        public IntList make(long cx, long cy) {
            long x = cx - cx0;
            long y = cy - cy0;
            if (x < 0 || y < 0 || x >= columns || y >= rows) {
                return null;
            }
            int i = (int) (y * columns + x);
            if (cells[i] == null) {
                cells[i] = new IntList(4);
            }
            return cells[i];
        }

        @Override
        public void reserve(int[] counts) {
            for (int i = 0; i < cells.length; i++) {
                if (counts[i] > 0) {
                    if (cells[i] == null) {
                        cells[i] = new IntList(counts[i]);
                    } else {
                        IntList grown = new IntList(cells[i].size() + counts[i]);
                        for (int j = 0; j < cells[i].size(); j++) {
                            grown.add(cells[i].get(j));
                        }
                        cells[i] = grown;
                    }
                }
            }
        }

        @Override
        public void count(long cx, long cy, int[] counts) {
            long x = cx - cx0;
            long y = cy - cy0;
            if (x >= 0 && y >= 0 && x < columns && y < rows) {
                counts[(int) (y * columns + x)]++;
            }
        }

        @Override
        public int countsNeeded() {
            return cells.length;
        }
    }

    /** Files a box {x1, y1, x2, y2} a label may not overlap. */
    void addBox(double x1, double y1, double x2, double y2) {
        if (4 * boxCount + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        int k = boxCount++;
        boxes[4 * k] = x1;
        boxes[4 * k + 1] = y1;
        boxes[4 * k + 2] = x2;
        boxes[4 * k + 3] = y2;
        for (long cx = cell(x1); cx <= cell(x2); cx++) {
            for (long cy = cell(y1); cy <= cell(y2); cy++) {
                IntList list = boxCells.make(cx, cy);
                if (list != null) {
                    list.add(k);
                }
            }
        }
    }

    /**
     * Files a stroke from (x1, y1) to (x2, y2), {@code pad} pixels thick either side (a wave's swing),
     * weighing {@code weight} against a label lying across it. It goes into its cells when strokes are
     * first asked about, with all the others, so that each cell's list is made at its full length
     * rather than grown a stroke at a time, and not at all when no one asks (a crowded window's
     * labels take the first free place and never ask what crosses them).
     */
    void addSegment(double x1, double y1, double x2, double y2, double pad, int weight) {
        if (4 * segmentCount + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        if (segmentCount + 1 > segmentPads.length) {
            segmentPads = Arrays.copyOf(segmentPads, segmentPads.length * 2);
            segmentWeights = Arrays.copyOf(segmentWeights, segmentWeights.length * 2);
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        int k = segmentCount++;
        segments[4 * k] = x1;
        segments[4 * k + 1] = y1;
        segments[4 * k + 2] = x2;
        segments[4 * k + 3] = y2;
        segmentPads[k] = pad;
        segmentWeights[k] = weight;
    }

    /** Files the strokes added since the last question in the cells they touch, each cell's list made once. */
    private void fileSegments() {
        if (segmentsFiled == segmentCount) {
            return;
        }
        int needed = segmentCells.countsNeeded();
        if (needed > 0) {
            int[] counts = new int[needed];
            for (int k = segmentsFiled; k < segmentCount; k++) {
                walk(k, counts);
            }
            segmentCells.reserve(counts);
        }
        for (int k = segmentsFiled; k < segmentCount; k++) {
            walk(k, null);
        }
        segmentsFiled = segmentCount;
    }

    /** Visits the cells segment k touches: counts them in {@code counts}, or files k in them when null. */
    private void walk(int k, int[] counts) {
        double x1 = segments[4 * k];
        double y1 = segments[4 * k + 1];
        double x2 = segments[4 * k + 2];
        double y2 = segments[4 * k + 3];
        double pad = segmentPads[k];
        // Every cell the padded stroke touches, column by column: in each, the rows between the stroke's
        // heights where its swing reaches that column. A pixel more either way keeps rounding from leaving
        // out a cell a query would need; a cell too many only costs an exact test that fails.
        double m = pad + 1;
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double dx = x2 - x1;
        double dy = y2 - y1;
        for (long cx = cell(minX - m); cx <= cell(maxX + m); cx++) {
            double lo = Math.max(minX, cx * CELL - m);
            double hi = Math.min(maxX, (cx + 1) * CELL + m);
            double ya;
            double yb;
            if (dx == 0) {
                ya = y1;
                yb = y2;
            } else {
                ya = y1 + dy * Math.max(0, Math.min(1, (lo - x1) / dx));
                yb = y1 + dy * Math.max(0, Math.min(1, (hi - x1) / dx));
            }
            for (long cy = cell(Math.min(ya, yb) - m); cy <= cell(Math.max(ya, yb) + m); cy++) {
                if (counts != null) {
                    segmentCells.count(cx, cy, counts);
                    continue;
                }
                IntList list = segmentCells.make(cx, cy);
                if (list != null) {
                    list.add(k);
                }
            }
        }
    }

    /** Whether box {x1, y1, x2, y2} overlaps no filed box. */
    boolean free(double x1, double y1, double x2, double y2) {
        for (long cx = cell(x1); cx <= cell(x2); cx++) {
            for (long cy = cell(y1); cy <= cell(y2); cy++) {
                IntList list = boxCells.get(cx, cy);
                if (list == null) {
                    continue;
                }
                // The newest first: a label's neighbour along its process line was placed just before it,
                // and is what most often stands in the way.
                for (int i = list.size() - 1; i >= 0; i--) {
                    int k = list.get(i);
                    if (boxes[4 * k] < x2 && boxes[4 * k + 2] > x1 && boxes[4 * k + 1] < y2 && boxes[4 * k + 3] > y1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The summed weight of the filed strokes that cross box {x1, y1, x2, y2}, with a wave's swing. */
    int crossings(double x1, double y1, double x2, double y2) {
        return crossings(x1, y1, x2, y2, true);
    }

    /**
     * The summed weight of the filed strokes that cross box {x1, y1, x2, y2}: with their padding
     * (a wave's swing) when {@code swing}, else the straight stroke alone, which runs through the text
     * itself rather than grazing its edge.
     */
    int crossings(double x1, double y1, double x2, double y2, boolean swing) {
        fileSegments();
        query++;
        int total = 0;
        for (long cx = cell(x1); cx <= cell(x2); cx++) {
            for (long cy = cell(y1); cy <= cell(y2); cy++) {
                IntList list = segmentCells.get(cx, cy);
                if (list == null) {
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    int k = list.get(i);
                    if (seen[k] == query) {
                        continue;
                    }
                    seen[k] = query;
                    double p = swing ? segmentPads[k] : 0;
                    if (crosses(segments[4 * k], segments[4 * k + 1], segments[4 * k + 2], segments[4 * k + 3],
                            x1 - p, y1 - p, x2 + p, y2 + p)) {
                        total += segmentWeights[k];
                    }
                }
            }
        }
        return total;
    }

    /**
     * The filed stroke of this weight passing nearest point (x, y), within a pixel, as {x1, y1, x2, y2};
     * null when none does.
     */
    double[] segmentThrough(double x, double y, int weight) {
        fileSegments();
        IntList list = segmentCells.get(cell(x), cell(y));
        double[] best = null;
        double bestDistance = 1;
        for (int i = 0; list != null && i < list.size(); i++) {
            int k = list.get(i);
            if (segmentWeights[k] != weight) {
                continue;
            }
            double ax = segments[4 * k];
            double ay = segments[4 * k + 1];
            double dx = segments[4 * k + 2] - ax;
            double dy = segments[4 * k + 3] - ay;
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
            double distance = Math.hypot(ax + t * dx - x, ay + t * dy - y);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = new double[] {ax, ay, ax + dx, ay + dy};
            }
        }
        return best;
    }

    /** Whether segment (ax, ay)–(bx, by) passes through box {x1, y1, x2, y2}. */
    static boolean crosses(double ax, double ay, double bx, double by, double x1, double y1, double x2, double y2) {
        return SegmentClip.crosses(ax, ay, bx, by, x1, y1, x2, y2);
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
