package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.io.shiviz.ShivizImport;
import dev.spacetime.io.shiviz.ShivizLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Renaming or removing an event carries its annotations along: its step note, log fields and the bars
 * that end at it follow a new id or go with it, and the inverse edit brings back the file byte for byte.
 */
class AnnotationEditsTest {
    private static final Path MUTEX = Path.of("examples", "mutual-exclusion.json");

    private static Diagram mutex() throws Exception {
        return DiagramReader.read(MUTEX);
    }

    /** An example log imported with each event's first word as the field "verb". */
    private static Diagram logWithFields() throws Exception {
        String text = Files.readString(Path.of("examples", "govector-client-server.log"))
                .replace("(?<event>.*)", "(?<event>(?<verb>\\S+).*)");
        return ShivizImport.toDiagram("log", ShivizLog.parse("log", text).executions().get(0));
    }

    private static void assertUndoneExactly(Diagram before, Diagram after) {
        assertTrue(after.sameContent(before), "the inverse brings back the same diagram");
        assertEquals(DiagramWriter.toString(before), DiagramWriter.toString(after), "and the same file");
    }

    @Test
    void renamingAnEventMovesItsBarEndAndStepNoteAndUndoMovesThemBack() throws Exception {
        Diagram d = mutex();
        Diagram before = d.copy();
        String note = d.annotations().stepNote("p1_6");
        assertNotNull(note, "p1_6 has a step note");
        Bar bar = d.annotations().bars().get(0);
        assertEquals("p1_6", bar.from(), "the first bar starts at p1_6");

        Edit undo = new RenameEvent("p1_6", "enter").applyTo(d);

        assertEquals(new Bar("enter", "p1_9", bar.label()), d.annotations().bars().get(0));
        assertEquals(note, d.annotations().stepNote("enter"));
        assertNull(d.annotations().stepNote("p1_6"));
        assertEquals(List.copyOf(before.annotations().stepNotes().keySet()).indexOf("p1_6"),
                List.copyOf(d.annotations().stepNotes().keySet()).indexOf("enter"), "the note keeps its place");
        undo.applyTo(d);
        assertUndoneExactly(before, d);
        assertEquals(Files.readString(MUTEX), DiagramWriter.toString(d));
    }

    @Test
    void renamingBothEndsOfABarMovesBoth() throws Exception {
        Diagram d = mutex();
        new RenameEvent("p3_12", "in").applyTo(d);
        new RenameEvent("p3_13", "out").applyTo(d);
        assertEquals("in", d.annotations().bars().get(2).from());
        assertEquals("out", d.annotations().bars().get(2).to());
    }

    @Test
    void removingAnEventTakesItsNoteAndItsBarsAndTheInverseRestoresThem() throws Exception {
        Diagram d = mutex();
        Diagram before = d.copy();
        assertNotNull(d.annotations().stepNote("p1_9"));

        Edit restore = new RemoveEvent("p1_9").applyTo(d);

        assertNull(d.annotations().stepNote("p1_9"));
        assertEquals(3, d.annotations().bars().size(), "the bar ending at p1_9 is gone");
        assertTrue(d.annotations().bars().stream().noneMatch(b -> b.from().equals("p1_6")));
        Edit redo = restore.applyTo(d);
        assertUndoneExactly(before, d);
        redo.applyTo(d);
        assertEquals(3, d.annotations().bars().size(), "a redo takes them again");
    }

    @Test
    void removingAProcessTakesTheAnnotationsOfItsEventsAndTheInverseRestoresThem() throws Exception {
        Diagram d = mutex();
        Diagram before = d.copy();
        Edit restore = new RemoveProcess("P2").applyTo(d);
        assertTrue(d.annotations().bars().stream().noneMatch(b -> b.from().startsWith("p2_")));
        assertTrue(d.annotations().stepNotes().keySet().stream().noneMatch(id -> id.startsWith("p2_")));
        assertEquals(3, d.annotations().bars().size());
        restore.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void renamingAnImportedEventMovesItsFieldsAndUndoMovesThemBack() throws Exception {
        Diagram d = logWithFields();
        Diagram before = d.copy();
        Map<String, String> fields = d.annotations().fields("server2");
        assertEquals(Map.of("verb", "Received"), fields);

        Edit undo = new RenameEvent("server2", "request").applyTo(d);

        assertEquals(fields, d.annotations().fields("request"));
        assertEquals(Map.of(), d.annotations().fields("server2"));
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void removingAnImportedEventTakesItsFieldsAndTheInverseRestoresThem() throws Exception {
        Diagram d = logWithFields();
        Diagram before = d.copy();
        Edit restore = new RemoveEvent("server2").applyTo(d);
        assertEquals(Map.of(), d.annotations().fields("server2"));
        assertEquals(before.annotations().fields().size() - 1, d.annotations().fields().size());
        restore.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void aCompoundOfRemovalsUndoesInReverseToTheSameFile() throws Exception {
        Diagram d = mutex();
        String file = DiagramWriter.toString(d);
        Edit undo = new CompoundEdit("clear", List.of(new RemoveEvent("p1_6"), new RemoveEvent("p2_1"),
                new RenameEvent("p3_12", "x"), new RemoveProcess("P3"))).applyTo(d);
        undo.applyTo(d);
        assertEquals(file, DiagramWriter.toString(d));
    }

    @Test
    void aDiagramWithoutAnnotationsHasNone() {
        Diagram d = new DiagramBuilder(4).build();
        assertTrue(d.annotations().isEmpty());
        assertNull(d.annotations().timeDirection());
        assertEquals(List.of(), d.annotations().bars());
        assertEquals(Map.of(), d.annotations().fields("p1"));
    }

    @Test
    void assignedClockValuesFollowRenamesAndRemovalsAndComeBackOnUndo() {
        Diagram d = dev.spacetime.sim.recipe.PhysicalAnomaly.run(
                dev.spacetime.sim.anomaly.PhysicalRemedyParameters.defaults()).diagram();
        Diagram before = d.copy();
        double a4 = d.annotations().clock("a4");
        assertTrue(a4 > 0, "the run's physical clock reading at a4");
        Edit undoRename = new RenameEvent("a4", "requestA").applyTo(d);
        assertEquals(a4, d.annotations().clock("requestA"));
        assertTrue(Double.isNaN(d.annotations().clock("a4")));
        undoRename.applyTo(d);
        assertUndoneExactly(before, d);
        Edit undoRemove = new RemoveEvent("b2").applyTo(d);
        assertTrue(Double.isNaN(d.annotations().clock("b2")));
        undoRemove.applyTo(d);
        assertUndoneExactly(before, d);
    }
}
