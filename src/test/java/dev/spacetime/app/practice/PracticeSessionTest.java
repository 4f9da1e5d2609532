package dev.spacetime.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.PracticeMarks;
import dev.spacetime.exercise.Answer;
import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.ExerciseGenerator;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer being given in Practice: typed, clicked, chosen, checked, hinted, shown and undone. */
class PracticeSessionTest {
    private static Exercise exercise(QuestionKind kind) {
        return ExerciseGenerator.generate(kind, 11, Difficulty.of(3, 9));
    }

    @Test
    void typedClocksAreTheAnswerAndWhatIsNoClockIsRefusedWithTheReason() {
        PracticeSession s = new PracticeSession(exercise(QuestionKind.LAMPORT));
        s.type("p1", " 1 ");
        assertEquals("1", s.typed("p1"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> s.type("p1", "-2"));
        assertTrue(refused.getMessage().contains("whole number"), refused.getMessage());
        assertEquals("1", s.typed("p1"), "a refused value leaves the one before");
        s.type("p1", "");
        assertEquals("", s.typed("p1"), "blank clears it");
        assertEquals(new Answer.Lamport(java.util.Map.of()), s.answer());
    }

    @Test
    void vectorClocksTakeOneEntryPerProcessInAnyOfTheUsualSpellings() {
        PracticeSession s = new PracticeSession(exercise(QuestionKind.VECTOR));
        s.type("p1", "[1, 0, 0]");
        s.type("q1", "0 1 0");
        assertEquals("[1,0,0]", s.typed("p1"));
        assertEquals("[0,1,0]", s.typed("q1"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> s.type("r1", "1,2"));
        assertTrue(refused.getMessage().contains("one entry per process, 3 here, not 2"), refused.getMessage());
    }

    @Test
    void theRightAnswerTypedInIsAllRightAndOneChangedClockIsTheOneWrongItem() {
        Exercise ex = exercise(QuestionKind.LAMPORT);
        Analysis a = ex.analysis();
        PracticeSession s = new PracticeSession(ex);
        for (int e = 0; e < a.eventCount(); e++) {
            s.type(a.id(e), Integer.toString(a.lamport(e) + (e == 2 ? 1 : 0)));
        }
        Marking m = s.check();
        assertEquals(List.of(a.id(2)), m.wrong().stream().map(Marking.Item::subject).toList());
        PracticeMarks marks = PracticeMarksOf.of(s, a, m.wrong().get(0));
        assertEquals(Set.of(2), marks.wrong());
        assertEquals(a.eventCount() - 1, marks.right().size());
        assertEquals(2, marks.focus());
        assertEquals(a.id(2) + "  C=" + (a.lamport(2) + 1), marks.labels().get(2), "the label is what was typed");
        assertTrue(s.nextHint().startsWith("Look at " + a.id(2)), s.hint());
        s.type(a.id(2), Integer.toString(a.lamport(2)));
        assertTrue(s.check().allRight());
        assertEquals(a.eventCount() + " of " + a.eventCount() + " right", s.scoreText());
    }

    @Test
    void labelsShowNoClockBeforeOneIsTyped() {
        Exercise ex = exercise(QuestionKind.LAMPORT);
        PracticeMarks marks = PracticeMarksOf.of(new PracticeSession(ex), ex.analysis(), null);
        assertEquals("p1  C=?", marks.labels().get(ex.analysis().indexOf("p1")));
        assertFalse(marks.reveal());
    }

    @Test
    void aConeClickTogglesAnEventAndAnOrderClickAppendsOrCutsBack() {
        PracticeSession cone = new PracticeSession(exercise(QuestionKind.CONE));
        cone.click("p1");
        cone.click("q1");
        cone.click("p1");
        assertEquals(new Answer.Cone(Set.of("q1")), cone.answer());
        PracticeSession order = new PracticeSession(exercise(QuestionKind.ORDER));
        order.click("p1");
        order.click("q1");
        order.click("r1");
        order.click("q1");
        assertEquals(new Answer.Order(List.of("p1")), order.answer(), "clicking a placed event takes it and those after back");
        Analysis a = order.exercise().analysis();
        assertEquals(java.util.Map.of(a.indexOf("p1"), 1), PracticeMarksOf.of(order, a, null).numbers());
    }

    @Test
    void aRelationMustBeChosenBeforeCheckAndAWrongOneRevealsTheChain() {
        Exercise ex = exercise(QuestionKind.RELATION);
        PracticeSession s = new PracticeSession(ex);
        assertNull(s.check(), "nothing to check yet");
        assertTrue(s.unanswered().contains("1, 2, 3"));
        Relation right = ((Answer.Related) ex.answer()).relation();
        Relation wrong = right == Relation.BEFORE ? Relation.AFTER : Relation.BEFORE;
        s.choose(wrong);
        assertFalse(s.check().allRight());
        assertTrue(PracticeMarksOf.of(s, ex.analysis(), null).reveal(), "the witness chain may be drawn");
        assertEquals(PracticeMarksOf.of(s, ex.analysis(), null).wrong().size(), 2, "both events of the pair ringed");
    }

    @Test
    void showAnswerFillsInTheRightAnswerMarksItAndSaysItWasShown() {
        PracticeSession s = new PracticeSession(exercise(QuestionKind.VECTOR));
        s.showAnswer();
        assertTrue(s.shown());
        assertTrue(s.marking().allRight());
        assertTrue(s.scoreText().endsWith("(answer shown)"), s.scoreText());
    }

    @Test
    void undoTakesBackOneChangeOfTheAnswerAtATime() {
        PracticeSession s = new PracticeSession(exercise(QuestionKind.LAMPORT));
        s.type("p1", "1");
        s.type("p1", "2");
        s.type("p1", "2"); // no change: no step
        assertTrue(s.undo());
        assertEquals("1", s.typed("p1"));
        assertTrue(s.undo());
        assertEquals("", s.typed("p1"));
        assertFalse(s.undo());
    }
}
