package dev.spacetime.causality;

/**
 * The total order ⇒ of section 4: a ⇒ b when C(a) < C(b), or C(a) = C(b) and a's process comes
 * first in the diagram's order. Built by a counting sort on the clock values, O(N + max C).
 */
public final class TotalOrder {
    private final int[] order;
    private final int[] rank;

    private TotalOrder(int[] order, int[] rank) {
        this.order = order;
        this.rank = rank;
    }

    static TotalOrder of(EventGraph g, LamportClocks clocks) {
        int n = g.eventCount();
        int max = clocks.max();
        int[] firstOfClock = new int[max + 2];
        for (int e = 0; e < n; e++) {
            firstOfClock[clocks.of(e) + 1]++;
        }
        for (int c = 0; c <= max; c++) {
            firstOfClock[c + 1] += firstOfClock[c];
        }
        // Events are numbered process by process, so visiting them in index order fills every clock's
        // bucket in the processes' order: the paper's tie-break comes for free.
        int[] order = new int[n];
        int[] rank = new int[n];
        for (int e = 0; e < n; e++) {
            int r = firstOfClock[clocks.of(e)]++;
            order[r] = e;
            rank[e] = r;
        }
        return new TotalOrder(order, rank);
    }

    /**
     * ⇒ built from any clock that satisfies the Clock Condition, such as values a student gave: the
     * smaller value first, equal values in process order (events without a value, NaN, last). A
     * stable sort of the events in index order, which is process order, breaks the ties as the paper does.
     */
    static TotalOrder of(EventGraph g, double[] clock) {
        int n = g.eventCount();
        Integer[] sorted = new Integer[n];
        for (int e = 0; e < n; e++) {
            sorted[e] = e;
        }
        java.util.Arrays.sort(sorted, (x, y) -> Double.compare(clock[x], clock[y]));
        int[] order = new int[n];
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = sorted[r];
            rank[sorted[r]] = r;
        }
        return new TotalOrder(order, rank);
    }

    public int size() {
        return order.length;
    }

    /** The event at place {@code r} in ⇒ (0 first). */
    public int at(int r) {
        return order[r];
    }

    /** The place of event {@code e} in ⇒. */
    public int rank(int e) {
        return rank[e];
    }
}
