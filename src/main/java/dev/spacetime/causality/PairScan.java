package dev.spacetime.causality;

/**
 * Counts and lists pairs of events by ranges instead of by pairs. For an event b on process p and
 * another process q, three positions on q split it: {@code past} = V(b)[q] (events before it happen
 * before b), {@code futureStart} (events from it on happen after b) and {@code lower} (events before
 * it have a smaller Lamport clock than b). All three only grow as b moves up p, so each is a pointer
 * that sweeps q once: the whole scan is O(N·P).
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

    PairCounts count() {
        long[] totals = new long[3];
        scan((b, q, past, futureStart, lower) -> {
            totals[0] += futureStart - past;
            totals[1] += Math.max(0, lower - past);
            if (extended != null) {
                totals[2] += Math.max(0, extended.get(b, q) - lower);
            }
            return true;
        });
        // Each concurrent pair was counted from both of its ends; the others from one end only.
        return new PairCounts(totals[0] / 2, totals[1], totals[2]);
    }

    /** Every pair (a, b) with C(a) < C(b) and a ‖ b, grouped by b. */
    void falseOrderings(PairVisitor visitor) {
        scan((b, q, past, futureStart, lower) -> {
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
        scan((b, q, past, futureStart, lower) -> {
            for (int j = lower; j < extended.get(b, q); j++) {
                if (!visitor.visit(g.start(q) + j, b)) {
                    return false;
                }
            }
            return true;
        });
    }

    private interface RangeVisitor {
        boolean visit(int b, int q, int past, int futureStart, int lower);
    }

    private void scan(RangeVisitor visitor) {
        int w = g.processCount();
        int[] futureStart = new int[w];
        int[] lower = new int[w];
        for (int p = 0; p < w; p++) {
            java.util.Arrays.fill(futureStart, 0);
            java.util.Arrays.fill(lower, 0);
            for (int i = 0; i < g.eventsOn(p); i++) {
                int b = g.start(p) + i;
                int cb = c.of(b);
                for (int q = 0; q < w; q++) {
                    if (q == p) {
                        continue;
                    }
                    int base = g.start(q);
                    int n = g.eventsOn(q);
                    int f = futureStart[q];
                    while (f < n && v.get(base + f, p) <= i) {
                        f++;
                    }
                    futureStart[q] = f;
                    int lo = lower[q];
                    while (lo < n && c.of(base + lo) < cb) {
                        lo++;
                    }
                    lower[q] = lo;
                    if (!visitor.visit(b, q, v.get(b, q), f, lo)) {
                        return;
                    }
                }
            }
        }
    }
}
