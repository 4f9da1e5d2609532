package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

class LamportClocksTest {
    private static int clock(Analysis a, String id) {
        return a.lamport(a.indexOf(id));
    }

    @Test
    void ir1GivesTheFirstEventOneAndIncrementsBetweenSuccessiveEvents() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2 p3", "Q: q1"));
        assertEquals(1, clock(a, "p1"));
        assertEquals(2, clock(a, "p2"));
        assertEquals(3, clock(a, "p3"));
        assertEquals(1, clock(a, "q1"));
    }

    @Test
    void ir2TakesTheTimestampWhenItIsAhead() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2 p3 p4", "Q: q1 q2", "p4 -> q2"));
        // Tm = C(p4) = 4 > C(q1) = 1, so C(q2) = max(1, 4) + 1 = 5.
        assertEquals(5, clock(a, "q2"));
    }

    @Test
    void ir2KeepsTheOwnClockWhenItIsAhead() {
        Analysis a = Analysis.of(Diagrams.of("P: p1", "Q: q1 q2 q3 q4", "p1 -> q4"));
        // Tm = 1 < C(q3) = 3, so C(q4) = max(3, 1) + 1 = 4.
        assertEquals(4, clock(a, "q4"));
    }

    @Test
    void ir2WithEqualClocksStillIncrements() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1 q2 q3", "p2 -> q3"));
        assertEquals(3, clock(a, "q3"));
    }

    @Test
    void aMulticastIsOneEventWhoseTimestampEveryReceiverSees() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1", "R: r1 r2", "p2 -> q1", "p2 -> r2"));
        assertEquals(3, clock(a, "q1"));
        assertEquals(3, clock(a, "r2"));
    }

    @Test
    void externalMessagesCarryNoTimestamp() {
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2 a3", "B: b1 b2", "a3 ~> b1"));
        assertEquals(1, clock(a, "b1"));
        assertEquals(2, clock(a, "b2"));
    }

    @Test
    void figure1ClocksFollowIr1AndIr2() {
        Analysis a = Analysis.of(Diagrams.figure1());
        int[] p = {1, 2, 3, 6};
        int[] q = {1, 2, 3, 4, 5, 6, 7};
        int[] r = {1, 2, 5, 6};
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], clock(a, "p" + (i + 1)), "p" + (i + 1));
        }
        for (int i = 0; i < q.length; i++) {
            assertEquals(q[i], clock(a, "q" + (i + 1)), "q" + (i + 1));
        }
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i], clock(a, "r" + (i + 1)), "r" + (i + 1));
        }
        assertTrue(a.clockConditionHolds());
    }

    @Test
    void ir2WithSeveralMessagesTakesTheGreatestTimestampAndAReceiveMaySend() {
        // r1 receives from p3 (Tm = 3) and q1 (Tm = 1) at once, then sends to q2.
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2 p3", "Q: q1 q2", "R: r1", "p3 -> r1", "q1 -> r1", "r1 -> q2"));
        assertEquals(4, clock(a, "r1"), "max(0, 3, 1) + 1");
        assertEquals(5, clock(a, "q2"), "max(1, 4) + 1: the receive's own clock is the Tm it sends");
        assertTrue(a.happenedBefore(a.indexOf("p3"), a.indexOf("q2")), "p3 → r1 → q2 through the event that receives and sends");
        assertTrue(a.happenedBefore(a.indexOf("q1"), a.indexOf("r1")));
        assertEquals("[3,2,1]", java.util.Arrays.toString(a.vector(a.indexOf("q2"))).replace(" ", ""));
        assertEquals("[3,1,1]", java.util.Arrays.toString(a.vector(a.indexOf("r1"))).replace(" ", ""));
    }

    @Test
    void aRoundTripThroughOneEventOrdersTheReplyAfterTheRequest() {
        // A asks, B receives and answers in one event, A receives the answer: a1 → b1 → a2.
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2", "B: b1", "a1 -> b1", "b1 -> a2"));
        assertEquals(2, clock(a, "b1"));
        assertEquals(3, clock(a, "a2"));
        assertTrue(a.happenedBefore(a.indexOf("b1"), a.indexOf("a2")));
    }
}
