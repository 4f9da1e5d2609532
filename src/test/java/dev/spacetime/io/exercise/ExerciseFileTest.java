package dev.spacetime.io.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.ExerciseGenerator;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

/** The exercise file: written the same for the same exercise, read back as it was, its problems placed. */
class ExerciseFileTest {
    private static Exercise generated(QuestionKind kind, long seed) {
        return ExerciseGenerator.generate(kind, seed, new Difficulty(3, 12, 4, true, true));
    }

    @Test
    void everyKindRoundTripsByteForByte() throws DiagramLoadException {
        for (QuestionKind kind : QuestionKind.values()) {
            for (long seed = 1; seed <= 5; seed++) {
                Exercise ex = generated(kind, seed);
                String text = ExerciseWriter.toString(ex);
                Exercise back = ExerciseReader.read("ex.json", text);
                assertTrue(ex.diagram().sameContent(back.diagram()), kind + " " + seed);
                assertEquals(ex.question(), back.question());
                assertEquals(ex.difficulty(), back.difficulty());
                assertEquals(ex.seed(), back.seed());
                assertEquals(ex.answer(), back.answer());
                assertEquals(text, ExerciseWriter.toString(back));
                assertEquals(text, ExerciseWriter.toString(generated(kind, seed)), "the same seed, the same bytes");
            }
        }
    }

    @Test
    void aTeachersDiagramKeepsNoDifficulty() throws DiagramLoadException {
        Exercise ex = ExerciseGenerator.fromDiagram(Diagrams.figure1(), QuestionKind.RELATION, 3);
        String text = ExerciseWriter.toString(ex);
        assertTrue(!text.contains("\"difficulty\""), text);
        Exercise back = ExerciseReader.read("ex.json", text);
        assertNull(back.difficulty());
        assertEquals(ex.question(), back.question());
    }

    @Test
    void aStaleAnswerIsRefusedWithTheRuleThatGivesTheRightOne() {
        Exercise ex = ExerciseGenerator.fromDiagram(Diagrams.of("P: p1 p2", "Q: q1 q2", "p1 -> q2"),
                QuestionKind.LAMPORT, 1);
        String text = ExerciseWriter.toString(ex).replace("\"q2\": 2", "\"q2\": 3");
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> ExerciseReader.read("ex.json", text));
        assertEquals("ex.json:7:13: \"answer\" is not the right answer for this diagram: q2 is given as C = 3, but q2 "
                + "receives from p1 (Tm = 1) after q1 (C = 1): IR2 gives max(1, 1) + 1 = 2", e.getMessage());
    }

    @Test
    void theEmbeddedDiagramsProblemsArePlacedInTheExerciseFile() {
        Exercise ex = ExerciseGenerator.fromDiagram(Diagrams.of("P: p1 p2", "Q: q1 q2", "p1 -> q2"),
                QuestionKind.ORDER, 1);
        String text = ExerciseWriter.toString(ex).replace("{ \"id\": \"q1\" }", "{ \"id\": \"q1\", \"colour\": 1 }");
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> ExerciseReader.read("ex.json", text));
        int line = text.substring(0, text.indexOf("\"colour\"")).split("\n", -1).length;
        assertTrue(e.getMessage().startsWith("ex.json:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("\"diagram\": "), e.getMessage());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void badQuestionsAndBrokenJsonAreNamedWithTheirPlace() {
        Exercise ex = ExerciseGenerator.fromDiagram(Diagrams.of("P: p1 p2", "Q: q1 q2", "p1 -> q2"),
                QuestionKind.RELATION, 1);
        String text = ExerciseWriter.toString(ex);
        String noEvent = text.replaceFirst("\"marked\": \\[\"[a-z0-9]+\"", "\"marked\": [\"z9\"");
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> ExerciseReader.read("ex.json", noEvent));
        assertEquals("ex.json:6:15: \"question\": the question marks event \"z9\", which the diagram does not have",
                e.getMessage());
        DiagramLoadException broken = assertThrows(DiagramLoadException.class,
                () -> ExerciseReader.read("ex.json", text.substring(0, 40)));
        assertTrue(broken.getMessage().startsWith("ex.json:"), broken.getMessage());
        assertTrue(broken.getMessage().contains("not valid JSON"), broken.getMessage());
        DiagramLoadException kind = assertThrows(DiagramLoadException.class,
                () -> ExerciseReader.read("ex.json", text.replace("\"kind\": \"relation\"", "\"kind\": \"clocks\"")));
        assertTrue(kind.getMessage().contains("\"kind\" must be one of lamport, vector, relation, cone, order, "
                + "linearization, not \"clocks\""), kind.getMessage());
    }
}
