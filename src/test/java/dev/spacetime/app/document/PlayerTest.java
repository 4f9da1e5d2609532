package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.AddEvent;
import dev.spacetime.model.Diagram;
import dev.spacetime.step.Linearization;
import dev.spacetime.testing.Diagrams;
import dev.spacetime.testing.FxThread;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The step-through as view state: its cursor, its orders, stepping by hand, and where it stays after an edit. */
class PlayerTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void stepsAlongTheTotalOrderAndBack() throws Exception {
        FxThread.run(() -> {
            Analysis a = Analysis.of(Diagrams.figure1());
            Player player = new Player();
            player.rebase(a);
            assertEquals(0, player.cursor());
            assertEquals(15, player.length());
            assertNull(player.forward());
            assertNull(player.forward());
            assertEquals(2, player.cursor());
            // ⇒ breaks the tie between p1, q1 and r1 (all C = 1) by process order: p1 happens first.
            assertTrue(player.replay().happened(a.indexOf("p1")));
            assertTrue(player.replay().happened(a.indexOf("q1")));
            assertFalse(player.replay().happened(a.indexOf("r1")));
            player.back();
            assertEquals(1, player.cursor());
            player.toEnd();
            assertTrue(player.atEnd());
            assertEquals("every event has happened", player.forward());
        });
    }

    @Test
    void byHandOnlyAnEnabledEventMayHappenNext() throws Exception {
        FxThread.run(() -> {
            Analysis a = Analysis.of(Diagrams.figure1());
            Player player = new Player();
            player.kind.set(Linearization.Kind.BY_HAND);
            player.rebase(a);
            assertEquals(List.of(a.indexOf("p1"), a.indexOf("q1"), a.indexOf("r1")), player.enabled());
            assertNotNull(player.forward(), "three events could happen first: the user picks");
            assertEquals("q2 must wait for q1, before it on Q, and waits for the message from p1, not sent yet",
                    player.pick(a.indexOf("q2")));
            assertNull(player.pick(a.indexOf("q1")));
            assertNull(player.pick(a.indexOf("p1")));
            assertEquals(2, player.cursor());
            assertTrue(player.enabled().contains(a.indexOf("q2")));
        });
    }

    @Test
    void afterAnEditTheCursorStaysPastWhatHadHappened() throws Exception {
        FxThread.run(() -> {
            Diagram d = Diagrams.figure1();
            Player player = new Player();
            player.rebase(Analysis.of(d));
            player.seek(4);
            new AddEvent("P", 0, "p0", null, -10).applyTo(d); // a new first event on P: it comes first in ⇒
            Analysis after = Analysis.of(d);
            player.rebase(after);
            assertTrue(player.follows(after));
            // The four events that had happened still come first but for p0, which comes before them all.
            assertEquals(0, player.cursor());
            player.seek(5);
            assertTrue(player.replay().happened(after.indexOf("p0")));
        });
    }
}
