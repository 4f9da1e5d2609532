package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks an order given for ⇒ place by place. A wrong place is explained by why the right event comes
 * first (section 4): a smaller C, or an equal C and a process earlier in the processes' order. The
 * summary names the first place where the given order breaks ⇒.
 */
final class OrderMarking {
    private OrderMarking() {
    }

    static Marking of(Analysis a, Answer.Order given) {
        EventGraph g = a.graph();
        List<Marking.Item> items = new ArrayList<>();
        String first = null;
        for (int r = 0; r < g.eventCount(); r++) {
            int y = a.totalOrder().at(r);
            String x = r < given.events().size() ? given.events().get(r) : null;
            boolean right = g.id(y).equals(x);
            String why = right ? "" : reason(a, y, x == null ? -1 : a.indexOf(x), given.events(), r);
            items.add(new Marking.Item("place " + (r + 1), right, x == null ? "blank" : x, g.id(y), why,
                    right ? List.of() : x == null || a.indexOf(x) < 0 ? List.of(g.id(y)) : List.of(g.id(y), x)));
            if (!right && first == null) {
                first = "the order breaks ⇒ first at place " + (r + 1) + ": " + why;
            }
        }
        List<String> summary = new ArrayList<>();
        if (first != null) {
            summary.add(first);
        }
        if (given.events().size() > g.eventCount()) {
            summary.add("the order lists " + given.events().size() + " events, but the diagram has " + g.eventCount());
        }
        return new Marking(QuestionKind.ORDER, items, summary);
    }

    /** Why y, not the given x (-1 for none or an unknown id), takes place r of ⇒. */
    private static String reason(Analysis a, int y, int x, List<String> given, int r) {
        String ys = a.id(y);
        String place = "place " + (r + 1) + " is " + ys;
        if (x < 0) {
            return place + " (C = " + a.lamport(y) + ")" + (r < given.size() ? "; the diagram has no event "
                    + given.get(r) : "");
        }
        String xs = a.id(x);
        if (given.subList(0, r).contains(xs)) {
            return place + "; " + xs + " is listed twice";
        }
        int rank = a.totalOrder().rank(x);
        if (rank > r) {
            return place + ", since " + ys + " ⇒ " + xs + ": " + before(a, y, x);
        }
        return place + "; " + xs + " belongs earlier, at place " + (rank + 1) + ", since " + xs + " ⇒ " + ys + ": "
                + before(a, x, y);
    }

    /** Why y ⇒ x, which must hold: "C(q2) = 2 < C(p3) = 3" or "C(p2) = C(q2) = 2 and P comes before Q". */
    static String before(Analysis a, int y, int x) {
        EventGraph g = a.graph();
        if (a.lamport(y) < a.lamport(x)) {
            return "C(" + g.id(y) + ") = " + a.lamport(y) + " < C(" + g.id(x) + ") = " + a.lamport(x);
        }
        return "C(" + g.id(y) + ") = C(" + g.id(x) + ") = " + a.lamport(y) + " and "
                + g.diagram().processName(g.process(y)) + " comes before " + g.diagram().processName(g.process(x))
                + " in the processes' order";
    }
}
