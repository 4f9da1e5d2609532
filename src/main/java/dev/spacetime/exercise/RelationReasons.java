package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.causality.Witness;
import java.util.ArrayList;
import java.util.List;

/**
 * Why two events are related as they are (section 2): the chain that proves x → y, step by step, or
 * why there is none, read off the vector clock of y (its past holds the events of x's process only up
 * to a point). External messages are no steps of →.
 */
final class RelationReasons {
    private RelationReasons() {
    }

    /** "p1 → q3 through the chain p1 → p2 → q3: p1 before p2 on P, the message from p2 to q3"; x → y must hold. */
    static String chain(Analysis a, int x, int y) {
        EventGraph g = a.graph();
        Witness w = a.witness(x, y);
        List<String> ids = new ArrayList<>();
        for (int e : w.events()) {
            ids.add(g.id(e));
        }
        List<String> steps = new ArrayList<>();
        for (Witness.Step s : w.steps()) {
            steps.add(s.message() ? "the message from " + g.id(s.from()) + " to " + g.id(s.to())
                    : g.id(s.from()) + " before " + g.id(s.to()) + " on " + g.diagram().processName(g.process(s.from())));
        }
        return g.id(x) + " → " + g.id(y) + " through the chain " + String.join(" → ", ids) + ": "
                + String.join(", ", steps);
    }

    /** The chain's events, x first and y last; x → y must hold. */
    static List<String> chainEvents(Analysis a, int x, int y) {
        List<String> ids = new ArrayList<>();
        for (int e : a.witness(x, y).events()) {
            ids.add(a.id(e));
        }
        return ids;
    }

    /**
     * "no chain from p3 to r2: r2's past holds P's events only up to p1 (V(r2)[P] = 1)"; x → y must not hold.
     */
    static String noChain(Analysis a, int x, int y) {
        EventGraph g = a.graph();
        String p = g.diagram().processName(g.process(x));
        String head = "no chain from " + g.id(x) + " to " + g.id(y) + ": ";
        if (g.process(x) == g.process(y)) {
            return head + g.id(x) + " comes after " + g.id(y) + " on " + p;
        }
        int known = a.vectorClocks().get(y, g.process(x));
        String seen = known == 0 ? g.id(y) + "'s past holds none of " + p + "'s events"
                : g.id(y) + "'s past holds " + p + "'s events only up to " + g.id(g.start(g.process(x)) + known - 1);
        return head + seen + " (V(" + g.id(y) + ")[" + p + "] = " + known + "), and " + g.id(x) + " is " + p + "'s "
                + ordinal(g.position(x) + 1) + " event";
    }

    /** Why x ‖ y: no chain either way. */
    static String concurrent(Analysis a, int x, int y) {
        return noChain(a, x, y) + "; " + noChain(a, y, x) + "; so " + a.id(x) + " ‖ " + a.id(y);
    }

    /** Why the relation between x and y is what it is, ending with the relation itself. */
    static String of(Analysis a, int x, int y) {
        return switch (Answers.relation(a, x, y)) {
            case BEFORE -> chain(a, x, y);
            case AFTER -> chain(a, y, x);
            case CONCURRENT -> concurrent(a, x, y);
        };
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
