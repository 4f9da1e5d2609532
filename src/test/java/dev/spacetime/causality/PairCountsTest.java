package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairCountsTest {
    private static List<String> pairs(Analysis a, java.util.function.Consumer<PairVisitor> source) {
        List<String> out = new ArrayList<>();
        source.accept((x, y) -> out.add(a.id(x) + "," + a.id(y)));
        return out;
    }

    @Test
    void falseOrderingIsAConcurrentPairWithSmallerClock() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2 p3", "Q: q1 q2 q3", "p1 -> q2"));
        // C: p1=1 p2=2 p3=3, q1=1 q2=2 q3=3
        List<String> found = pairs(a, a::falseOrderings);
        assertEquals(List.of("p2,q3", "q1,p2", "q1,p3", "q2,p3"), found.stream().sorted().toList());
        assertEquals(4, a.pairCounts().falseOrderings());
    }

    @Test
    void concurrentPairsAreListedInTotalOrder() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1", "p1 -> q1"));
        // ⇒: p1(1) p2(2) q1(2); p2 ‖ q1 only
        assertEquals(List.of("p2,q1"), pairs(a, a::concurrentPairs));
        assertEquals(1, a.pairCounts().concurrent());
    }

    @Test
    void anomalyOfSection5() {
        // A asks for the resource, then phones B; B then asks too. The phone call is external.
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2", "B: b1 b2", "a2 ~> b1"));
        // C: a1=1 a2=2, b1=1 b2=2. a1 ➝ b1 (1 ≥ 1), a2 ➝ b1, a2 ➝ b2 (2 ≥ 2); a1 ➝ b2 is fine (1 < 2).
        assertEquals(List.of("a1,b1", "a2,b1", "a2,b2"), pairs(a, a::anomalies).stream().sorted().toList());
        assertEquals(3, a.pairCounts().anomalies());
        assertEquals(1, a.strongClockConditionSteps().size());
        assertTrue(a.strongClockConditionSteps().get(0).external());
    }

    @Test
    void noAnomaliesWithoutExternalMessages() {
        Analysis a = Analysis.of(Diagrams.figure1());
        assertEquals(0, a.pairCounts().anomalies());
        assertTrue(a.strongClockConditionSteps().isEmpty());
    }

    @Test
    void figure1Counts() {
        Analysis a = Analysis.of(Diagrams.figure1());
        long concurrent = 0;
        long falseOrderings = 0;
        for (int x = 0; x < a.eventCount(); x++) {
            for (int y = x + 1; y < a.eventCount(); y++) {
                if (a.concurrent(x, y)) {
                    concurrent++;
                    if (a.lamport(x) != a.lamport(y)) {
                        falseOrderings++;
                    }
                }
            }
        }
        assertEquals(concurrent, a.pairCounts().concurrent());
        assertEquals(falseOrderings, a.pairCounts().falseOrderings());
    }
}
