package dev.spacetime.causality;

/**
 * Counts and lists pairs of events by ranges instead of by pairs. For an event b on process p and
 * another process q, two positions on q matter: {@code past} = V(b)[q] (events before it happen
 * before b) and {@code lower} (events before it have a smaller Lamport clock than b). Both only grow
 * as b moves up p, so {@code lower} is a pointer that sweeps q's clocks once: O(N·P) in all.
 */
final class PairScan {
    private final EventGraph g;
    private final VectorClocks v;
    private final VectorClocks extended; // under ➝, or null when there are no external messages
    private final LamportClocks c;

    PairScan(EventGraph g, VectorClocks v, VectorClocks extended, LamportClocks c) {
        this.g = g;
        this.v = v;
        this.extended = extended;
        this.c = c;
    }

    /**
     * The counts, by complement rather than by sweeping: a → b pairs number Σ|past(b)|, read straight
     * off the vector clocks; every other pair of distinct events is concurrent. Since a → b implies
     * C(a) < C(b) and rules out b → a, the false orderings are the pairs with C(a) < C(b) (counted
     * from a histogram of clock values) less the a → b pairs.
     */
    PairCounts count() {
        long n = g.eventCount();
        long ordered = 0;
        for (int p = 0; p < g.processCount(); p++) {
            for (int x : v.rows(p)) {
                ordered += x;
            }
        }
        ordered -= n; // each vector counts its own event
        long concurrent = n * (n - 1) / 2 - ordered;
        return new PairCounts(concurrent, pairsWithSmallerClock() - ordered, anomalies());
    }

    private long pairsWithSmallerClock() {
        int[] clock = c.values();
        long[] histogram = new long[c.max() + 1];
        for (int x : clock) {
            histogram[x]++;
        }
        long below = 0;
        long pairs = 0;
        for (long count : histogram) {
            pairs += below * count;
            below += count;
        }
        return pairs;
    }

    /** Σ over b and q ≠ process(b) of the events a on q with a ➝ b and C(a) ≥ C(b). */
    private long anomalies() {
        if (extended == null) {
            return 0;
        }
        long[] total = {0};
        scan((b, q, past, lower) -> {
            total[0] += Math.max(0, extended.get(b, q) - lower);
            return true;
        });
        return total[0];
    }

    /** Every pair (a, b) with C(a) < C(b) and a ‖ b, grouped by b. */
    void falseOrderings(PairVisitor visitor) {
        scan((b, q, past, lower) -> {
            for (int j = past; j < lower; j++) {
                if (!visitor.visit(g.start(q) + j, b)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Every pair (a, b) with a ➝ b and C(a) ≥ C(b), grouped by b. */
    void anomalies(PairVisitor visitor) {
        if (extended == null) {
            return;
        }
        scan((b, q, past, lower) -> {
            for (int j = lower; j < extended.get(b, q); j++) {
                if (!visitor.visit(g.start(q) + j, b)) {
                    return false;
                }
            }
            return true;
        });
    }

    private interface RangeVisitor {
        boolean visit(int b, int q, int past, int lower);
    }

    private void scan(RangeVisitor visitor) {
        int w = g.processCount();
        int[] lower = new int[w];
        for (int p = 0; p < w; p++) {
            java.util.Arrays.fill(lower, 0);
            for (int i = 0; i < g.eventsOn(p); i++) {
                int b = g.start(p) + i;
                int cb = c.of(b);
                for (int q = 0; q < w; q++) {
                    if (q == p) {
                        continue;
                    }
                    int base = g.start(q);
                    int lo = lower[q];
                    while (lo < g.eventsOn(q) && c.of(base + lo) < cb) {
                        lo++;
                    }
                    lower[q] = lo;
                    if (!visitor.visit(b, q, v.get(b, q), lo)) {
                        return;
                    }
                }
            }
        }
    }
}
