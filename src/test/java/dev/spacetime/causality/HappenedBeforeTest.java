package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class HappenedBeforeTest {
    private final Analysis fig1 = Analysis.of(Diagrams.figure1());

    private boolean hb(String a, String b) {
        return fig1.happenedBefore(fig1.indexOf(a), fig1.indexOf(b));
    }

    private boolean conc(String a, String b) {
        return fig1.concurrent(fig1.indexOf(a), fig1.indexOf(b));
    }

    @Test
    void thePapersExamplesFromFigure1() {
        assertTrue(hb("p1", "r4"), "p1 → r4");
        assertTrue(conc("p3", "q3"), "p3 ‖ q3");
        assertTrue(conc("p2", "q3"), "p2 ‖ q3");
        assertFalse(hb("r4", "p1"));
    }

    @Test
    void processOrderIsHappenedBefore() {
        assertTrue(hb("q1", "q7"));
        assertFalse(hb("q7", "q1"));
        assertFalse(hb("q3", "q3"), "→ is irreflexive");
        assertFalse(conc("q3", "q3"), "an event is not concurrent with itself");
    }

    @Test
    void aMessageOrdersItsSendBeforeItsReceiveAndTransitively() {
        assertTrue(hb("p1", "q2"));
        assertTrue(hb("p1", "q3"), "p1 → q2 → q3");
        assertTrue(hb("q1", "p4"), "q1 → p2 → p3 → p4");
        assertTrue(hb("r2", "q7"));
        assertTrue(conc("r1", "q6"));
    }

    @Test
    void vectorClocksOfFigure1() {
        assertArrayEquals(new int[] {1, 0, 0}, fig1.vector(fig1.indexOf("p1")));
        assertArrayEquals(new int[] {1, 2, 0}, fig1.vector(fig1.indexOf("q2")));
        assertArrayEquals(new int[] {1, 4, 4}, fig1.vector(fig1.indexOf("r4")));
        assertArrayEquals(new int[] {4, 5, 0}, fig1.vector(fig1.indexOf("p4")));
        assertArrayEquals(new int[] {1, 7, 2}, fig1.vector(fig1.indexOf("q7")));
    }

    @Test
    void externalMessagesAreOutsideHappenedBeforeButInsideTheExtendedRelation() {
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2", "B: b1 b2", "a2 ~> b1"));
        int a2 = a.indexOf("a2");
        int b2 = a.indexOf("b2");
        assertFalse(a.happenedBefore(a2, b2));
        assertTrue(a.concurrent(a2, b2));
        assertTrue(a.happenedBeforeWithExternal(a2, b2));
        assertTrue(a.hasExternalMessages());
    }

    @Test
    void anAnalysisKeepsTheIdsOfTheDiagramItWasMadeFrom() {
        dev.spacetime.model.Diagram d = Diagrams.of("P: p1", "Q: q1");
        Analysis a = Analysis.of(d);
        new dev.spacetime.model.RemoveEvent("p1").applyTo(d);
        new dev.spacetime.model.AddEvent("Q", 1, "q2", null, Double.NaN).applyTo(d); // reuses p1's handle
        assertEquals("p1", a.id(0));
        assertEquals(-1, a.indexOf("q2"));
    }

    @Test
    void witnessOfP1BeforeR4FollowsMessagesAndProcessSteps() {
        Witness w = fig1.witness(fig1.indexOf("p1"), fig1.indexOf("r4"));
        assertEquals("p1 ⇝ q2 → q4 ⇝ r3 → r4", w.describe(fig1.graph()));
        assertEquals(List.of("p1", "q2", "q4", "r3", "r4"),
                w.events().stream().map(fig1::id).toList());
    }

    @Test
    void noWitnessForConcurrentEvents() {
        assertNull(fig1.witness(fig1.indexOf("p3"), fig1.indexOf("q3")));
        assertNull(fig1.witness(fig1.indexOf("r4"), fig1.indexOf("p1")));
    }

    @Test
    void witnessAlongOneProcess() {
        Witness w = fig1.witness(fig1.indexOf("q1"), fig1.indexOf("q5"));
        assertEquals("q1 → q5", w.describe(fig1.graph()));
    }

    @Test
    void witnessStartingWithAMulticast() {
        Witness w = fig1.witness(fig1.indexOf("q1"), fig1.indexOf("p3"));
        assertEquals("q1 ⇝ p2 → p3", w.describe(fig1.graph()));
    }

    @Test
    void causalConeOfQ3() {
        CausalCone cone = fig1.cone(fig1.indexOf("q3"));
        // past: q1, q2 and p1 (through p1 → q2); future: q4..q7, r3, r4 (q4 → r3) and p4 (q5 → p4)
        assertEquals(3, cone.pastSize());
        assertEquals(7, cone.futureSize());
        assertEquals(4, cone.concurrentSize()); // p2, p3, r1, r2
        assertTrue(cone.inPast(fig1.indexOf("p1")));
        assertTrue(cone.inFuture(fig1.indexOf("p4")));
        assertTrue(cone.isConcurrent(fig1.indexOf("p2")));
        assertTrue(cone.isConcurrent(fig1.indexOf("r2")));
        assertFalse(cone.isConcurrent(fig1.indexOf("q3")));
    }
}
