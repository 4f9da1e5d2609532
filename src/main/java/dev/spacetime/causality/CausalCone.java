package dev.spacetime.causality;

/**
 * What an event e sees of the rest of the diagram (section 2): on each process q, the events before
 * {@link #pastEnd}(q) happen before e (its causal past), the events from {@link #futureStart}(q) on
 * happen after it (its causal future), and those in between are concurrent with it. Positions are
 * counted along each process. e itself is in none of the three.
 */
public final class CausalCone {
    private final EventGraph graph;
    private final int event;
    private final int[] pastEnd;
    private final int[] futureStart;

    CausalCone(EventGraph graph, int event, int[] pastEnd, int[] futureStart) {
        this.graph = graph;
        this.event = event;
        this.pastEnd = pastEnd;
        this.futureStart = futureStart;
    }

    static CausalCone of(EventGraph g, VectorClocks v, int e) {
        int w = g.processCount();
        int p = g.process(e);
        int i = g.position(e);
        int[] pastEnd = new int[w];
        int[] futureStart = new int[w];
        for (int q = 0; q < w; q++) {
            if (q == p) {
                pastEnd[q] = i;
                futureStart[q] = i + 1;
                continue;
            }
            pastEnd[q] = v.get(e, q);
            // V(x)[p] never decreases along q, so the events e happens before form a suffix.
            int lo = pastEnd[q];
            int hi = g.eventsOn(q);
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (v.get(g.start(q) + mid, p) > i) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            futureStart[q] = lo;
        }
        return new CausalCone(g, e, pastEnd, futureStart);
    }

    public int event() {
        return event;
    }

    /** Events of process q at positions below this happen before the event. */
    public int pastEnd(int q) {
        return pastEnd[q];
    }

    /** Events of process q at this position and after happen after the event. */
    public int futureStart(int q) {
        return futureStart[q];
    }

    public boolean inPast(int x) {
        return graph.position(x) < pastEnd[graph.process(x)];
    }

    public boolean inFuture(int x) {
        return graph.position(x) >= futureStart[graph.process(x)];
    }

    public boolean isConcurrent(int x) {
        return x != event && !inPast(x) && !inFuture(x);
    }

    public long pastSize() {
        long n = 0;
        for (int q = 0; q < pastEnd.length; q++) {
            n += pastEnd[q];
        }
        return n;
    }

    public long futureSize() {
        long n = 0;
        for (int q = 0; q < futureStart.length; q++) {
            n += graph.eventsOn(q) - futureStart[q];
        }
        return n;
    }

    public long concurrentSize() {
        return graph.eventCount() - 1 - pastSize() - futureSize();
    }
}
