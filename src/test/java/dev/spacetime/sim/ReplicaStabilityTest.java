package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.sim.replica.Command;
import dev.spacetime.sim.replica.Replica;
import dev.spacetime.sim.replica.Stamped;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stability rule on a small hand-made case: P1's replica among three processes. */
class ReplicaStabilityTest {
    private static final Stamped Q_SET_5 = new Stamped(2, 1, new Command(Command.Kind.SET, 5)); // 2:P2 x := 5
    private static final Stamped R_ADD_2 = new Stamped(3, 2, new Command(Command.Kind.ADD, 2)); // 3:P3 x += 2

    @Test
    void aCommandWaitsUntilEveryOtherProcessHasBeenHeardFromWithItsTimestampOrLater() {
        Replica p1 = new Replica(0, 3);
        p1.hold(Q_SET_5); // the command itself tells P1 that P2 is at 2
        assertFalse(p1.stable(Q_SET_5), "P3 has not been heard from: it might still send 1:P3");
        assertEquals(List.of(2), p1.waitingFor(2), "P1 waits for P3 (index 2) only");
        p1.heardFrom(2, 1); // an acknowledgement timestamped 1 is too early: P3 might send 2:P3 yet
        assertNull(p1.nextStable());
        p1.heardFrom(2, 2); // 2 or later: whatever P3 sends next is above 2
        assertTrue(p1.stable(Q_SET_5));
        assertEquals(Q_SET_5, p1.nextStable());
        assertEquals(5, p1.run(Q_SET_5));
        assertEquals(List.of(), p1.waiting());
    }

    @Test
    void aLaterStableCommandStillWaitsBehindAnEarlierOneThatIsNot() {
        Replica p1 = new Replica(0, 3);
        p1.hold(R_ADD_2); // heard 3 from P3
        p1.hold(Q_SET_5); // heard 2 from P2
        assertEquals(List.of(Q_SET_5, R_ADD_2), p1.waiting(), "held in ⇒ order, whatever the order of arrival");
        assertFalse(p1.stable(R_ADD_2), "P2 is only known to be at 2");
        p1.heardFrom(1, 4);
        assertTrue(p1.stable(R_ADD_2));
        assertEquals(Q_SET_5, p1.nextStable(), "⇒ first: x := 5 before x += 2");
        p1.run(Q_SET_5);
        assertEquals(R_ADD_2, p1.nextStable());
        assertEquals(7, p1.run(R_ADD_2), "x = 7 after P3's x += 2");
    }

    @Test
    void equalTimestampsAreOrderedByProcessAndAProcessNeverWaitsForItself() {
        Replica p2 = new Replica(1, 2);
        Stamped own = new Stamped(2, 1, new Command(Command.Kind.TIMES, 3));  // 2:P2 x *= 3
        Stamped other = new Stamped(2, 0, new Command(Command.Kind.SET, 1)); // 2:P1 x := 1
        p2.hold(own);
        assertFalse(p2.stable(own), "its own command waits for P1");
        p2.hold(other);
        assertEquals(other, p2.nextStable(), "2:P1 ⇒ 2:P2: the tie goes to the process that comes first");
        assertEquals(1, p2.run(other));
        assertEquals(3, p2.run(own));
    }
}
