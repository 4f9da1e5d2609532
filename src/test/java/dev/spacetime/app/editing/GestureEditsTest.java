package dev.spacetime.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.AddEvent;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

public class GestureEditsTest {
    private static DiagramLayout layout(Diagram d, TimeMode mode) {
        return DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, mode);
    }

    private static List<String> ids(Diagram d, int p) {
        return java.util.stream.IntStream.range(0, d.eventCount(p)).mapToObj(i -> d.eventId(d.eventAt(p, i))).toList();
    }

    @Test
    void aClickOnALineAddsAnEventAtThatTimeAndPlace() {
        Diagram d = Diagrams.figure1();
        AddEvent add = new GestureEdits(layout(d, TimeMode.PHYSICAL)).addEvent(0, 30);
        add.applyTo(d);
        assertEquals(List.of("p1", "p2", "p5", "p3", "p4"), ids(d, 0));
        assertEquals(30, d.eventTime(d.findEvent("p5")));
    }

    @Test
    void inLogicalTimeANewEventGetsOnlyAPlace() {
        Diagram d = Diagrams.figure1();
        AddEvent add = new GestureEdits(layout(d, TimeMode.LOGICAL)).addEvent(0, 2.5); // between C=2 and C=3
        add.applyTo(d);
        assertEquals(List.of("p1", "p2", "p5", "p3", "p4"), ids(d, 0));
        assertTrue(Double.isNaN(d.eventTime(d.findEvent("p5"))));
    }

    @Test
    void aDragBetweenLinesSendsAMessageAsOneUndoableStep() {
        Diagram d = Diagrams.figure1();
        Diagram before = d.copy();
        var edit = new GestureEdits(layout(d, TimeMode.PHYSICAL)).sendMessage(-1, 0, 65, -1, 2, 70);
        var undo = edit.applyTo(d);
        Analysis a = Analysis.of(d);
        assertTrue(a.happenedBefore(a.indexOf("p5"), a.indexOf("r5")), "p5 sends to r5");
        undo.applyTo(d);
        assertTrue(d.sameContent(before));
    }

    @Test
    void aMessageBackInTimeIsRefusedWithAReason() {
        Diagram d = Diagrams.figure1();
        var edit = new GestureEdits(layout(d, TimeMode.PHYSICAL)).sendMessage(Analysis.of(d).indexOf("p3"), 0, 40, -1, 1, 5);
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> edit.applyTo(d));
        assertTrue(refused.getMessage().contains("before"), refused.getMessage());
    }

    @Test
    void draggingAnEventPastItsNeighbourMovesItAndRetimesIt() {
        Diagram d = Diagrams.figure1();
        Analysis a = Analysis.of(d);
        var edit = new GestureEdits(layout(d, TimeMode.PHYSICAL)).moveEvent(a.indexOf("q3"), 35);
        edit.applyTo(d);
        assertEquals(List.of("q1", "q2", "q4", "q3", "q5", "q6", "q7"), ids(d, 1));
        assertEquals(35, d.eventTime(d.findEvent("q3")));
    }

    @Test
    void draggingAnEventBackToItsOwnPlaceIsNoChange() {
        Diagram d = Diagrams.of("P: p1 p2 p3");
        Analysis a = Analysis.of(d);
        DiagramLayout l = layout(d, TimeMode.LOGICAL);
        assertNull(new GestureEdits(l).moveEvent(a.indexOf("p2"), l.time(a.indexOf("p2"))));
    }

    @Test
    void newNamesFollowTheProcessAndThePapersLetters() {
        Diagram d = Diagrams.figure1();
        assertEquals("p5", NewNames.event(d, 0));
        assertEquals("S", NewNames.process(d));
        assertEquals("P", NewNames.process(new Diagram()));
    }

    @Test
    void aRefusalCallsTheEventTheEditWouldHaveMadeANewEventOnItsProcess() {
        Diagram d = Diagrams.figure1();
        var send = new GestureEdits(layout(d, TimeMode.PHYSICAL)).sendMessage(d.findEvent("q6") >= 0
                ? Analysis.of(d).indexOf("q6") : -1, 1, 50, -1, 0, 10);
        String refused = assertThrows(EditRefusedException.class, () -> send.applyTo(d.copy())).getMessage();
        assertTrue(refused.contains("p5"), refused);
        String words = GestureEdits.refusalInWords(send, refused);
        assertTrue(words.contains("q6 → a new event on P"), words);
        assertEquals("there is already an event p55", GestureEdits.refusalInWords(send, "there is already an event p55"));
    }

    @Test
    void aClickOnANewDiagramsLineGivesTheEventTheTimeThere() {
        Diagram d = new Diagram();
        new dev.spacetime.model.AddProcess(0, "P").applyTo(d);
        DiagramLayout l = layout(d, TimeMode.PHYSICAL);
        AddEvent add = new GestureEdits(l).addEvent(0, 3.2);
        // Its natural drawing has a unit 4.8 page units long: a whole number is within a few of the click.
        assertEquals(3, add.time(), "a new diagram starts using times with its first click");
        assertEquals(1, new GestureEdits(l).addEventAt(0, 0).time(), "and with Edit → Add event too");
    }

    @Test
    void aClickedTimeIsRoundedButStaysStrictlyBetweenItsNeighbours() {
        Diagram d = Diagrams.of("P: p1@1 p2@2");
        // Drawn small: whole units would be close enough, but 1 is p1's own time.
        DiagramLayout l = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL, java.util.Set.of(),
                false, new dev.spacetime.layout.Spacing(100, 2));
        AddEvent add = new GestureEdits(l).addEvent(0, 1.1);
        assertEquals(1, add.position());
        assertTrue(add.time() > 1 && add.time() < 2, "between p1 and p2: " + add.time());
        add.applyTo(d);
    }
}
