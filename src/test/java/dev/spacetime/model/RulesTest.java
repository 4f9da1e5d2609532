package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static Problem only(Diagram d) {
        List<Problem> problems = Rules.check(d);
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        return problems.get(0);
    }

    @Test
    void figure1IsValid() {
        assertTrue(Rules.check(Diagrams.figure1()).isEmpty());
    }

    @Test
    void aReceiveThatAlsoSendsAndAReceiveOfSeveralMessagesKeepThePapersRules() {
        assertTrue(Rules.check(Diagrams.unchecked("P: p1", "Q: q1", "R: r1", "p1 -> q1", "q1 -> r1", "p1 -> r1"))
                .isEmpty(), "IR2 asks only that a receive's clock exceed every Tm it receives");
    }

    @Test
    void aSelfMessage() {
        Problem p = only(Diagrams.unchecked("P: p1 p2", "p1 -> p2"));
        assertEquals(Problem.Kind.MESSAGE, p.kind());
        assertTrue(p.message().contains("p1 → p2 goes from process P to itself"), p.message());
    }

    @Test
    void aMessageFromAnEventToItselfIsOneProblem() {
        Problem p = only(Diagrams.unchecked("P: p1 p2", "p1 -> p1"));
        assertTrue(p.message().contains("p1 → p1 goes from process P to itself"), p.message());
    }

    @Test
    void aBackwardSelfMessageIsAlsoACycle() {
        List<Problem> problems = Rules.check(Diagrams.unchecked("P: p1 p2", "p2 -> p1"));
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void aCausalCycleThroughTwoMessages() {
        // q2 → p1 and p2 → q1: p1 is before p2 which sends to q1, before q2 which sends to p1.
        Problem p = only(Diagrams.unchecked("P: p1 p2", "Q: q1 q2", "q2 -> p1", "p2 -> q1"));
        assertEquals(Problem.Kind.MESSAGE, p.kind());
        assertTrue(p.message().startsWith("causal cycle: "), p.message());
        assertTrue(p.message().contains("p2 ⇝ q1 → q2 ⇝ p1 → p2"), p.message());
    }

    @Test
    void aCycleThroughAnExternalMessageIsStillACycle() {
        Problem p = only(Diagrams.unchecked("P: p1 p2", "Q: q1 q2", "q2 ~> p1", "p2 -> q1"));
        assertTrue(p.message().startsWith("causal cycle"), p.message());
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
        List<Problem> problems = Rules.check(Diagrams.unchecked("P: p1 p2", "Q: q1 q2", "R: r1 r2", "S: s1 s2",
                "q2 -> p1", "p2 -> q1", "s2 -> r1", "r2 -> s1"));
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void timeGoingBackwardsOnAProcess() {
        Problem p = only(Diagrams.unchecked("P: p1@10 p2 p3@5"));
        assertEquals("p3", p.key());
        assertTrue(p.message().contains("p3 has time 5, not after p1 (time 10) on process P"), p.message());
    }

    @Test
    void equalTimesOnAProcessAreNotIncreasing() {
        assertEquals("p2", only(Diagrams.unchecked("P: p1@10 p2@10")).key());
    }

    @Test
    void aMessageReceivedBeforeItIsSent() {
        Problem p = only(Diagrams.unchecked("P: p1@30", "Q: q1@20", "p1 -> q1"));
        assertTrue(p.message().contains("received at time 20, before it is sent at time 30"), p.message());
    }

    @Test
    void allProblemsAreReportedNotOnlyTheFirst() {
        List<Problem> problems = Rules.check(Diagrams.unchecked("P: p1@30 p2@10", "Q: q1@20 q2", "R: r1",
                "Q2: q2x", "p1 -> q1", "q1 -> r1", "q2 -> q2x"));
        // p2's time and p1 → q1 received early; q1 both receiving and sending is allowed
        assertEquals(2, problems.size(), problems::toString);
    }
}
