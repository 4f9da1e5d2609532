package dev.spacetime.causality;

/**
 * Lamport's logical clocks (section 3 of the paper). IR1: each process increments its clock between
 * successive events, so its first event gets 1. IR2: a receive sets the clock to max(own, Tm) + 1,
 * where Tm is the timestamp of the message, the clock of its send event; an event that receives several
 * messages at once takes the greatest of their timestamps (its clock must exceed every Tm). External messages carry no
 * timestamp: the system does not see them.
 */
public final class LamportClocks {
    private final int[] clock;

    private LamportClocks(int[] clock) {
        this.clock = clock;
    }

    static LamportClocks compute(EventGraph g, int[] topologicalOrder) {
        int[] c = new int[g.eventCount()];
        for (int e : topologicalOrder) {
            int own = g.position(e) > 0 ? c[e - 1] : 0;          // IR1: the process's register
            int tm = 0;                                          // IR2: the greatest timestamp Tm received
            for (int i = 0; i < g.senderCount(e); i++) {
                tm = Math.max(tm, c[g.sender(e, i)]);
            }
            c[e] = Math.max(own, tm) + 1;
        }
        return new LamportClocks(c);
    }

    /** C⟨e⟩, the clock value of event {@code e}. */
    public int of(int e) {
        return clock[e];
    }

    /** The largest clock value, 0 for an empty diagram. */
    public int max() {
        int m = 0;
        for (int c : clock) {
            m = Math.max(m, c);
        }
        return m;
    }

    int[] values() {
        return clock;
    }
}
