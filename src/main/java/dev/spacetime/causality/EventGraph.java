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
    // The senders of the messages each event receives, as compressed rows sorted by event index:
    // the internal senders of e are in[inStart[e] .. inStart[e + 1] - 1], the external ones likewise.
    private final int[] inStart;
    private final int[] in;
    private final int[] externalInStart;
    private final int[] externalIn;
    private final int[] outStart;        // internal messages sent, as compressed rows over receivers
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
        int externals = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            externals += d.isExternal(d.message(k)) ? 1 : 0;
        }
        externalCount = externals;
        int internals = d.messageCount() - externals;
        int[] from = new int[internals];
        int[] to = new int[internals];
        int[] externalFrom = new int[externals];
        int[] externalTo = new int[externals];
        int i = 0;
        int x = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            int s = denseOfHandle[d.messageFrom(m)];
            int r = denseOfHandle[d.messageTo(m)];
            if (d.isExternal(m)) {
                externalFrom[x] = s;
                externalTo[x++] = r;
            } else {
                from[i] = s;
                to[i++] = r;
            }
        }
        inStart = new int[n + 1];
        in = rows(to, from, n, inStart);
        externalInStart = new int[n + 1];
        externalIn = rows(externalTo, externalFrom, n, externalInStart);
        outStart = new int[n + 1];
        out = rows(from, to, n, outStart);
    }

    /**
     * Pairs (key, value) grouped by key as compressed rows: the values of key k are
     * {@code result[start[k] .. start[k + 1] - 1]}, in ascending order. Every key and value is below n.
     */
    private static int[] rows(int[] key, int[] value, int n, int[] start) {
        for (int k : key) {
            start[k + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] values = new int[key.length];
        int[] fill = Arrays.copyOf(start, n);
        for (int j = 0; j < key.length; j++) {
            values[fill[key[j]]++] = value[j];
        }
        // Rows are an event's own messages, a handful: insertion sort keeps them in event order cheaply.
        for (int k = 0; k < n; k++) {
            for (int a = start[k] + 1; a < start[k + 1]; a++) {
                int v = values[a];
                int b = a - 1;
                while (b >= start[k] && values[b] > v) {
                    values[b + 1] = values[b];
                    b--;
                }
                values[b + 1] = v;
            }
        }
        return values;
    }

    /** For each entry of the external rows ({@code externalIn}), the receive event whose row it is in. */
    private int[] externalReceivers() {
        int[] receiver = new int[externalIn.length];
        for (int r = 0; r < eventCount(); r++) {
            for (int k = externalInStart[r]; k < externalInStart[r + 1]; k++) {
                receiver[k] = r;
            }
        }
        return receiver;
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

    /** How many internal messages {@code e} receives. */
    public int senderCount(int e) {
        return inStart[e + 1] - inStart[e];
    }

    /** The send event of the {@code i}-th internal message {@code e} receives, senders in event order. */
    public int sender(int e, int i) {
        return in[inStart[e] + i];
    }

    /** How many external messages {@code e} receives. */
    public int externalSenderCount(int e) {
        return externalInStart[e + 1] - externalInStart[e];
    }

    /** The send event of the {@code i}-th external message {@code e} receives, senders in event order. */
    public int externalSender(int e, int i) {
        return externalIn[externalInStart[e] + i];
    }

    /** True when {@code e} receives any message, internal or external. */
    public boolean receives(int e) {
        return inStart[e + 1] > inStart[e] || externalInStart[e + 1] > externalInStart[e];
    }

    /** How many internal messages {@code e} sends. */
    public int receiverCount(int e) {
        return outStart[e + 1] - outStart[e];
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
            indegree[e] = (position(e) > 0 ? 1 : 0) + senderCount(e)
                    + (withExternal ? externalSenderCount(e) : 0);
            if (indegree[e] == 0) {
                queue[tail++] = e;
            }
        }
        int[] extStart = null;
        int[] ext = null;
        if (withExternal && externalCount > 0) {
            extStart = new int[n + 1];
            ext = rows(externalIn, externalReceivers(), n, extStart);
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
