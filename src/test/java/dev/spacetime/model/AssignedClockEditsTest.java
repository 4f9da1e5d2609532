package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A student's own clock values: each typed value or its removal is one edit whose inverse gives back
 * the same diagram and the same file, the first value starts an assignment, and clearing it is undone whole.
 */
class AssignedClockEditsTest {
    private static Diagram figure1() throws Exception {
        return DiagramReader.read(Path.of("examples", "lamport-figure1.json"));
    }

    private static void assertUndoneExactly(Diagram before, Diagram after) {
        assertTrue(after.sameContent(before), "the inverse brings back the same diagram");
        assertEquals(DiagramWriter.toString(before), DiagramWriter.toString(after), "and the same file");
    }

    @Test
    void theFirstValueStartsAnAssignmentAndItsUndoTakesTheAssignmentAway() throws Exception {
        Diagram d = figure1();
        Diagram before = d.copy();
        assertNull(d.annotations().clockName());

        Edit undo = new SetAssignedClock("q2", 5).applyTo(d);

        assertEquals(SetAssignedClock.NEW_NAME, d.annotations().clockName());
        assertEquals(5, d.annotations().clock("q2"));
        assertEquals(Map.of("q2", 5.0), d.annotations().clocks());
        String file = DiagramWriter.toString(d);
        assertTrue(file.contains("\"C_mine\""), "saved with the diagram");
        assertTrue(file.contains("\"q2\": 5") && !file.contains("5.0"), "as typed, 5 rather than 5.0: " + file);
        new SetAssignedClock("q2", 4.25).applyTo(d);
        assertTrue(DiagramWriter.toString(d).contains("\"q2\": 4.25"));
        new SetAssignedClock("q2", 5).applyTo(d);
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void changingAValueKeepsItsPlaceAndUndoGivesTheOldValueBack() throws Exception {
        Diagram d = withValues();
        Diagram before = d.copy();

        Edit undo = new SetAssignedClock("q1", 2.5).applyTo(d);

        assertEquals(List.of("p1", "q1", "q2"), List.copyOf(d.annotations().clocks().keySet()));
        assertEquals(2.5, d.annotations().clock("q1"));
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void takingAValueAwayFromTheMiddleIsUndoneToTheSamePlace() throws Exception {
        Diagram d = withValues();
        Diagram before = d.copy();

        Edit undo = new SetAssignedClock("q1", Double.NaN).applyTo(d);

        assertTrue(Double.isNaN(d.annotations().clock("q1")), "q1 has no value now");
        assertEquals(List.of("p1", "q2"), List.copyOf(d.annotations().clocks().keySet()));
        Edit redo = undo.applyTo(d);
        assertUndoneExactly(before, d);
        redo.applyTo(d);
        assertEquals(List.of("p1", "q2"), List.copyOf(d.annotations().clocks().keySet()), "redo takes it away again");
    }

    @Test
    void aNewValueGoesAfterTheOthersAndUndoTakesJustIt() throws Exception {
        Diagram d = withValues();
        Diagram before = d.copy();
        Edit undo = new SetAssignedClock("r1", 7).applyTo(d);
        assertEquals(List.of("p1", "q1", "q2", "r1"), List.copyOf(d.annotations().clocks().keySet()));
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void clearingTheAssignmentIsUndoneWholeInItsPlaceAmongTheParts() throws Exception {
        Diagram d = withValues();
        d.annotations().putOther("later", "kept after the clocks");
        Diagram before = d.copy();

        Edit undo = new RemoveClockAssignment().applyTo(d);

        assertNull(d.annotations().clockName());
        assertEquals(Map.of(), d.annotations().clocks());
        assertTrue(!DiagramWriter.toString(d).contains("C_mine"), "gone from the file");
        Edit redo = undo.applyTo(d);
        assertUndoneExactly(before, d);
        redo.applyTo(d);
        assertNull(d.annotations().clockName(), "redo clears it again");
    }

    @Test
    void refusalsGiveAReasonAndLeaveTheDiagramAsItWas() throws Exception {
        Diagram d = withValues();
        Diagram before = d.copy();
        assertEquals("there is no event z9",
                assertThrows(EditRefusedException.class, () -> new SetAssignedClock("z9", 1).applyTo(d)).reason());
        assertEquals("a clock value must be a finite number", assertThrows(EditRefusedException.class,
                () -> new SetAssignedClock("q1", Double.POSITIVE_INFINITY).applyTo(d)).reason());
        assertEquals("r1 has no value of C_mine to take away", assertThrows(EditRefusedException.class,
                () -> new SetAssignedClock("r1", Double.NaN).applyTo(d)).reason());
        assertUndoneExactly(before, d);
        Diagram plain = figure1();
        assertEquals("the diagram has no clocks of its own to clear", assertThrows(EditRefusedException.class,
                () -> new RemoveClockAssignment().applyTo(plain)).reason());
    }

    @Test
    void removingAnEventTakesItsValueAndUndoPutsItBack() throws Exception {
        Diagram d = withValues();
        Diagram before = d.copy();
        Edit undo = new RemoveEvent("q1").applyTo(d);
        assertEquals(List.of("p1", "q2"), List.copyOf(d.annotations().clocks().keySet()));
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void typedTextIsANumberOrNothingElseItIsRefusedWithTheReason() {
        assertEquals(3, ClockValueText.parse(" 3 "));
        assertEquals(-4.5, ClockValueText.parse("-4.5"));
        assertEquals(1200, ClockValueText.parse("1.2e3"));
        assertTrue(Double.isNaN(ClockValueText.parse("  ")), "empty takes the value away");
        assertEquals("“abc” is not a number: a clock value is a number like 3 or 4.5, or nothing to take it away",
                assertThrows(EditRefusedException.class, () -> ClockValueText.parse("abc")).reason());
        assertTrue(assertThrows(EditRefusedException.class, () -> ClockValueText.parse("2,5")).reason()
                .contains("with a point, not a comma"));
        for (String odd : List.of("Infinity", "NaN", "0x1p3", "3d", "1e999")) {
            assertThrows(EditRefusedException.class, () -> ClockValueText.parse(odd), odd);
        }
    }

    /** Figure 1 with values at p1, q1 and q2, in that order. */
    private static Diagram withValues() throws Exception {
        Diagram d = figure1();
        new SetAssignedClock("p1", 2).applyTo(d);
        new SetAssignedClock("q1", 1).applyTo(d);
        new SetAssignedClock("q2", 4).applyTo(d);
        return d;
    }
}
