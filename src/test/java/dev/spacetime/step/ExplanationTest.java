package dev.spacetime.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.causality.Analysis;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    private static String explain(Analysis a, String id) {
        return Explanation.of(a, a.indexOf(id), false);
    }

    @Test
    void aReceiveIsIR2WithThePresentValueAndTm() {
        Analysis a = Analysis.of(Diagrams.figure1());
        assertEquals("q2 receives the message from p1 (Tm = 1): IR2 sets C_Q := max(1, 1) + 1 = 2", explain(a, "q2"));
        assertEquals("r4 receives the message from q1 (Tm = 1): IR2 sets C_R := max(5, 1) + 1 = 6", explain(a, "r4"));
        assertEquals("p4 receives the message from q5 (Tm = 5): IR2 sets C_P := max(3, 5) + 1 = 6", explain(a, "p4"));
    }

    @Test
    void localEventsAndSendsAreIR1AndASendStampsTm() {
        Analysis a = Analysis.of(Diagrams.figure1());
        assertEquals("p3 is a local event: IR1 sets C_P := 2 + 1 = 3", explain(a, "p3"));
        assertEquals("p1 sends a message to q2: IR1 sets C_P := 0 + 1 = 1, and the message carries Tm = 1",
                explain(a, "p1"));
    }

    @Test
    void aMulticastSaysEveryCopyCarriesTheSameTimestamp() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1", "R: r1", "S: s1", "p2 -> q1", "p2 -> r1", "p2 -> s1"));
        assertEquals("p2 sends one message to 3 events (q1, r1 and s1), every copy with the same timestamp: "
                + "IR1 sets C_P := 1 + 1 = 2, and the message carries Tm = 2", explain(a, "p2"));
        assertEquals("s1 receives the message from p2 (Tm = 2): IR2 sets C_S := max(0, 2) + 1 = 3", explain(a, "s1"));
    }

    @Test
    void anExternalMessageIsNotSeenByTheClocks() {
        Analysis a = Analysis.of(Diagrams.of("A: a1 a2", "B: b1", "a2 ~> b1"));
        assertEquals("b1 receives an external message from a2, sent outside the system, which the clocks do not "
                + "see: IR1 sets C_B := 0 + 1 = 1", explain(a, "b1"));
    }

    @Test
    void withVectorClocksTheProcessVectorIsGiven() {
        Analysis a = Analysis.of(Diagrams.figure1());
        assertEquals("q2 receives the message from p1 (Tm = 1): IR2 sets C_Q := max(1, 1) + 1 = 2; "
                + "V_Q := max([0,1,0], [1,0,0]) with Q's entry + 1 = [1,2,0]",
                Explanation.of(a, a.indexOf("q2"), true));
    }

    @Test
    void aReceiveOfSeveralMessagesNamesEveryTmAndAReceiveThatSendsSaysSo() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1 q2 q3 q4 q5", "R: r1 r2 r3", "S: s1",
                "p2 -> r3", "q5 -> r3", "r3 -> s1"));
        assertEquals("r3 receives 2 messages (Tm = 2 from p2, Tm = 5 from q5): IR2 sets C_R := max(2, 2, 5) + 1 = 6,"
                + " then sends a message to s1 with Tm = 6", explain(a, "r3"));
    }

    @Test
    void theVectorRuleIsTaughtAsIR1AndIR2AreForLocalEventsAndReceivesOfSeveralMessages() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1", "R: r1 r2", "p2 -> r2", "q1 -> r2"));
        assertEquals("V_P: P's entry + 1 = [1,0,0]", Explanation.vectorRule(a, a.indexOf("p1")));
        assertEquals("V_R := max([0,0,1], [2,0,0], [0,1,0]) with R's entry + 1 = [2,1,2]",
                Explanation.vectorRule(a, a.indexOf("r2")));
    }
}
