package dev.spacetime.io.shiviz;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.BitSet;

/**
 * The order in which a log lists a diagram's events: the total order ⇒, held back only so that the
 * processes first appear in the diagram's order — the import takes processes in order of appearance,
 * and ⇒ breaks its ties by that order, so this is what brings a diagram back with its processes, and
 * its ⇒, as they were. An event waits until all it happened after is written, so the log reads in
 * causal order, except where process order forbids it (a process's first event receives from a later
 * process's): that first event is written early, which a log allows, since each process's events are
 * put in order by their own clock entry. The order depends only on →, ⇒ and the process order, not on
 * which messages the diagram draws, so a diagram imported from the log gives the very same order.
 */
final class LogLineOrder {
    private final EventGraph g;
    private final int[] byRank;
    private final int[] rank;
    private final int[] succStart; // the events right after each one: the next on its process, its receivers
    private final int[] succ;
    private final int[] pending; // immediate predecessors not yet complete
    private final boolean[] written;
    private final BitSet ready = new BitSet(); // by rank: events that may be written now
    private int lowestReady; // no rank below this is ready: the search starts here, not at 0
    private final boolean[] firstWaiting; // by process: its first event is ready but its turn has not come
    private int nextProcess; // the first process with events not yet written to, or -1
    private final int[] order;
    private int out;

    private LogLineOrder(Analysis a) {
        g = a.graph();
        int n = g.eventCount();
        byRank = new int[n];
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            byRank[r] = a.totalOrder().at(r);
            rank[byRank[r]] = r;
        }
        succStart = new int[n + 1];
        pending = new int[n];
        for (int e = 0; e < n; e++) {
            if (g.position(e) > 0) {
                succStart[e - 1]++; // events are numbered process by process
                pending[e]++;
            }
            for (int i = 0; i < g.senderCount(e); i++) {
                succStart[g.sender(e, i)]++;
                pending[e]++;
            }
        }
        for (int e = 0, sum = 0; e <= n; e++) {
            int c = e < n ? succStart[e] : 0;
            succStart[e] = sum;
            sum += c;
        }
        succ = new int[succStart[n]];
        int[] fill = succStart.clone();
        for (int e = 0; e < n; e++) {
            if (g.position(e) > 0) {
                succ[fill[e - 1]++] = e;
            }
            for (int i = 0; i < g.senderCount(e); i++) {
                succ[fill[g.sender(e, i)]++] = e;
            }
        }
        written = new boolean[n];
        firstWaiting = new boolean[g.processCount()];
        order = new int[n];
        nextProcess = processWithEventsFrom(0);
    }

    /** The events (indices of {@code a.graph()}) in the order a log lists them. */
    static int[] of(Analysis a) {
        LogLineOrder o = new LogLineOrder(a);
        for (int e = 0; e < o.pending.length; e++) {
            if (o.pending[e] == 0) {
                o.becomeReady(e);
            }
        }
        while (o.out < o.order.length) {
            int r = o.ready.nextSetBit(o.lowestReady);
            if (r >= 0) {
                o.lowestReady = r;
                o.ready.clear(r);
                o.write(o.byRank[r]);
            } else {
                // Only the next process's first event can unblock things, and it waits on a later process.
                o.write(o.g.start(o.nextProcess));
            }
        }
        return o.order;
    }

    private int processWithEventsFrom(int p) {
        for (int q = p; q < g.processCount(); q++) {
            if (g.eventsOn(q) > 0) {
                return q;
            }
        }
        return -1;
    }

    private void becomeReady(int e) {
        int p = g.process(e);
        if (g.position(e) == 0 && p != nextProcess) {
            firstWaiting[p] = true;
        } else {
            ready(rank[e]);
        }
    }

    private void ready(int r) {
        ready.set(r);
        lowestReady = Math.min(lowestReady, r);
    }

    private void write(int e) {
        order[out++] = e;
        written[e] = true;
        if (g.position(e) == 0 && g.process(e) == nextProcess) {
            nextProcess = processWithEventsFrom(nextProcess + 1);
            if (nextProcess >= 0 && firstWaiting[nextProcess]) {
                firstWaiting[nextProcess] = false;
                ready(rank[g.start(nextProcess)]);
            }
        }
        if (pending[e] == 0) {
            complete(e);
        }
    }

    /**
     * Marks e complete — written, and everything before it too — and readies what that frees. An event
     * written early completes only when its past has been written, so readiness means "its whole past
     * is written", whichever of the messages into it are drawn.
     */
    private void complete(int first) {
        int[] stack = new int[16];
        int top = 0;
        stack[top++] = first;
        while (top > 0) {
            int e = stack[--top];
            for (int i = succStart[e]; i < succStart[e + 1]; i++) {
                int x = succ[i];
                if (--pending[x] == 0) {
                    if (written[x]) {
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, top * 2);
                        }
                        stack[top++] = x;
                    } else {
                        becomeReady(x);
                    }
                }
            }
        }
    }
}
