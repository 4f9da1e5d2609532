package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.document.Editor;
import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.PracticeMarks;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.ExerciseGenerator;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import dev.spacetime.io.exercise.ExerciseWriter;
import dev.spacetime.model.AddProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Practice in the real window: an exercise file opened as an exercise, its clocks hidden, answered at
 * the dots with the mouse and keyboard, checked with Ctrl+Enter, and the diagram left unedited.
 */
class PracticeWindowTest extends WindowTestBase {
    private Path exerciseFile(Exercise ex) throws Exception {
        Path f = dir.resolve("class.exercise.json");
        Files.writeString(f, ExerciseWriter.toString(ex));
        return f;
    }

    private static Object fx0(java.util.concurrent.Callable<Object> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            return e;
        }
    }

    /** Lets the window finish laying out and fitting after the panel below the diagram changed. */
    private static void settle() throws InterruptedException {
        for (int k = 0; k < 5; k++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
    }

    /** The keys to the diagram, without a click that would answer at a dot. */
    private void focusCanvas() throws Exception {
        fx(() -> {
            app.canvas().requestFocus();
            return null;
        });
    }

    private String text(String id) throws Exception {
        return fx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    private PracticeMarks marks() throws Exception {
        return fx(() -> app.view().practice.get());
    }

    /** The event labels the canvas shows, in shown-event order. */
    private List<String> labels() throws Exception {
        return fx(() -> app.editor().pictureProperty().get().drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL)
                .map(s -> ((Shape.Text) s).text()).toList());
    }

    @Test
    void aStudentTypesEveryLamportClockOneWrongAndCheckMarksExactlyThatOne() throws Exception {
        Exercise ex = ExerciseGenerator.generate(QuestionKind.LAMPORT, 7, Difficulty.of(2, 6));
        open(exerciseFile(ex));
        Analysis a = fx(() -> app.editor().analysis());
        int n = a.eventCount();
        assertNotNull(fx(() -> app.practice().session()), "the file opens as an exercise");
        assertTrue(fx(() -> stage.getTitle()).contains("seed 7"), "the title shows the seed");
        assertTrue(labels().stream().allMatch(l -> l.endsWith("C=?")), "no clock shows before it is typed: " + labels());
        assertTrue(fx(() -> app.editor().clocksKeptBack(0)), "every panel keeps the clocks back");

        String wrongId = a.id(n - 1); // the last event: it depends on the most
        settle();
        click(screenAt(a.id(0)));
        for (int e = 0; e < n; e++) {
            int c = a.lamport(e) + (a.id(e).equals(wrongId) ? 1 : 0);
            robot.write(Integer.toString(c));
            keys(KeyCode.TAB); // takes it and moves on up the process, then to the next process
        }
        keys(KeyCode.ESCAPE);
        assertTrue(labels().contains(wrongId + "  C=" + (a.lamport(n - 1) + 1)), "the typed value is its label");
        focusCanvas();
        keys(KeyCode.SHORTCUT, KeyCode.ENTER);

        Marking m = fx(() -> app.practice().session().marking());
        assertNotNull(m, "Ctrl+Enter checks");
        assertEquals(List.of(wrongId), m.wrong().stream().map(Marking.Item::subject).toList(), "exactly that one is wrong");
        assertEquals(Set.of(a.indexOf(wrongId)), marks().wrong(), "and ringed wrong on the diagram");
        assertEquals(n - 1, marks().right().size(), "the others ringed right");
        assertEquals((n - 1) + " of " + n + " right.", text("practice-score"));
        String why = text("practice-explanation");
        assertEquals(m.wrong().get(0).explanation(), why, "its explanation is shown");
        assertTrue(why.contains("IR"), "in the paper's words: " + why);

        settle();
        click(screenAt(wrongId));
        assertEquals(Integer.toString(a.lamport(n - 1) + 1), fx(() -> ((javafx.scene.control.TextField) stage.getScene()
                .lookup("#clock-field")).getText()), "the field opens with what was typed");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write(Integer.toString(a.lamport(n - 1)));
        keys(KeyCode.ENTER);
        keys(KeyCode.SHORTCUT, KeyCode.ENTER);
        assertTrue(fx(() -> app.practice().session().marking().allRight()), () -> "fixed, it gets full marks: "
                + fx0(() -> app.practice().session().marking().wrong()));
        assertEquals(n + " of " + n + " right: all right.", text("practice-score"));
        assertEquals(Set.of(), marks().wrong());
    }

    @Test
    void theDiagramIsNotEditedWhilePractisingAndLeavingGivesBackTheDiagramBefore() throws Exception {
        String before = fx(() -> app.editor().document().diagram().title());
        int events = fx(() -> app.editor().document().diagram().eventCount());
        fx(() -> {
            app.practice().start(ExerciseGenerator.generate(QuestionKind.LAMPORT, 3, Difficulty.of(3, 8)));
            return null;
        });
        assertEquals(Editor.PRACTISING, fx(() -> app.editor().run(new AddProcess(0, "Z"))), "an edit is refused, saying why");
        assertEquals(Editor.PRACTISING, fx(() -> app.editor().undo()));
        settle();
        assertTrue(fx(() -> robot.lookup("#tool-add-process").query().isDisabled()), "the toolbar's edits are greyed");
        assertTrue(fx(() -> robot.lookup("#tool-delete").query().isDisabled()));
        click(screenAt(fx(() -> app.editor().analysis().id(0))));
        robot.write("x");
        keys(KeyCode.ENTER);
        String refused = fx(() -> app.pointer().lastRefusal());
        assertTrue(refused != null && refused.contains("whole number"), "a value that is no clock is refused: " + refused);
        keys(KeyCode.ESCAPE);
        fx(() -> {
            app.practice().leave();
            return null;
        });
        assertNull(fx(() -> app.practice().session()));
        assertNull(marks());
        assertEquals(before, fx(() -> app.editor().document().diagram().title()));
        assertEquals(events, fx(() -> app.editor().document().diagram().eventCount()), "Figure 1 is back as it was");
        assertFalse(fx(() -> stage.getTitle()).contains("seed"));
        assertFalse(fx(() -> robot.lookup("#tool-add-process").query().isDisabled()), "editing again after leaving");
    }

    @Test
    void aWrongRelationIsExplainedAndItsWitnessChainDrawn() throws Exception {
        Exercise ex = null;
        for (long seed = 1; ex == null || ex.answer() instanceof dev.spacetime.exercise.Answer.Related r
                && r.relation() == Relation.CONCURRENT; seed++) {
            ex = ExerciseGenerator.generate(QuestionKind.RELATION, seed, Difficulty.of(3, 10));
        }
        Exercise chosen = ex;
        fx(() -> {
            app.practice().start(chosen);
            return null;
        });
        focusCanvas();
        keys(KeyCode.DIGIT3); // a ‖ b, which is wrong: the pair is ordered
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#relation-3")).isSelected()));
        keys(KeyCode.SHORTCUT, KeyCode.ENTER);
        Marking m = fx(() -> app.practice().session().marking());
        assertFalse(m.allRight());
        assertTrue(text("practice-explanation").contains("→"), "the chain in the paper's words: "
                + text("practice-explanation"));
        assertTrue(marks().reveal(), "the selection may now draw the chain");
        assertEquals(chosen.question().marked(), fx(() -> List.copyOf(app.editor().selection().events())),
                "the pair is selected, so its witness chain is drawn");
        assertTrue(fx(() -> app.editor().drawing().shapes().stream().anyMatch(s -> s.role() == Role.WITNESS)),
                "the witness chain is drawn");
        keys(KeyCode.DIGIT1);
        keys(KeyCode.DIGIT2);
        keys(KeyCode.SHORTCUT, KeyCode.ENTER);
        boolean before = chosen.answer().equals(new dev.spacetime.exercise.Answer.Related(Relation.BEFORE));
        assertEquals(!before, fx(() -> app.practice().session().marking().allRight()),
                "the last key pressed is the answer checked");
    }

    @Test
    void aConeAnsweredByClicksShowsWhatIsMissingAndWhatIsExtra() throws Exception {
        Exercise ex = null;
        for (long seed = 1; ex == null || ((dev.spacetime.exercise.Answer.Cone) ex.answer()).events().size() < 2; seed++) {
            ex = ExerciseGenerator.generate(QuestionKind.CONE, seed, Difficulty.of(3, 10));
        }
        Exercise chosen = ex;
        fx(() -> {
            app.practice().start(chosen);
            return null;
        });
        settle();
        List<String> right = List.copyOf(((dev.spacetime.exercise.Answer.Cone) chosen.answer()).events());
        String marked = chosen.question().marked().get(0);
        Analysis a = chosen.analysis();
        String extra = null;
        for (int e = 0; e < a.eventCount() && extra == null; e++) {
            if (!right.contains(a.id(e)) && !a.id(e).equals(marked)) {
                extra = a.id(e);
            }
        }
        for (String id : right.subList(1, right.size())) {
            click(screenAt(id));
        }
        click(screenAt(extra));
        click(screenAt(right.get(0)));
        click(screenAt(right.get(0))); // twice: out again
        assertEquals(right.size(), marks().chosen().size(), "each click toggles its event");
        focusCanvas();
        keys(KeyCode.SHORTCUT, KeyCode.ENTER);
        String summary = text("practice-summary");
        assertTrue(summary.contains("missing from the") && summary.contains(right.get(0)), summary);
        assertTrue(summary.contains("not in the") && summary.contains(extra), summary);
        assertEquals(Set.of(a.indexOf(right.get(0)), a.indexOf(extra)), marks().wrong());

        keys(KeyCode.SHORTCUT, KeyCode.Z); // takes back the last click, which took the first event out
        assertTrue(marks().chosen().contains(a.indexOf(right.get(0))), "Undo takes back one change of the answer");
        assertEquals(Editor.PRACTISING, fx(() -> app.editor().undo()), "and never reaches the diagram");
    }

    @Test
    void anExerciseFileThatDoesNotFitItsDiagramIsRefusedWithTheReasonAndNothingOpens() throws Exception {
        Exercise ex = ExerciseGenerator.generate(QuestionKind.CONE, 5, Difficulty.of(2, 6));
        String text = ExerciseWriter.toString(ex).replace("\"marked\": [\"" + ex.question().marked().get(0) + "\"]",
                "\"marked\": [\"zz9\"]");
        assertTrue(text.contains("zz9"));
        Path f = dir.resolve("broken.exercise.json");
        Files.writeString(f, text);
        open(f);
        String problem = fx(() -> robot.lookup("#problem-text").queryAs(javafx.scene.control.TextArea.class).getText());
        assertTrue(problem.contains("zz9") && problem.matches("(?s)broken.exercise.json:\\d+:\\d+: .*"), "the reason, where it is: " + problem);
        assertNull(fx(() -> app.practice().session()), "no exercise opens");
    }

    @Test
    void newExerciseRefusesAChoiceNoExerciseFitsWithTheReasonThenOpensTheSeedAsked() throws Exception {
        focusCanvas();
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.N);
        robot.clickOn("#exercise-seed").push(KeyCode.SHORTCUT, KeyCode.A).write("42");
        fx(() -> {
            robot.lookup("#exercise-processes").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("2");
            return null;
        });
        robot.clickOn("Multicasts (one send to several processes)");
        robot.clickOn("OK");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String problem = fx(() -> robot.lookup("#exercise-problem").queryAs(Label.class).getText());
        assertTrue(problem.contains("at least 3 processes"), "the reason: " + problem);
        assertNull(fx(() -> app.practice().session()), "the dialog stays open, no exercise yet");
        robot.clickOn("Multicasts (one send to several processes)");
        robot.clickOn("OK");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Exercise ex = fx(() -> app.practice().session().exercise());
        assertEquals(42, ex.seed());
        assertEquals(2, ex.difficulty().processes(), "the number typed, though Enter was not pressed");
        assertEquals(ExerciseGenerator.generate(QuestionKind.LAMPORT, 42, ex.difficulty()).diagram().eventCount(),
                ex.diagram().eventCount(), "the seed's exercise");
        assertTrue(fx(() -> stage.getTitle()).contains("seed 42"));
    }
}
