package dev.spacetime.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.MoveEvent;
import dev.spacetime.model.SetEventTime;
import dev.spacetime.testing.Diagrams;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ids that count up their line: a new event between others, and Edit → Renumber events. */
class EventNumbersTest {
    private static List<String> ids(Diagram d, int p) {
        return IntStream.range(0, d.eventCount(p)).mapToObj(i -> d.eventId(d.eventAt(p, i))).toList();
    }

    private static GestureEdits gestures(Diagram d) {
        return new GestureEdits(DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.LOGICAL));
    }

    private static void assertUndoneExactly(Diagram before, Diagram after) {
        assertTrue(after.sameContent(before), "the undo brings back the same diagram");
        assertEquals(DiagramWriter.toString(before), DiagramWriter.toString(after), "and the same file");
    }

    @Test
    void anEventAddedBetweenP1AndP2IsP2AndTheLaterOnesMoveUp() {
        Diagram d = Diagrams.of("P: p1 p2 p3", "Q: q1 q2", "p2 -> q2");
        Diagram before = d.copy();
        GestureEdits.NewEvent add = gestures(d).insertEventAt(0, 1);
        assertEquals("p2", add.id());
        Edit undo = add.edit().applyTo(d);
        assertEquals(List.of("p1", "p2", "p3", "p4"), ids(d, 0));
        assertEquals(1, d.positionOf(d.findEvent("p2")), "the new event is the second on the line");
        assertTrue(d.isReceive(d.findEvent("q2")) && d.eventId(d.sendersOf(d.findEvent("q2"))[0]).equals("p3"),
                "the old p2, now p3, still sends to q2");
        assertTrue(add.edit().description().startsWith("Add event p2"), add.edit().description());
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void anEventAddedAtTheEndOrOnALineNotInOrderTakesTheNextFreeNumber() {
        Diagram d = Diagrams.of("P: p1 p2 p3");
        GestureEdits.NewEvent last = gestures(d).insertEventAt(0, 3);
        assertEquals("p4", last.id());

        Diagram mixed = Diagrams.of("P: p1 start p2");
        GestureEdits.NewEvent add = gestures(mixed).insertEventAt(0, 1);
        add.edit().applyTo(mixed);
        assertEquals(List.of("p1", "p4", "start", "p2"), ids(mixed, 0), "nothing else is renamed");
    }

    @Test
    void aMessageDrawnToANewEventInTheMiddleOfALineNumbersItByItsPlace() {
        Diagram d = Diagrams.of("P: p1@10 p2@20", "Q: q1@10 q2@30");
        Diagram before = d.copy();
        DiagramLayout l = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Edit send = new GestureEdits(l).sendMessage(-1, 0, 15, -1, 1, 20);
        assertEquals("Send message p2 → q2", send.description());
        Edit undo = send.applyTo(d);
        assertEquals(List.of("p1", "p2", "p3"), ids(d, 0));
        assertEquals(List.of("q1", "q2", "q3"), ids(d, 1));
        assertEquals("p2", d.eventId(d.sendersOf(d.findEvent("q2"))[0]));
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void renumberingNamesEveryEventByItsPlaceInOneStepAndLeavesOtherNamesAlone() {
        Diagram d = Diagrams.of("P: p1 p3 p2", "Q: q2 start q1", "p3 -> q1");
        Diagram before = d.copy();
        EventNumbers.Renumbering r = EventNumbers.renumber(d);
        assertNull(r.refusal());
        Edit undo = r.edit().applyTo(d);
        assertEquals(List.of("p1", "p2", "p3"), ids(d, 0));
        assertEquals(List.of("q1", "start", "q3"), ids(d, 1), "q3 is the third event on Q; start keeps its name");
        assertEquals("p2", d.eventId(d.sendersOf(d.findEvent("q3"))[0]), "the message follows its events");
        assertEquals("Renumber events", r.edit().description());
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void renumberingCarriesStepNotesAndBarsAlong() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        String note = d.annotations().stepNote("p1_6");
        assertNotNull(note);
        Bar bar = d.annotations().bars().get(0);
        assertEquals("p1_6", bar.from());
        new SetEventTime("p1_6", Double.NaN).applyTo(d); // untimed, so it may pass the events before it
        new MoveEvent("p1_6", 0).applyTo(d); // now first on P1, still called p1_6
        Diagram before = d.copy();

        Edit undo = EventNumbers.renumber(d).edit().applyTo(d);

        assertEquals(0, d.positionOf(d.findEvent("p1_1")));
        assertEquals(note, d.annotations().stepNote("p1_1"), "the step note went with its event");
        assertEquals("p1_1", d.annotations().bars().get(0).from(), "and so did the bar's end");
        undo.applyTo(d);
        assertUndoneExactly(before, d);
    }

    @Test
    void renumberingIsRefusedWithAReasonWhenThereIsNothingToDoOrANameIsTaken() {
        assertTrue(EventNumbers.renumber(Diagrams.of("P: p1 p2", "Q: q1")).refusal().contains("already numbered"));
        assertTrue(EventNumbers.renumber(Diagrams.of("P: start end")).refusal().contains("nothing to renumber"));
        String taken = EventNumbers.renumber(Diagrams.of("P: p2 p1", "Q: p2x q1 q3")).refusal();
        assertNull(taken, "p2x is not P's pattern and takes no number: " + taken);
        String clash = EventNumbers.renumber(Diagrams.of("P: p2", "Q: p1 q1")).refusal();
        assertTrue(clash.contains("p2 cannot become p1") && clash.contains("rename it first"), clash);
    }
}
