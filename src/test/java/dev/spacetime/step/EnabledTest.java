package dev.spacetime.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

/** Why an event cannot happen next, said the way a class would: what it waits for. */
class EnabledTest {
    private final EventGraph g = EventGraph.of(Diagrams.figure1());
    private final boolean[] happened = new boolean[g.eventCount()];

    @Test
    void anEventWaitsForItsPredecessorAndForItsMessage() {
        int q2 = g.indexOf("q2");
        assertEquals("q2 must wait for q1, before it on Q, and waits for the message from p1, not sent yet",
                Enabled.whyNot(g, happened, q2));
        happened[g.indexOf("q1")] = true;
        assertEquals("q2 waits for the message from p1, not sent yet", Enabled.whyNot(g, happened, q2));
        happened[g.indexOf("p1")] = true;
        assertNull(Enabled.whyNot(g, happened, q2), "now it can happen");
    }

    @Test
    void aLocalEventWaitsOnlyForItsPredecessorAndOneThatHappenedWaitsForNothing() {
        assertEquals("q3 must wait for q2, before it on Q", Enabled.whyNot(g, happened, g.indexOf("q3")));
        assertNull(Enabled.whyNot(g, happened, g.indexOf("p1")), "a first event without a message may happen at once");
        happened[g.indexOf("p1")] = true;
        assertNull(Enabled.whyNot(g, happened, g.indexOf("p1")));
    }

    @Test
    void anEventReceivingSeveralMessagesWaitsForEverySend() {
        EventGraph two = EventGraph.of(Diagrams.of("P: p1", "Q: q1", "R: r1", "p1 -> r1", "q1 -> r1"));
        boolean[] done = new boolean[two.eventCount()];
        assertEquals("r1 waits for the messages from p1 and q1, not sent yet", Enabled.whyNot(two, done, two.indexOf("r1")));
        done[two.indexOf("q1")] = true;
        assertEquals("r1 waits for the message from p1, not sent yet", Enabled.whyNot(two, done, two.indexOf("r1")));
        done[two.indexOf("p1")] = true;
        assertNull(Enabled.whyNot(two, done, two.indexOf("r1")));
    }
}
