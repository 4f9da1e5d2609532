package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.AddMessage;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.model.RenameEvent;
import dev.spacetime.testing.Diagrams;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

public class CommandStackTest {
    @Test
    void undoAndRedoCarryTheCommandsNames() {
        CommandStack stack = new CommandStack(Diagrams.of("P: p1 p2", "Q: q1 q2"));
        assertNull(stack.undoNameProperty().get());
        stack.run(new AddMessage("p1", "q2"));
        assertEquals("Send message p1 → q2", stack.undoNameProperty().get());
        stack.undo();
        assertNull(stack.undoNameProperty().get());
        assertEquals("Send message p1 → q2", stack.redoNameProperty().get());
        stack.redo();
        assertEquals("Send message p1 → q2", stack.undoNameProperty().get());
        assertNull(stack.redoNameProperty().get());
    }

    @Test
    void aRefusedCommandChangesNothingAndKeepsTheHistory() {
        Diagram d = Diagrams.of("P: p1 p2", "Q: q1 q2", "p2 -> q1");
        CommandStack stack = new CommandStack(d);
        stack.run(new RenameEvent("p1", "start"));
        Diagram before = d.copy();
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> stack.run(new AddMessage("q2", "start")));
        assertTrue(refused.getMessage().contains("cycle"), refused.getMessage());
        assertTrue(d.sameContent(before));
        assertEquals("Rename event p1 to start", stack.undoNameProperty().get());
        assertTrue(stack.canUndo());
        assertFalse(stack.canRedo());
    }

    @Test
    void unsavedFollowsTheRevisionThroughUndoRedoAndANewBranch() {
        Document doc = new Document(Diagrams.of("P: p1 p2", "Q: q1 q2"), null);
        CommandStack stack = doc.commands();
        assertFalse(doc.unsaved());
        stack.run(new AddMessage("p1", "q2"));
        assertTrue(doc.unsaved());
        doc.markSaved(Path.of("x.json"));
        assertFalse(doc.unsaved());
        stack.undo();
        assertTrue(doc.unsaved(), "undoing past the save is a change");
        stack.redo();
        assertFalse(doc.unsaved(), "redo returns to the saved state");
        stack.undo();
        stack.run(new AddMessage("p2", "q2"));
        assertTrue(doc.unsaved(), "a different change after undo is not the saved state");
    }

    @Test
    void theAnalysisFollowsEveryChange() {
        Document doc = new Document(Diagrams.of("P: p1 p2", "Q: q1 q2"), null);
        assertFalse(doc.analysis().happenedBefore(doc.analysis().indexOf("p1"), doc.analysis().indexOf("q2")));
        doc.commands().run(new AddMessage("p1", "q2"));
        assertTrue(doc.analysis().happenedBefore(doc.analysis().indexOf("p1"), doc.analysis().indexOf("q2")));
        doc.commands().undo();
        assertFalse(doc.analysis().happenedBefore(doc.analysis().indexOf("p1"), doc.analysis().indexOf("q2")));
    }
}
