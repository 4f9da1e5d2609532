package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetAssignedClock;
import dev.spacetime.testing.RandomDiagrams;
import dev.spacetime.testing.Reachability;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any clock that keeps the Clock Condition gives a ⇒ that extends →: checked on random diagrams with
 * the Lamport clocks stretched and random gaps added, and, for clocks at random, the C1 and C2 checks
 * agree with the Clock Condition checked pair by pair with a graph search.
 */
class AssignedOrderProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 4).list().ofMinSize(200).ofMaxSize(200);
    }

    @Property(tries = 300)
    void orderFromStretchedLamportClocksWithGapsExtendsHappenedBefore(@ForAll("diagrams") Diagram d,
            @ForAll("gaps") List<Integer> gaps, @ForAll @IntRange(min = -20, max = 20) int offset) {
        Analysis lamport = Analysis.of(d);
        Assume.that(lamport.eventCount() > 0); // no event, no value: no assignment to order by
        double[] v = new double[lamport.eventCount()];
        for (int e = 0; e < v.length; e++) {
            // C(e) × 5 plus a gap below 5: a → b still gives a smaller value, and ties come and go.
            v[e] = lamport.lamport(e) * 5.0 + gaps.get(e % gaps.size()) + offset + (e % 3 == 0 ? 0.5 : 0);
            new SetAssignedClock(lamport.id(e), v[e]).applyTo(d);
        }
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        assertNull(mine.whyNoOrder(), "they keep the Clock Condition");
        TotalOrder order = mine.order();
        Reachability r = new Reachability(d, false);
        boolean[] seen = new boolean[v.length];
        for (int k = 0; k < order.size(); k++) {
            int e = order.at(k);
            assertTrue(!seen[e], "each event once");
            seen[e] = true;
            assertEquals(k, order.rank(e));
            if (k > 0) {
                int prev = order.at(k - 1);
                assertTrue(v[prev] < v[e] || v[prev] == v[e] && r.process(prev) < r.process(e),
                        "smaller value first, ties by process order");
            }
        }
        for (int x = 0; x < v.length; x++) {
            for (int y = 0; y < v.length; y++) {
                if (r.reaches(x, y)) {
                    assertTrue(order.rank(x) < order.rank(y), "⇒ extends →");
                }
            }
        }
    }

    @Property(tries = 300)
    void c1AndC2FindAFailureExactlyWhenSomePairBreaksTheClockCondition(@ForAll("diagrams") Diagram d,
            @ForAll("gaps") List<Integer> values) {
        Analysis before = Analysis.of(d);
        Assume.that(before.eventCount() > 0);
        for (int e = 0; e < before.eventCount(); e++) {
            new SetAssignedClock(before.id(e), values.get(e % values.size()) + e / 4).applyTo(d);
        }
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        Reachability r = new Reachability(d, false);
        boolean broken = false;
        for (int x = 0; x < a.eventCount(); x++) {
            for (int y = 0; y < a.eventCount(); y++) {
                broken |= r.reaches(x, y) && !(mine.of(x) < mine.of(y));
            }
        }
        assertEquals(broken, !mine.c1Violations().isEmpty() || !mine.c2Violations().isEmpty());
        for (ClockCondition.Violation v : mine.c1Violations()) {
            assertTrue(r.process(v.from()) == r.process(v.to()) && !v.message(), "C1 is along a process");
        }
        for (ClockCondition.Violation v : mine.c2Violations()) {
            assertTrue(v.message() && a.graph().diagram().messageBetween(a.graph().handle(v.from()),
                    a.graph().handle(v.to())) >= 0, "C2 is along a message");
        }
    }
}
