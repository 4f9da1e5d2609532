package dev.spacetime.causality;

import dev.spacetime.model.Diagram;
import java.util.Arrays;

/**
 * A frozen, dense view of a valid diagram for the causality algorithms. Events are numbered
 * 0..N-1 process by process in the diagram's order ({@link #start}), so an event's position on its
 * process is its index minus the process's start.
 */
public final class EventGraph {
    private final Diagram diagram;
    private final int processCount;
    private final int[] start;
    private final int[] process;
    private final int[] handle;
    private final String[] ids;          // as they were when the graph was made
    private final int[] denseOfHandle;
    private final int[] sender;          // internal message received, or -1
    private final int[] externalSender;  // external message received, or -1
    private final int[] outStart;        // internal messages sent, as CSR over receivers
    private final int[] out;
    private final int externalCount;

    private EventGraph(Diagram d) {
        this.diagram = d;
        processCount = d.processCount();
        int n = d.eventCount();
        start = new int[processCount + 1];
        process = new int[n];
        handle = new int[n];
        ids = new String[n];
        denseOfHandle = new int[d.handleLimit()];
        Arrays.fill(denseOfHandle, -1);
        int next = 0;
        for (int p = 0; p < processCount; p++) {
            start[p] = next;
            for (int i = 0; i < d.eventCount(p); i++) {
                int h = d.eventAt(p, i);
                process[next] = p;
                handle[next] = h;
                ids[next] = d.eventId(h);
                denseOfHandle[h] = next;
                next++;
            }
        }
        start[processCount] = next;
        sender = new int[n];
        externalSender = new int[n];
        Arrays.fill(sender, -1);
        Arrays.fill(externalSender, -1);
        int externals = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int r = d.messageAt(k);
            int s = denseOfHandle[d.senderOf(r)];
            if (d.isExternal(r)) {
                externalSender[denseOfHandle[r]] = s;
                externals++;
            } else {
                sender[denseOfHandle[r]] = s;
            }
        }
        externalCount = externals;
        int[][] internal = receiversBySender(sender);
        outStart = internal[0];
        out = internal[1];
    }

    /**
     * The receivers grouped by send event, as compressed rows: the receivers of s are
     * {@code rows[1][rows[0][s] .. rows[0][s + 1] - 1]}, given each event's sender (or -1).
     */
    private static int[][] receiversBySender(int[] senderOf) {
        int n = senderOf.length;
        int[] start = new int[n + 1];
        for (int r = 0; r < n; r++) {
            if (senderOf[r] >= 0) {
                start[senderOf[r] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] receivers = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int r = 0; r < n; r++) {
            if (senderOf[r] >= 0) {
                receivers[fill[senderOf[r]]++] = r;
            }
        }
        return new int[][] {start, receivers};
    }

    /** The dense view of {@code diagram}, which must satisfy {@link dev.spacetime.model.Rules}. */
    public static EventGraph of(Diagram diagram) {
        return new EventGraph(diagram);
    }

    public Diagram diagram() {
        return diagram;
    }

    public int eventCount() {
        return process.length;
    }

    public int processCount() {
        return processCount;
    }

    /** The index of the first event of {@code p}; {@code start(processCount())} is the event count. */
    public int start(int p) {
        return start[p];
    }

    public int eventsOn(int p) {
        return start[p + 1] - start[p];
    }

    public int process(int e) {
        return process[e];
    }

    public int position(int e) {
        return e - start[process[e]];
    }

    public String id(int e) {
        return ids[e];
    }

    /** The model handle of event {@code e}. */
    public int handle(int e) {
        return handle[e];
    }

    /** The event index of a model handle, or -1. */
    public int indexOfHandle(int h) {
        return h >= 0 && h < denseOfHandle.length ? denseOfHandle[h] : -1;
    }

    /** The event index of an id, or -1; ids are looked up as the graph saw them. */
    public int indexOf(String id) {
        int e = indexOfHandle(diagram.findEvent(id));
        return e >= 0 && ids[e].equals(id) ? e : -1;
    }

    /** The send event of the internal message {@code e} receives, or -1. */
    public int sender(int e) {
        return sender[e];
    }

    /** The send event of the external message {@code e} receives, or -1. */
    public int externalSender(int e) {
        return externalSender[e];
    }

    public int externalMessageCount() {
        return externalCount;
    }

    /** Receivers of the internal messages {@code e} sends: indices {@code outStart(e)..outStart(e+1)-1}. */
    int outStart(int e) {
        return outStart[e];
    }

    int out(int k) {
        return out[k];
    }

    /**
     * A topological order of the events under process order and messages; with
     * {@code withExternal} the external messages count too (the paper's ➝ of section 5).
     */
    int[] topologicalOrder(boolean withExternal) {
        int n = eventCount();
        int[] indegree = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int e = 0; e < n; e++) {
            indegree[e] = (position(e) > 0 ? 1 : 0) + (sender[e] >= 0 ? 1 : 0)
                    + (withExternal && externalSender[e] >= 0 ? 1 : 0);
            if (indegree[e] == 0) {
                queue[tail++] = e;
            }
        }
        int[] extStart = null;
        int[] ext = null;
        if (withExternal && externalCount > 0) {
            int[][] rows = receiversBySender(externalSender);
            extStart = rows[0];
            ext = rows[1];
        }
        for (int head = 0; head < tail; head++) {
            int e = queue[head];
            if (e + 1 < start[process[e] + 1] && --indegree[e + 1] == 0) {
                queue[tail++] = e + 1;
            }
            for (int k = outStart[e]; k < outStart[e + 1]; k++) {
                if (--indegree[out[k]] == 0) {
                    queue[tail++] = out[k];
                }
            }
            if (ext != null) {
                for (int k = extStart[e]; k < extStart[e + 1]; k++) {
                    if (--indegree[ext[k]] == 0) {
                        queue[tail++] = ext[k];
                    }
                }
            }
        }
        if (tail != n) {
            throw new IllegalArgumentException("the diagram has a causal cycle; check it with Rules.check first");
        }
        return queue;
    }
}
