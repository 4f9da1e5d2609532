package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.RandomDiagrams;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Breaking one rule in a random valid diagram, behind the edits' back, is always found by
 * {@link Rules#check} with a message naming the element; the same change as an edit is refused.
 */
class InvalidMutationProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Property(tries = 300)
    void aSecondMessageBetweenTheSameTwoEventsIsRefused(@ForAll("diagrams") Diagram d, @ForAll long seed) {
        Assume.that(d.messageCount() > 0);
        int m = d.message(new Random(seed).nextInt(d.messageCount()));
        int s = d.messageFrom(m);
        int r = d.messageTo(m);
        String edit = refusal(d, new AddMessage(d.eventId(s), d.eventId(r)));
        assertTrue(edit.contains("already sends a message to"), edit);
        assertEquals(-1, d.insertMessage(d.messageCount(), s, r, null, false), "the storage refuses it too");
    }

    @Property(tries = 300)
    void aSelfMessageIsFound(@ForAll("diagrams") Diagram d, @ForAll long seed) {
        Random rnd = new Random(seed);
        int p = rnd.nextInt(d.processCount());
        Assume.that(d.eventCount(p) >= 2);
        int s = d.eventAt(p, 0);
        int r = d.eventAt(p, d.eventCount(p) - 1);
        Assume.that(!d.isReceive(s) && !d.isReceive(r) && d.sendCount(r) == 0);
        assertTrue(refusal(d, new AddMessage(d.eventId(s), d.eventId(r))).contains("to itself"));
        d.insertMessage(0, s, r, null, false);
        assertFound(d, Problem.Kind.MESSAGE, d.eventId(r), "to itself");
    }

    @Property(tries = 300)
    void aCausalCycleIsFound(@ForAll("diagrams") Diagram d, @ForAll long seed, @ForAll boolean external) {
        // Around a message s ⇝ r put a fresh x just before s and a fresh y just after r: then x → y,
        // and a message y ⇝ x closes a cycle.
        Assume.that(d.messageCount() > 0);
        stripTimes(d);
        int m = d.message(new Random(seed).nextInt(d.messageCount()));
        int r = d.messageTo(m);
        int s = d.messageFrom(m);
        int x = d.insertEvent(d.processOf(s), d.positionOf(s), "cycle-x", null, Double.NaN);
        int y = d.insertEvent(d.processOf(r), d.positionOf(r) + 1, "cycle-y", null, Double.NaN);
        String reason = refusal(d, new AddMessage("cycle-y", "cycle-x", null, external, -1));
        assertTrue(reason.contains("causal cycle"), reason);
        d.insertMessage(d.messageCount(), y, x, null, external);
        List<Problem> problems = Rules.check(d);
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("causal cycle")
                && p.message().contains("cycle-x") && p.message().contains("cycle-y")), problems::toString);
    }

    @Property(tries = 300)
    void timeGoingBackwardsIsFound(@ForAll("diagrams") Diagram d, @ForAll long seed) {
        Random rnd = new Random(seed);
        int p = rnd.nextInt(d.processCount());
        Assume.that(d.eventCount(p) >= 2);
        int i = 1 + rnd.nextInt(d.eventCount(p) - 1);
        int e = d.eventAt(p, i);
        double earlier = d.eventTime(d.eventAt(p, i - 1)) - rnd.nextInt(3);
        assertTrue(refusal(d, new SetEventTime(d.eventId(e), earlier)).contains("times must increase"));
        d.setEventTime(e, earlier);
        assertFound(d, Problem.Kind.EVENT, d.eventId(e), "times must increase");
    }

    @Property(tries = 300)
    void aMessageReceivedBeforeItIsSentIsFound(@ForAll("diagrams") Diagram d, @ForAll long seed) {
        Assume.that(d.messageCount() > 0);
        int m = d.message(new Random(seed).nextInt(d.messageCount()));
        int r = d.messageTo(m);
        int s = d.messageFrom(m);
        double sent = d.eventTime(s);
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                d.setEventTime(d.eventAt(p, i), Double.NaN); // leave only the message's own times
            }
        }
        d.setEventTime(s, sent);
        d.setEventTime(r, sent - 1);
        assertFound(d, Problem.Kind.MESSAGE, d.eventId(r), "before it is sent");
    }

    private static void assertFound(Diagram d, Problem.Kind kind, String key, String words) {
        List<Problem> problems = Rules.check(d);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.kind() == kind && p.key().equals(key)
                && p.message().contains(words) && p.message().contains(key)), problems::toString);
    }

    private static String refusal(Diagram d, Edit edit) {
        Diagram before = d.copy();
        EditRefusedException e = assertThrows(EditRefusedException.class, () -> edit.applyTo(d));
        assertTrue(d.sameContent(before));
        assertFalse(e.reason().isBlank());
        return e.reason();
    }

    private static void stripTimes(Diagram d) {
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                d.setEventTime(d.eventAt(p, i), Double.NaN);
            }
        }
        assertEquals(List.of(), Rules.check(d));
    }

    private static int randomEvent(Diagram d, Random rnd) {
        if (d.eventCount() == 0) {
            return -1;
        }
        int p = rnd.nextInt(d.processCount());
        return d.eventCount(p) == 0 ? -1 : d.eventAt(p, rnd.nextInt(d.eventCount(p)));
    }

    /** An event off {@code process} that receives nothing, so a message into it is structurally possible. */
    private static int freshTarget(Diagram d, int process, Random rnd) {
        for (int tries = 0; tries < 50; tries++) {
            int e = randomEvent(d, rnd);
            if (e >= 0 && d.processOf(e) != process && !d.isReceive(e)) {
                return e;
            }
        }
        return -1;
    }
}
