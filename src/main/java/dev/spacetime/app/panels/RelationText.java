package dev.spacetime.app.panels;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.causality.Witness;
import dev.spacetime.drawing.EventText;
import java.util.Arrays;
import java.util.function.IntPredicate;

/** The selection in words, as the paper would put it: an event's clocks and cone, or how two events relate. */
public final class RelationText {
    private RelationText() {
    }

    /** "q3: C=3, …; 2 events in its past, 5 in its future, 6 concurrent with it". */
    static String of(Analysis a, int e) {
        return of(a, e, x -> false);
    }

    /** As {@link #of(Analysis, int)}, saying "still to come" instead of the clocks of an event {@code keptBack}. */
    static String of(Analysis a, int e, IntPredicate keptBack) {
        return of(a, e, keptBack, false);
    }

    /**
     * As {@link #of(Analysis, int, IntPredicate)}; with {@code external} (and external messages in the
     * diagram) the cone is counted under ➝, as the canvas colours it when cones follow external messages.
     */
    static String of(Analysis a, int e, IntPredicate keptBack, boolean external) {
        boolean underExternal = external && a.hasExternalMessages();
        CausalCone cone = underExternal ? a.coneWithExternal(e) : a.cone(e);
        String title = keptBack.test(e) ? a.graph().id(e) + " on " + a.graph().diagram().processName(a.graph().process(e))
                + ": still to come" : EventText.title(a, e);
        if (underExternal) {
            return title + " — under ➝ (external messages count): " + count(cone.pastSize(), "event") + " in its past, "
                    + cone.futureSize() + " in its future, " + cone.concurrentSize() + " unordered with it";
        }
        return title + " — " + count(cone.pastSize(), "event") + " in its past, "
                + cone.futureSize() + " in its future, " + cone.concurrentSize() + " concurrent with it";
    }

    /**
     * "p1 → r4: p1 happened before r4 (C(p1)=1 < C(r4)=6, …; V(p1)=[1,0,0] < V(r4)=[…]), by p1 → q2 ⇝ …", or
     * "p3 ‖ q3: …" with both clocks side by side, and for events that only external messages order, the ➝ of
     * section 5 and whether the clocks keep the Strong Clock Condition for them.
     */
    static String of(Analysis a, int x, int y) {
        return of(a, x, y, e -> false);
    }

    /** As {@link #of(Analysis, int, int)}, with "C(q3)=?" for the clock of an event {@code keptBack}. */
    static String of(Analysis a, int x, int y, IntPredicate keptBack) {
        EventGraph g = a.graph();
        String cx = "C(" + g.id(x) + ")=" + (keptBack.test(x) ? "?" : a.lamport(x));
        String cy = "C(" + g.id(y) + ")=" + (keptBack.test(y) ? "?" : a.lamport(y));
        if (x == y) {
            return of(a, x, keptBack);
        }
        if (keptBack.test(x) || keptBack.test(y)) {
            // Which clock is larger, or that they are equal, would give the hidden value away.
            return relationOnly(a, x, y);
        }
        if (a.happenedBefore(x, y)) {
            return before(a, x, y, cx, cy);
        }
        if (a.happenedBefore(y, x)) {
            return before(a, y, x, cy, cx);
        }
        String first = g.id(a.totallyBefore(x, y) ? x : y);
        String second = g.id(a.totallyBefore(x, y) ? y : x);
        String vectors = vector(a, x) + " and " + vector(a, y) + " are incomparable";
        String order = "⇒ puts " + first + " before " + second;
        if (a.happenedBeforeWithExternal(x, y) || a.happenedBeforeWithExternal(y, x)) {
            int u = a.happenedBeforeWithExternal(x, y) ? x : y;
            int v = u == x ? y : x;
            String cu = u == x ? cx : cy;
            String cv = u == x ? cy : cx;
            String verdict = a.lamport(u) < a.lamport(v)
                    ? cu + " < " + cv + ", so " + order + ", as ➝ does (the Strong Clock Condition holds for them)"
                    : a.totallyBefore(v, u)
                    ? cu + " ≥ " + cv + ", so " + order + ": the anomalous behaviour of section 5 (the Strong Clock Condition fails)"
                    : "equal clocks " + cu + ", " + cv + " break the Strong Clock Condition, though " + order
                    + " by process order";
            return g.id(x) + " ‖ " + g.id(y) + " inside the system (" + vectors + "), but " + g.id(u) + " ➝ " + g.id(v)
                    + " through an external message: " + verdict;
        }
        String clocks = a.lamport(x) == a.lamport(y) ? "equal clocks " + cx + ", " + cy + "; ⇒ breaks the tie by process order"
                : cx + ", " + cy + ": the clocks order them though causality does not, a false ordering";
        return g.id(x) + " ‖ " + g.id(y) + ": concurrent, neither happened before the other (" + clocks + "; yet "
                + vectors + "); " + order;
    }

    private static String before(Analysis a, int x, int y, String cx, String cy) {
        EventGraph g = a.graph();
        Witness w = a.witness(x, y);
        return g.id(x) + " → " + g.id(y) + ": " + g.id(x) + " happened before " + g.id(y) + " (" + cx + " < " + cy
                + ", as the Clock Condition requires; " + vector(a, x) + " < " + vector(a, y) + "), by " + w.describe(g);
    }

    private static String vector(Analysis a, int e) {
        return "V(" + a.graph().id(e) + ")=" + Arrays.toString(a.vector(e)).replace(" ", "");
    }

    /** How two events relate, without their clocks. */
    private static String relationOnly(Analysis a, int x, int y) {
        EventGraph g = a.graph();
        if (a.happenedBefore(x, y) || a.happenedBefore(y, x)) {
            int first = a.happenedBefore(x, y) ? x : y;
            int second = first == x ? y : x;
            return g.id(first) + " → " + g.id(second) + ": " + g.id(first) + " happened before " + g.id(second)
                    + ", by " + a.witness(first, second).describe(g) + " (clocks still to come)";
        }
        return g.id(x) + " ‖ " + g.id(y) + ": concurrent, neither happened before the other (clocks still to come)";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
