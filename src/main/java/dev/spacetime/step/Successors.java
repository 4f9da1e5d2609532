package dev.spacetime.step;

import dev.spacetime.causality.EventGraph;

/**
 * For each event, the events whose happening waits on it directly: the next event on its process and
 * the receives of the messages it sends (internal and external), in compressed rows.
 */
final class Successors {
    private final EventGraph g;
    private final int[] start;
    private final int[] receives;

    Successors(EventGraph g) {
        this.g = g;
        int n = g.eventCount();
        start = new int[n + 1];
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < g.senderCount(e); k++) {
                start[g.sender(e, k) + 1]++;
            }
            for (int k = 0; k < g.externalSenderCount(e); k++) {
                start[g.externalSender(e, k) + 1]++;
            }
        }
        for (int e = 0; e < n; e++) {
            start[e + 1] += start[e];
        }
        receives = new int[start[n]];
        int[] fill = start.clone();
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < g.senderCount(e); k++) {
                receives[fill[g.sender(e, k)]++] = e;
            }
            for (int k = 0; k < g.externalSenderCount(e); k++) {
                receives[fill[g.externalSender(e, k)]++] = e;
            }
        }
    }

    /** Calls back with each event that waits on e directly. */
    void forEach(int e, java.util.function.IntConsumer action) {
        if (g.position(e) + 1 < g.eventsOn(g.process(e))) {
            action.accept(e + 1);
        }
        for (int k = start[e]; k < start[e + 1]; k++) {
            action.accept(receives[k]);
        }
    }
}
