package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

/** Section 5's telephone call seen by the cones: under ➝ it joins A's past to B's future; under → it does not. */
class ConeWithExternalTest {
    private static final Analysis PHONE = Analysis.of(Diagrams.of("A: a1 a2 a3", "B: b1 b2", "S: s1", "a2 ~> b1",
            "b2 -> s1"));

    @Test
    void theTelephoneCallPutsTheCallerInTheAnswerersPast() {
        int b2 = PHONE.indexOf("b2");
        CausalCone plain = PHONE.cone(b2);
        CausalCone extended = PHONE.coneWithExternal(b2);
        assertFalse(plain.inPast(PHONE.indexOf("a1")), "→ knows nothing of the call");
        assertTrue(plain.isConcurrent(PHONE.indexOf("a2")));
        assertTrue(extended.inPast(PHONE.indexOf("a1")));
        assertTrue(extended.inPast(PHONE.indexOf("a2")));
        assertTrue(extended.isConcurrent(PHONE.indexOf("a3")), "a3 comes after the call");
        assertEquals(3, extended.pastSize(), "a1, a2, b1");
        assertEquals(1, plain.pastSize(), "b1 alone");
    }

    @Test
    void theCallersFutureReachesTheServerThroughTheAnswerer() {
        CausalCone a2 = PHONE.coneWithExternal(PHONE.indexOf("a2"));
        assertTrue(a2.inFuture(PHONE.indexOf("s1")));
        assertEquals(4, a2.futureSize(), "a3, b1, b2, s1");
        assertEquals(1, PHONE.cone(PHONE.indexOf("a2")).futureSize(), "a3 alone under →");
    }

    @Test
    void withoutExternalMessagesBothConesAgree() {
        Analysis a = Analysis.of(Diagrams.figure1());
        for (int e = 0; e < a.eventCount(); e++) {
            assertEquals(a.cone(e).pastSize(), a.coneWithExternal(e).pastSize());
            assertEquals(a.cone(e).futureSize(), a.coneWithExternal(e).futureSize());
        }
    }
}
