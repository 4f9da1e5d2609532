package dev.spacetime.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exercises on a teacher's own diagram, difficulties that cannot be, and hints for every kind. */
class ExerciseGeneratorTest {
    @Test
    void aTeachersDiagramIsCopiedAndTheSameSeedAsksTheSameQuestion() {
        Diagram figure = Diagrams.figure1();
        Exercise one = ExerciseGenerator.fromDiagram(figure, QuestionKind.CONE, 5);
        assertEquals(one.question(), ExerciseGenerator.fromDiagram(figure, QuestionKind.CONE, 5).question());
        assertTrue(one.diagram() != figure && one.diagram().sameContent(figure));
        assertNull(one.difficulty());
        assertTrue(one.title().startsWith("Causal cone · seed 5 · "), one.title());
    }

    @Test
    void aDiagramThatBreaksTheRulesOrIsTooSmallIsRefusedWithTheReason() {
        Diagram self = Diagrams.unchecked("P: p1 p2", "p1 -> p2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExerciseGenerator.fromDiagram(self, QuestionKind.LAMPORT, 1));
        assertTrue(e.getMessage().startsWith("the diagram breaks the paper's rules: "), e.getMessage());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> ExerciseGenerator.fromDiagram(Diagrams.of("P: p1"), QuestionKind.RELATION, 1));
        assertEquals("an exercise needs a diagram with at least 2 events, and this one has 1", small.getMessage());
    }

    @Test
    void difficultiesThatNoDiagramHasSayWhy() {
        assertEquals("an exercise has 6 to 30 events, not 40", new Difficulty(3, 40, 5, false, false).problem());
        assertEquals("a multicast sends one message to two or more other processes, so it needs at least 3 processes",
                new Difficulty(2, 10, 3, true, false).problem());
        assertEquals("external messages need at least one message", new Difficulty(3, 10, 0, false, true).problem());
        assertNull(new Difficulty(5, 30, 15, false, true).problem());
        assertThrows(IllegalArgumentException.class,
                () -> ExerciseGenerator.generate(QuestionKind.ORDER, 1, new Difficulty(1, 10, 0, false, false)));
    }

    @Test
    void everyKindGivesAHintForAWrongAnswerAndNoneForTheRightOne() {
        Diagram d = Diagrams.of("P: p1 p2", "Q: q1 q2 q3", "R: r1 r2", "p1 -> q2", "q3 -> r2");
        Exercise relation = new Exercise(1, null, d, Question.relation("p1", "r2"));
        assertTrue(Hints.next(relation, new Answer.Related(Relation.CONCURRENT)).startsWith("a → b when a chain leads"));
        Exercise cone = new Exercise(1, null, d, Question.cone("r2", ConePart.PAST));
        assertEquals("Look at p1: is there a chain from p1 to r2? Each step of a chain is later on the same process or "
                + "along a message.", Hints.next(cone, new Answer.Cone(Set.of("q1", "q2", "q3", "r1"))));
        Exercise order = new Exercise(1, null, d, Question.order());
        assertEquals("Place 2 goes to the event with the smallest C among those not yet placed; on equal C, the one "
                + "whose process comes first in P, Q, R.",
                Hints.next(order, new Answer.Order(List.of("p1", "r1", "q1", "p2", "q2", "q3", "r2"))));
        Exercise steps = new Exercise(1, null, d, Question.linearization(List.of("p1", "q1", "q2", "p2", "q3", "r1", "r2")));
        assertTrue(Hints.next(steps, new Answer.Possible(false)).startsWith("Play the order step by step"));
        for (Exercise ex : List.of(relation, cone, order, steps)) {
            assertNull(Hints.next(ex, ex.answer()));
        }
        assertNotEquals(Checker.check(order, new Answer.Order(List.of())).score(), 7);
        assertEquals("0 of 7 right", Checker.check(order, new Answer.Order(List.of())).scoreText());
    }
}
