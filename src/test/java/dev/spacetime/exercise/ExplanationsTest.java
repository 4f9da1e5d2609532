package dev.spacetime.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.testing.Diagrams;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Per kind of question: a wrong answer is explained by the rule and the values that give the right one. */
class ExplanationsTest {
    // P: p1 sends to q2. Q: q1, q2 receives, q3 sends to r2. R: r1, r2 receives. p2 is local.
    private static final Diagram CHAIN = Diagrams.of("P: p1 p2", "Q: q1 q2 q3", "R: r1 r2", "p1 -> q2", "q3 -> r2");

    private static Exercise exercise(Diagram d, Question q) {
        return new Exercise(7, null, d, q);
    }

    private static Marking.Item item(Marking m, String subject) {
        return m.items().stream().filter(i -> i.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void aWrongLamportClockIsExplainedByIr1OrIr2WithItsValues() {
        Exercise ex = exercise(CHAIN, Question.clocks(QuestionKind.LAMPORT));
        Map<String, Integer> given = new HashMap<>(((Answer.Lamport) ex.answer()).clocks());
        given.put("q2", 3);
        given.put("q3", 2);
        given.put("p1", 2);
        given.remove("r2");
        Marking m = Checker.check(ex, new Answer.Lamport(given));
        assertEquals(3, m.total() - m.score() - 1, "three wrong and one blank");
        assertEquals("q2 receives from p1 (Tm = 1) after q1 (C = 1): IR2 gives max(1, 1) + 1 = 2",
                item(m, "q2").explanation());
        assertEquals("q3 follows q2 (C = 2) on Q: IR1 gives 2 + 1 = 3", item(m, "q3").explanation());
        assertEquals("p1 is the first event on P (C = 0 before it): IR1 gives 0 + 1 = 1", item(m, "p1").explanation());
        assertEquals("blank", item(m, "r2").given());
        assertEquals("r2 receives from q3 (Tm = 3) after r1 (C = 1): IR2 gives max(1, 3) + 1 = 4",
                item(m, "r2").explanation());
        assertTrue(item(m, "q1").right());
        assertEquals("", item(m, "q1").explanation());
    }

    @Test
    void anExternalMessageIsNamedAsUnseenByTheClocks() {
        Diagram d = Diagrams.of("A: a1 a2", "B: b1 b2", "a2 ~> b2");
        Exercise ex = exercise(d, Question.clocks(QuestionKind.LAMPORT));
        Marking m = Checker.check(ex, new Answer.Lamport(Map.of("a1", 1, "a2", 2, "b1", 1, "b2", 3)));
        assertEquals("b2 follows b1 (C = 1) on B, and an external message from a2, which the clocks do not see: "
                + "IR1 gives 1 + 1 = 2", item(m, "b2").explanation());
    }

    @Test
    void aWrongVectorClockIsExplainedByTheVectorRule() {
        Exercise ex = exercise(CHAIN, Question.clocks(QuestionKind.VECTOR));
        Map<String, List<Integer>> given = new LinkedHashMap<>(((Answer.Vector) ex.answer()).clocks());
        given.put("q2", List.of(0, 2, 0));
        given.put("q3", List.of(1, 2, 0));
        Marking m = Checker.check(ex, new Answer.Vector(given));
        assertEquals("q2 receives from p1 (V = [1,0,0]) after q1 (V = [0,1,0]): the vector rule gives "
                + "max([0,1,0], [1,0,0]) with Q's entry + 1 = [1,2,0]", item(m, "q2").explanation());
        assertEquals("q3 follows q2 (V = [1,2,0]) on Q: the vector rule gives [1,2,0] with Q's entry + 1 = [1,3,0]",
                item(m, "q3").explanation());
        assertEquals(m.total() - 2, m.score());
    }

    @Test
    void aWrongRelationShowsTheWitnessChainOrWhyThereIsNone() {
        Exercise before = exercise(CHAIN, Question.relation("p1", "r2"));
        Marking m = Checker.check(before, new Answer.Related(Relation.CONCURRENT));
        Marking.Item it = m.items().get(0);
        assertFalse(it.right());
        assertEquals("p1 → r2", it.expected());
        assertEquals("p1 → r2 through the chain p1 → q2 → q3 → r2: the message from p1 to q2, q2 before q3 on Q, "
                + "the message from q3 to r2", it.explanation());
        assertEquals(List.of("p1", "q2", "q3", "r2"), it.events());

        Exercise apart = exercise(CHAIN, Question.relation("p2", "r2"));
        Marking.Item no = Checker.check(apart, new Answer.Related(Relation.BEFORE)).items().get(0);
        assertEquals("no chain from p2 to r2: r2's past holds P's events only up to p1 (V(r2)[P] = 1), and p2 is "
                + "P's 2nd event; no chain from r2 to p2: p2's past holds none of R's events (V(p2)[R] = 0), and r2 "
                + "is R's 2nd event; so p2 ‖ r2", no.explanation());
        assertTrue(Checker.check(apart, new Answer.Related(Relation.CONCURRENT)).allRight());
    }

    @Test
    void aWrongConeShowsTheMissingAndTheExtraEvents() {
        Exercise ex = exercise(CHAIN, Question.cone("r2", ConePart.PAST));
        assertEquals(Set.of("p1", "q1", "q2", "q3", "r1"), ((Answer.Cone) ex.answer()).events());
        Marking m = Checker.check(ex, new Answer.Cone(Set.of("q2", "q3", "r1", "p2")));
        assertEquals(List.of("missing from the causal past of r2: p1 and q1", "not in the causal past of r2: p2"),
                m.summary());
        assertEquals("q1 → r2 through the chain q1 → q3 → r2: q1 before q3 on Q, the message from q3 to r2, so q1 "
                + "is in the causal past of r2", item(m, "q1").explanation());
        assertTrue(item(m, "p2").explanation().startsWith("no chain from p2 to r2"), item(m, "p2").explanation());
        assertEquals(m.total() - 3, m.score());
    }

    @Test
    void aWrongOrderNamesTheFirstPlaceItBreaksTotalOrderAndWhy() {
        Exercise ex = exercise(CHAIN, Question.order());
        assertEquals(List.of("p1", "q1", "r1", "p2", "q2", "q3", "r2"), ((Answer.Order) ex.answer()).events());
        Marking m = Checker.check(ex, new Answer.Order(List.of("p1", "q1", "r1", "q2", "p2", "q3", "r2")));
        assertEquals(List.of("the order breaks ⇒ first at place 4: place 4 is p2, since p2 ⇒ q2: "
                + "C(p2) = C(q2) = 2 and P comes before Q in the processes' order"), m.summary());
        assertEquals("place 5 is q2; p2 belongs earlier, at place 4, since p2 ⇒ q2: C(p2) = C(q2) = 2 and P comes "
                + "before Q in the processes' order", item(m, "place 5").explanation());
        Marking smaller = Checker.check(ex, new Answer.Order(List.of("q2", "q1", "r1", "p2", "p1", "q3", "r2")));
        assertEquals("place 1 is p1, since p1 ⇒ q2: C(p1) = 1 < C(q2) = 2", item(smaller, "place 1").explanation());
    }

    @Test
    void anImpossibleOrderNamesTheStepThatCouldNotHappen() {
        Exercise ex = exercise(CHAIN, Question.linearization(List.of("q1", "q2", "p1", "p2", "q3", "r1", "r2")));
        assertEquals(new Answer.Possible(false), ex.answer());
        Marking m = Checker.check(ex, new Answer.Possible(true));
        assertEquals("impossible: at step 2 q2 waits for the message from p1, not sent yet, so the system could not "
                + "have gone through this order", m.items().get(0).explanation());
        assertEquals(List.of("q2"), m.items().get(0).events());

        Exercise fine = exercise(CHAIN, Question.linearization(List.of("p1", "q1", "q2", "p2", "q3", "r1", "r2")));
        Marking no = Checker.check(fine, new Answer.Possible(false));
        assertTrue(no.items().get(0).explanation().startsWith("possible: every event comes after"));
    }

    @Test
    void hintsGiveOneRuleWithoutTheValueStartingWhereTheErrorsBegin() {
        Exercise ex = exercise(CHAIN, Question.clocks(QuestionKind.LAMPORT));
        Map<String, Integer> given = new HashMap<>(((Answer.Lamport) ex.answer()).clocks());
        given.put("q2", 5);
        given.put("r2", 9);
        assertEquals("Look at q2: q2 receives a message, so IR2 applies: C(q2) = max(C(q1), C(p1)) + 1, the message's "
                + "timestamp Tm being the clock of its send.", Hints.next(ex, new Answer.Lamport(given)));
        given.put("q2", 2);
        given.put("p2", 7);
        assertEquals("Look at p2: p2 follows p1 on its process and receives no message of the system, so IR1 applies: "
                + "C(p2) = C(p1) + 1.", Hints.next(ex, new Answer.Lamport(given)));
        assertNull(Hints.next(ex, ex.answer()));
    }

    @Test
    void anAnswerToAnotherQuestionAndAQuestionNamingNoEventAreRefusedWithAReason() {
        Exercise ex = exercise(CHAIN, Question.order());
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> Checker.check(ex, new Answer.Possible(true)));
        assertEquals("a linearization answer does not answer a order question", wrongKind.getMessage());
        IllegalArgumentException noEvent = assertThrows(IllegalArgumentException.class,
                () -> exercise(CHAIN, Question.relation("p1", "z9")));
        assertEquals("the question marks event \"z9\", which the diagram does not have", noEvent.getMessage());
    }

    @Test
    void theWorkedAnswerGivesEveryClockInTotalOrderWithItsRule() {
        Exercise ex = exercise(CHAIN, Question.clocks(QuestionKind.LAMPORT));
        List<String> lines = WorkedAnswer.lines(ex);
        assertEquals(7, lines.size());
        assertEquals("C(p1) = 1: p1 is the first event on P (C = 0 before it): IR1 gives 0 + 1 = 1", lines.get(0));
        assertEquals("C(r2) = 4: r2 receives from q3 (Tm = 3) after r1 (C = 1): IR2 gives max(1, 3) + 1 = 4",
                lines.get(6));
    }
}
