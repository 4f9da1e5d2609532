package dev.spacetime.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Causal cycles in a diagram: chains of "later on the same process" and "message" steps that lead
 * from an event back to itself. External messages count, because they are physical causes too.
 */
final class CausalCycles {
    private CausalCycles() {
    }

    /** Every distinct cycle, each as its events in forward order; empty when the diagram is acyclic. */
    static List<List<Integer>> find(Diagram d) {
        int n = d.handleLimit();
        int[] outStart = new int[n + 1];
        int[] out = successorsByMessage(d, outStart);
        int[] indegree = new int[n];
        int[] queue = new int[d.eventCount()];
        int head = 0;
        int tail = 0;
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                int e = d.eventAt(p, i);
                indegree[e] = (i > 0 ? 1 : 0) + d.receiveCount(e);
                if (indegree[e] == 0) {
                    queue[tail++] = e;
                }
            }
        }
        while (head < tail) {
            int e = queue[head++];
            int p = d.processOf(e);
            int pos = d.positionOf(e);
            if (pos + 1 < d.eventCount(p)) {
                int next = d.eventAt(p, pos + 1);
                if (--indegree[next] == 0) {
                    queue[tail++] = next;
                }
            }
            for (int k = outStart[e]; k < outStart[e + 1]; k++) {
                if (--indegree[out[k]] == 0) {
                    queue[tail++] = out[k];
                }
            }
        }
        if (tail == d.eventCount()) {
            return List.of();
        }
        return walkBack(d, indegree);
    }

    /**
     * True when {@code from} is {@code to} or happens before it, following process order and
     * messages (external ones included): a search forward from {@code from} in O(events + messages).
     */
    static boolean reaches(Diagram d, int from, int to) {
        int targetProcess = d.processOf(to);
        int targetPosition = d.positionOf(to);
        // Per process, the earliest position reached so far: everything after it is reached too.
        int[] earliest = new int[d.processCount()];
        Arrays.fill(earliest, Integer.MAX_VALUE);
        int[] outStart = new int[d.handleLimit() + 1];
        int[] out = successorsByMessage(d, outStart);
        IntList stack = new IntList();
        stack.add(from);
        while (stack.size() > 0) {
            int e = stack.removeAt(stack.size() - 1);
            int p = d.processOf(e);
            int pos = d.positionOf(e);
            int before = earliest[p];
            if (pos >= before) {
                continue;
            }
            earliest[p] = pos;
            if (p == targetProcess && pos <= targetPosition) {
                return true;
            }
            // Only the newly reached stretch of the process needs its messages followed.
            int end = Math.min(before, d.eventCount(p));
            for (int i = pos; i < end; i++) {
                int x = d.eventAt(p, i);
                for (int k = outStart[x]; k < outStart[x + 1]; k++) {
                    int r = out[k];
                    if (d.positionOf(r) < earliest[d.processOf(r)]) {
                        stack.add(r);
                    }
                }
            }
        }
        return false;
    }

    /** Arrows of a cycle written out before the rest is counted instead. */
    static final int SHOWN = 8;

    /** A cycle written as "q3 ⇝ p1 → p2 ⇝ q2 → q3": → later on the same process, ⇝ a message. */
    static String describe(Diagram d, List<Integer> cycle) {
        StringBuilder sb = new StringBuilder(Rules.shown(d.eventId(cycle.get(0))));
        int size = cycle.size();
        int arrows = 0;
        for (int i = 0; i < size; i++) {
            if (arrows == SHOWN && size > SHOWN + 1) {
                // A cycle through thousands of events would be one line of tens of thousands of characters.
                return sb.append(" → … (a cycle through ").append(size).append(" events; the first ").append(SHOWN + 1)
                        .append(" shown)").toString();
            }
            int cur = cycle.get(i);
            int next = cycle.get((i + 1) % size);
            boolean message = d.messageBetween(cur, next) >= 0;
            if (!message && i + 1 < size) {
                int after = cycle.get((i + 2) % size);
                boolean nextIsProcessStep = d.messageBetween(next, after) < 0;
                if (nextIsProcessStep) {
                    continue; // fold a run of steps along one process into one arrow
                }
            }
            sb.append(message ? " ⇝ " : " → ").append(Rules.shown(d.eventId(next)));
            arrows++;
        }
        return sb.toString();
    }

    /** For each event handle, the receive events of the messages it sends, as a CSR array. */
    static int[] successorsByMessage(Diagram d, int[] outStart) {
        int n = d.handleLimit();
        for (int k = 0; k < d.messageCount(); k++) {
            outStart[d.messageFrom(d.message(k)) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] fill = Arrays.copyOf(outStart, n);
        int[] out = new int[d.messageCount()];
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            out[fill[d.messageFrom(m)]++] = d.messageTo(m);
        }
        return out;
    }

    /**
     * Every event Kahn's pass left behind has a predecessor that was left behind too; walking back
     * along such predecessors must close a cycle.
     */
    private static List<List<Integer>> walkBack(Diagram d, int[] indegree) {
        int n = d.handleLimit();
        int[] walk = new int[n]; // which walk first visited an event; 0 = none
        List<List<Integer>> cycles = new ArrayList<>();
        int walkId = 0;
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                int start = d.eventAt(p, i);
                if (indegree[start] == 0 || walk[start] != 0) {
                    continue;
                }
                walkId++;
                IntList path = new IntList();
                int e = start;
                while (walk[e] == 0) {
                    walk[e] = walkId;
                    path.add(e);
                    e = leftBehindPredecessor(d, e, indegree);
                }
                if (walk[e] == walkId) {
                    List<Integer> cycle = new ArrayList<>();
                    for (int k = path.indexOf(e); k < path.size(); k++) {
                        cycle.add(path.get(k));
                    }
                    Collections.reverse(cycle);
                    cycles.add(cycle);
                }
            }
        }
        return cycles;
    }

    private static int leftBehindPredecessor(Diagram d, int e, int[] indegree) {
        int pos = d.positionOf(e);
        if (pos > 0) {
            int prev = d.eventAt(d.processOf(e), pos - 1);
            if (indegree[prev] > 0) {
                return prev;
            }
        }
        for (int s : d.sendersOf(e)) {
            if (indegree[s] > 0) {
                return s;
            }
        }
        throw new IllegalStateException("event " + d.eventId(e) + " was left behind with no predecessor left behind");
    }
}
