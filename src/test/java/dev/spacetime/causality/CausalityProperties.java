package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.testing.RandomDiagrams;
import dev.spacetime.testing.Reachability;
import java.util.stream.IntStream;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The causality results checked against a plain graph search over random diagrams. */
class CausalityProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Property(tries = 300)
    void happenedBeforeAndConcurrencyEqualGraphSearch(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, false);
        for (int x = 0; x < r.size(); x++) {
            for (int y = 0; y < r.size(); y++) {
                assertEquals(r.reaches(x, y), a.happenedBefore(x, y), "→");
                boolean neither = x != y && !r.reaches(x, y) && !r.reaches(y, x);
                assertEquals(neither, a.concurrent(x, y));
            }
        }
    }

    @Property(tries = 300)
    void extendedRelationEqualsGraphSearchWithExternalMessages(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, true);
        for (int x = 0; x < r.size(); x++) {
            for (int y = 0; y < r.size(); y++) {
                assertEquals(r.reaches(x, y), a.happenedBeforeWithExternal(x, y));
            }
        }
    }

    @Property(tries = 300)
    void lamportClocksSatisfyTheClockConditionAndCountTheLongestChain(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, false);
        assertTrue(a.clockConditionHolds());
        for (int x = 0; x < r.size(); x++) {
            // IR1 + IR2 with increments of one make C(e) the length of the longest chain ending at e.
            assertEquals(r.longestChainTo(x), a.lamport(x));
            for (int y = 0; y < r.size(); y++) {
                if (r.reaches(x, y)) {
                    assertTrue(a.lamport(x) < a.lamport(y), "Clock Condition");
                }
            }
        }
    }

    @Property(tries = 300)
    void totalOrderIsALinearExtensionBrokenByProcessOrder(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, false);
        TotalOrder order = a.totalOrder();
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < order.size(); k++) {
            assertTrue(seen.add(order.at(k)), "each event once");
            assertEquals(k, order.rank(order.at(k)));
            if (k > 0) {
                int prev = order.at(k - 1);
                int cur = order.at(k);
                assertTrue(a.lamport(prev) < a.lamport(cur)
                        || a.lamport(prev) == a.lamport(cur) && r.process(prev) < r.process(cur));
            }
        }
        for (int x = 0; x < r.size(); x++) {
            for (int y = 0; y < r.size(); y++) {
                if (r.reaches(x, y)) {
                    assertTrue(a.totallyBefore(x, y), "a → b implies a ⇒ b");
                }
            }
        }
    }

    @Property(tries = 300)
    void pairListsAndCountsEqualBruteForce(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, false);
        Reachability rx = new Reachability(d, true);
        Set<String> concurrent = new HashSet<>();
        Set<String> falseOrderings = new HashSet<>();
        Set<String> anomalies = new HashSet<>();
        for (int x = 0; x < r.size(); x++) {
            for (int y = 0; y < r.size(); y++) {
                boolean conc = x != y && !r.reaches(x, y) && !r.reaches(y, x);
                if (conc && a.totalOrder().rank(x) < a.totalOrder().rank(y)) {
                    concurrent.add(x + "," + y);
                }
                if (conc && a.lamport(x) < a.lamport(y)) {
                    falseOrderings.add(x + "," + y);
                }
                if (rx.reaches(x, y) && a.lamport(x) >= a.lamport(y)) {
                    anomalies.add(x + "," + y);
                }
            }
        }
        assertEquals(concurrent, collect(a::concurrentPairs));
        assertEquals(falseOrderings, collect(a::falseOrderings));
        assertEquals(anomalies, collect(a::anomalies));
        assertEquals(new PairCounts(concurrent.size(), falseOrderings.size(), anomalies.size()), a.pairCounts());
    }

    @Property(tries = 200)
    void concurrentPairsComeSortedByTotalOrder(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        long[] last = {-1};
        a.concurrentPairs((x, y) -> {
            long key = (long) a.totalOrder().rank(x) * a.eventCount() + a.totalOrder().rank(y);
            assertTrue(a.totalOrder().rank(x) < a.totalOrder().rank(y));
            assertTrue(key > last[0], "sorted by a's place in ⇒, then b's");
            last[0] = key;
            return true;
        });
    }

    @Property(tries = 300)
    void causalConesEqualBruteForce(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, false);
        for (int e = 0; e < r.size(); e++) {
            CausalCone cone = a.cone(e);
            for (int x = 0; x < r.size(); x++) {
                assertEquals(r.reaches(x, e), cone.inPast(x));
                assertEquals(r.reaches(e, x), cone.inFuture(x));
                assertEquals(x != e && !r.reaches(x, e) && !r.reaches(e, x), cone.isConcurrent(x));
            }
        }
    }

    @Property(tries = 300)
    void conesWithExternalMessagesEqualBruteForceOverTheExtendedRelation(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        Reachability r = new Reachability(d, true);
        for (int e = 0; e < r.size(); e++) {
            CausalCone cone = a.coneWithExternal(e);
            for (int x = 0; x < r.size(); x++) {
                assertEquals(r.reaches(x, e), cone.inPast(x), "➝ past");
                assertEquals(r.reaches(e, x), cone.inFuture(x), "➝ future");
            }
        }
    }

    @Property(tries = 300)
    void everyWitnessIsAValidChain(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        for (int x = 0; x < a.eventCount(); x++) {
            for (int y = 0; y < a.eventCount(); y++) {
                Witness w = a.witness(x, y);
                if (!a.happenedBefore(x, y)) {
                    assertNull(w);
                    continue;
                }
                assertNotNull(w);
                int at = x;
                for (Witness.Step s : w.steps()) {
                    assertEquals(at, s.from());
                    if (s.message()) {
                        assertTrue(IntStream.range(0, g.senderCount(s.to())).anyMatch(k -> g.sender(s.to(), k) == s.from()),
                                "a message step is an internal message");
                    } else {
                        assertEquals(g.process(s.from()), g.process(s.to()));
                        assertTrue(g.position(s.from()) < g.position(s.to()));
                    }
                    at = s.to();
                }
                assertEquals(y, at);
            }
        }
    }

    private static Set<String> collect(java.util.function.Consumer<PairVisitor> source) {
        Set<String> out = new HashSet<>();
        source.accept((x, y) -> {
            assertTrue(out.add(x + "," + y), "listed once");
            return true;
        });
        return out;
    }
}
