package dev.spacetime.step;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.PhysicalTimes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * An order in which to replay a diagram's events. All but one could have happened: every event comes
 * after the one before it on its process and after the send of the message it receives (external
 * messages included, since they too are sent before they arrive). The exception is ⇒ taken exactly,
 * as the system sees it: it ignores external messages, so it may put a receive before its send.
 */
public final class Linearization {
    /** How the order is chosen. */
    public enum Kind {
        /** The paper's total order ⇒: Lamport clocks, ties broken by process order (external messages respected). */
        TOTAL_ORDER,
        /**
         * ⇒ exactly, as the system sees it: Lamport clocks and process order alone, external messages
         * ignored, so the receive of a telephone call may come before the call (the anomaly of section 5).
         */
        EXACT_TOTAL_ORDER,
        /** By physical time (filled in where events have none), ties broken by ⇒. */
        PHYSICAL_TIME,
        /** Built by the user, picking one of the enabled events at each step. */
        BY_HAND
    }

    private Linearization() {
    }

    /**
     * Events in ⇒ order. ⇒ extends → but knows nothing of external messages, so where one would be
     * received before it was sent (the anomaly of section 5) its receive waits for its send.
     */
    public static int[] totalOrder(Analysis a) {
        return byPriority(a, Comparator.comparingInt(e -> a.totalOrder().rank(e)));
    }

    /**
     * Events in ⇒ order exactly: ⇒ extends → and so keeps every internal message's send before its
     * receive, but an external message's receive comes where its clock puts it, before its send if need be.
     */
    public static int[] exactTotalOrder(Analysis a) {
        int[] order = new int[a.eventCount()];
        for (int r = 0; r < order.length; r++) {
            order[r] = a.totalOrder().at(r);
        }
        return order;
    }

    /** The order of this kind; by hand there is none to compute (the user builds it), so that gives null. */
    public static int[] of(Kind kind, Analysis a) {
        return switch (kind) {
            case TOTAL_ORDER -> totalOrder(a);
            case EXACT_TOTAL_ORDER -> exactTotalOrder(a);
            case PHYSICAL_TIME -> physicalTime(a);
            case BY_HAND -> null;
        };
    }

    /**
     * The kind a diagram is best stepped through in at first: ⇒ exactly when it has external messages, so
     * the anomaly is seen as the system sees it; otherwise ⇒, which then is exact anyway.
     */
    public static Kind defaultFor(Analysis a) {
        return a.hasExternalMessages() ? Kind.EXACT_TOTAL_ORDER : Kind.TOTAL_ORDER;
    }

    /** Events by drawn physical time (filled in where events have none), ties by ⇒. */
    public static int[] physicalTime(Analysis a) {
        double[] time = PhysicalTimes.of(a.graph()); // the times the diagram is drawn at, without drawing it
        Comparator<Integer> byTime = Comparator.comparingDouble(e -> time[e]);
        return byPriority(a, byTime.thenComparingInt(e -> a.totalOrder().rank(e)));
    }

    /**
     * At each step the first enabled event by the given priority, so the order could always have
     * happened whatever the priority says (filled-in times, say, that disagree with a message).
     */
    private static int[] byPriority(Analysis a, Comparator<Integer> priority) {
        EventGraph g = a.graph();
        int n = g.eventCount();
        PriorityQueue<Integer> ready = new PriorityQueue<>(priority);
        boolean[] done = new boolean[n];
        boolean[] queued = new boolean[n];
        for (int e : Enabled.of(g, done)) {
            queued[e] = true;
            ready.add(e);
        }
        int[] order = new int[n];
        Successors successors = new Successors(g);
        int k = 0;
        while (!ready.isEmpty()) {
            int e = ready.poll();
            done[e] = true;
            order[k++] = e;
            // Only e's successor on its process and e's receivers can have become enabled.
            successors.forEach(e, next -> {
                if (!queued[next] && Enabled.isEnabled(g, done, next)) {
                    queued[next] = true;
                    ready.add(next);
                }
            });
        }
        return k == n ? order : Arrays.copyOf(order, k);
    }

    /** True when {@code order} lists distinct events, each after everything it depends on. */
    public static boolean isValidPrefix(EventGraph g, int[] order) {
        boolean[] done = new boolean[g.eventCount()];
        for (int e : order) {
            if (e < 0 || e >= done.length || done[e] || !Enabled.isEnabled(g, done, e)) {
                return false;
            }
            done[e] = true;
        }
        return true;
    }
}
