package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why an event's clock is what it is, with the values it depends on: "q2 follows q1 (C = 1) on Q: IR1
 * gives 1 + 1 = 2", "q3 receives from p2 (Tm = 2) after q2 (C = 2): IR2 gives max(2, 2) + 1 = 3", and the
 * same for vector clocks. Hints state the rule without its values, so the student still works it out.
 */
final class ClockReasons {
    private ClockReasons() {
    }

    /** The rule and values that give C(e). */
    static String lamport(Analysis a, int e) {
        EventGraph g = a.graph();
        String id = g.id(e);
        int own = g.position(e) > 0 ? a.lamport(e - 1) : 0;
        StringBuilder sb = new StringBuilder(id);
        if (g.senderCount(e) > 0) {
            StringBuilder max = new StringBuilder("max(").append(own);
            List<String> from = new ArrayList<>();
            for (int k = 0; k < g.senderCount(e); k++) {
                int s = g.sender(e, k);
                from.add(g.id(s) + " (Tm = " + a.lamport(s) + ")");
                max.append(", ").append(a.lamport(s));
            }
            sb.append(" receives from ").append(names(from)).append(after(a, e, "C = " + own))
                    .append(unseen(g, e)).append(": IR2 gives ").append(max).append(") + 1 = ").append(a.lamport(e));
        } else {
            sb.append(follows(a, e, "C = " + own)).append(unseen(g, e)).append(": IR1 gives ").append(own)
                    .append(" + 1 = ").append(a.lamport(e));
        }
        return sb.toString();
    }

    /** The rule and values that give V(e). */
    static String vector(Analysis a, int e) {
        EventGraph g = a.graph();
        String id = g.id(e);
        String p = g.diagram().processName(g.process(e));
        String own = text(g.position(e) > 0 ? a.vector(e - 1) : new int[g.processCount()]);
        StringBuilder sb = new StringBuilder(id);
        if (g.senderCount(e) > 0) {
            StringBuilder max = new StringBuilder("max(").append(own);
            List<String> from = new ArrayList<>();
            for (int k = 0; k < g.senderCount(e); k++) {
                int s = g.sender(e, k);
                from.add(g.id(s) + " (V = " + text(a.vector(s)) + ")");
                max.append(", ").append(text(a.vector(s)));
            }
            sb.append(" receives from ").append(names(from)).append(after(a, e, "V = " + own)).append(unseen(g, e))
                    .append(": the vector rule gives ").append(max).append(") with ").append(p)
                    .append("'s entry + 1 = ").append(text(a.vector(e)));
        } else {
            sb.append(follows(a, e, "V = " + own)).append(unseen(g, e)).append(": the vector rule gives ").append(own)
                    .append(" with ").append(p).append("'s entry + 1 = ").append(text(a.vector(e)));
        }
        return sb.toString();
    }

    /** The rule for C(e) in symbols, without values: a hint. */
    static String lamportHint(Analysis a, int e) {
        EventGraph g = a.graph();
        String id = g.id(e);
        String own = g.position(e) > 0 ? "C(" + g.id(e - 1) + ")" : "0";
        if (g.senderCount(e) > 0) {
            List<String> tm = new ArrayList<>();
            for (int k = 0; k < g.senderCount(e); k++) {
                tm.add("C(" + g.id(g.sender(e, k)) + ")");
            }
            return id + " receives a message, so IR2 applies: C(" + id + ") = max(" + own + ", " + String.join(", ", tm)
                    + ") + 1, the message's timestamp Tm being the clock of its send";
        }
        return id + (g.position(e) > 0 ? " follows " + g.id(e - 1) + " on its process" : " is the first event on "
                + g.diagram().processName(g.process(e))) + " and receives no message of the system, so IR1 applies: C("
                + id + ") = " + own + " + 1";
    }

    /** The rule for V(e) in symbols, without values: a hint. */
    static String vectorHint(Analysis a, int e) {
        EventGraph g = a.graph();
        String id = g.id(e);
        String p = g.diagram().processName(g.process(e));
        String own = g.position(e) > 0 ? "V(" + g.id(e - 1) + ")" : "[0,…,0]";
        if (g.senderCount(e) > 0) {
            List<String> from = new ArrayList<>();
            for (int k = 0; k < g.senderCount(e); k++) {
                from.add("V(" + g.id(g.sender(e, k)) + ")");
            }
            return id + " receives a message: take the entry-by-entry max(" + own + ", " + String.join(", ", from)
                    + "), then add 1 to " + p + "'s entry";
        }
        return id + " receives no message of the system: copy " + own + " and add 1 to " + p + "'s entry";
    }

    private static String follows(Analysis a, int e, String ownValue) {
        EventGraph g = a.graph();
        String p = g.diagram().processName(g.process(e));
        return g.position(e) > 0 ? " follows " + g.id(e - 1) + " (" + ownValue + ") on " + p
                : " is the first event on " + p + " (" + ownValue + " before it)";
    }

    private static String after(Analysis a, int e, String ownValue) {
        EventGraph g = a.graph();
        return g.position(e) > 0 ? " after " + g.id(e - 1) + " (" + ownValue + ")"
                : " as the first event on " + g.diagram().processName(g.process(e)) + " (" + ownValue + " before it)";
    }

    /** ", and an external message from p2, which the clocks do not see", or "". */
    private static String unseen(EventGraph g, int e) {
        List<String> from = new ArrayList<>();
        for (int k = 0; k < g.externalSenderCount(e); k++) {
            from.add(g.id(g.externalSender(e, k)));
        }
        if (from.isEmpty()) {
            return "";
        }
        return (from.size() == 1 ? ", and an external message from " : ", and external messages from ") + names(from)
                + ", which the clocks do not see";
    }

    /** "a", "a and b", "a, b and c". */
    static String names(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
        }
        return sb.toString();
    }

    /** "[1,0,2]". */
    static String text(int[] v) {
        return Arrays.toString(v).replace(" ", "");
    }

    static String text(List<Integer> v) {
        return v.toString().replace(" ", "");
    }
}
