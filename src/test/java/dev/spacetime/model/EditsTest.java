package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {
    private final Diagram d = Diagrams.figure1();

    /** Applies the edit, checks the rules still hold, undoes it and checks the diagram is as before. */
    private void roundTrip(Edit edit) {
        Diagram before = d.copy();
        Edit inverse = edit.applyTo(d);
        assertTrue(Rules.check(d).isEmpty(), () -> Rules.check(d).toString());
        assertTrue(!d.sameContent(before) || edit instanceof SetTitle, "the edit changed something");
        Edit redo = inverse.applyTo(d);
        assertTrue(d.sameContent(before), "undo restores the diagram exactly");
        redo.applyTo(d);
        inverse.applyTo(d);
        assertTrue(d.sameContent(before));
    }

    private String refusal(Edit edit) {
        Diagram before = d.copy();
        EditRefusedException e = assertThrows(EditRefusedException.class, () -> edit.applyTo(d));
        assertTrue(d.sameContent(before), "a refused edit leaves the diagram untouched");
        return e.reason();
    }

    @Test
    void everyEditUndoesExactly() {
        roundTrip(new AddProcess(1, "S"));
        roundTrip(new RemoveProcess("Q"));
        roundTrip(new RenameProcess("Q", "Queue"));
        roundTrip(new MoveProcess("R", 0));
        roundTrip(new AddEvent("P", 2, "p2b", "new", 30));
        roundTrip(new RemoveEvent("q1"));
        roundTrip(new RemoveEvent("q2"));
        roundTrip(new AddMessage("p3", "q6"));
        roundTrip(new RemoveMessage("q1", "r4"));
        roundTrip(new RenameEvent("p1", "start"));
        roundTrip(new SetEventLabel("p1", "hello"));
        roundTrip(new SetEventTime("p2", 25));
        roundTrip(new SetEventTime("p2", Double.NaN));
        roundTrip(new SetMessageLabel("p1", "q2", "m1"));
        roundTrip(new SetMessageExternal("p1", "q2", true));
        roundTrip(new SetTitle("Another title"));
        roundTrip(new CompoundEdit("Add and send", List.of(new AddEvent("R", 0, "r0", null, -5),
                new AddMessage("r0", "q3"))));
    }

    @Test
    void removingASendLeavesItsReceiversAsLocalEvents() {
        new RemoveEvent("q1").applyTo(d);
        assertTrue(!d.isReceive(d.findEvent("p2")));
        assertTrue(!d.isReceive(d.findEvent("r4")));
        assertEquals(4, d.messageCount());
    }

    @Test
    void removingAProcessRemovesItsMessages() {
        new RemoveProcess("R").applyTo(d);
        assertEquals(3, d.messageCount());
        assertEquals(-1, d.findEvent("r1"));
        assertEquals(0, d.sendCount(d.findEvent("q4")));
    }

    @Test
    void refusesACausalCycle() {
        // Without times, only causality can refuse it: p0 → p1 ⇝ q2 → q3.
        Diagram untimed = Diagrams.of("P: p0 p1 p2", "Q: q1 q2 q3", "p1 -> q2");
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> new AddMessage("q3", "p0").applyTo(untimed));
        assertTrue(e.reason().contains("p0 already happens before q3"), e.reason());
        assertEquals(1, untimed.messageCount());
    }

    @Test
    void aReceiveMaySendAndAnEventMayReceiveSeveralMessages() {
        // q2 receives from p1 and now also sends; r3 receives from q4 and now from q2 too.
        roundTrip(new AddMessage("q2", "r3"));
        new AddMessage("q2", "r3").applyTo(d);
        assertEquals(2, d.receiveCount(d.findEvent("r3")));
        assertEquals(1, d.sendCount(d.findEvent("q2")));
        roundTrip(new RemoveMessage("q4", "r3"));
        roundTrip(new RemoveEvent("r3"));
    }

    @Test
    void refusesASecondMessageBetweenTheSameTwoEvents() {
        assertTrue(refusal(new AddMessage("p1", "q2")).contains("p1 already sends a message to q2"));
        assertTrue(refusal(new RemoveMessage("q1", "q2")).contains("there is no message from q1 to q2"));
    }

    @Test
    void refusesASelfMessage() {
        assertTrue(refusal(new AddMessage("p1", "p3")).contains("from process P to itself"));
    }

    @Test
    void refusesAMessageReceivedBeforeItIsSentInPhysicalTime() {
        assertTrue(refusal(new AddMessage("p3", "r1")).contains("received at time 0, before it is sent at time 40"));
    }

    @Test
    void refusesTimesThatStopIncreasing() {
        assertTrue(refusal(new AddEvent("P", 1, "px", null, 50)).contains("not before p2 (time 20)"));
        assertTrue(refusal(new SetEventTime("p2", 0)).contains("not after p1 (time 0)"));
                assertTrue(refusal(new SetEventTime("q2", -1)).contains("not after q1"));
        assertTrue(refusal(new MoveEvent("p1", 3)).contains("times must increase"));
    }

    @Test
    void movingAnEventUndoesExactly() {
        Diagram untimed = Diagrams.of("P: p1 p2 p3", "Q: q1 q2", "p1 -> q1");
        Diagram before = untimed.copy();
        Edit undo = new MoveEvent("p3", 0).applyTo(untimed);
        assertEquals(0, untimed.positionOf(untimed.findEvent("p3")));
        assertEquals(1, untimed.positionOf(untimed.findEvent("p1")));
        undo.applyTo(untimed);
        assertTrue(untimed.sameContent(before));
    }

    @Test
    void refusesAMoveThatMakesACycle() {
        Diagram untimed = Diagrams.of("P: p1 p2 p3", "Q: q1 q2", "p1 -> q1", "q2 -> p3");
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> new MoveEvent("p3", 0).applyTo(untimed));
        assertTrue(e.reason().contains("causal cycle"), e.reason());
        assertEquals(2, untimed.positionOf(untimed.findEvent("p3")));
    }

    @Test
    void refusesDuplicatesAndBlankNames() {
        assertTrue(refusal(new AddProcess(0, "P")).contains("already a process named P"));
        assertTrue(refusal(new AddEvent("P", 0, "q1", null, Double.NaN)).contains("already an event q1"));
        assertTrue(refusal(new RenameEvent("p1", "q1")).contains("already an event q1"));
        assertTrue(refusal(new RenameProcess("P", " ")).contains("not blank"));
        assertTrue(refusal(new RemoveEvent("nope")).contains("no event nope"));
    }

    @Test
    void refusesAnInfiniteTime() {
        assertTrue(refusal(new AddEvent("P", 4, "px", null, Double.POSITIVE_INFINITY)).contains("finite"));
        assertTrue(refusal(new SetEventTime("p4", Double.NEGATIVE_INFINITY)).contains("finite"));
    }

    @Test
    void restoresThatDoNotFitAreRefusedAndChangeNothing() {
        refusal(new RestoreEvent(new EventData("P", 9, "y", null, Double.NaN), List.of()));
        refusal(new RestoreEvent(new EventData("P", 0, "y", null, 10), List.of()));
        refusal(new RestoreEvent(new EventData("P", 0, "y", null, Double.NaN),
                List.of(new MessageData(0, "y", "nowhere", null, false))));
        refusal(new RestoreProcess(7, "S", List.of(), List.of()));
        refusal(new RestoreProcess(0, "S", List.of(new EventData("S", 0, "s1", null, 15)),
                List.of(new MessageData(0, "s1", "q2", null, false)))); // received at 10, before it is sent
        assertEquals(-1, d.findEvent("y"));
        assertEquals(-1, d.findEvent("s1"));
    }

    @Test
    void aRefusedPartUndoesTheWholeCompound() {
        Edit compound = new CompoundEdit("Bad", List.of(new AddProcess(0, "S"), new AddMessage("p1", "p2")));
        refusal(compound);
        assertEquals(-1, d.processIndex("S"));
    }
}
