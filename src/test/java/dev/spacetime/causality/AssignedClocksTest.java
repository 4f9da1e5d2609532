package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetAssignedClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A student's clocks on Figure 1: C1 and C2 failures found and told apart, events without a value
 * counted as not yet given rather than as failures, and ⇒ built from clocks that keep the Clock
 * Condition without being the smallest ones (the figure's own times, as Figure 2 draws clocks).
 */
class AssignedClocksTest {
    /** Figure 1 with each event's physical time as its clock: p1 0, q2 10, p2 20 … all keep the Clock Condition. */
    private static Diagram figure1WithTimesAsClocks() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "lamport-figure1.json"));
        for (int p = 0; p < d.processCount(); p++) {
            for (int k = 0; k < d.eventCount(p); k++) {
                int h = d.eventAt(p, k);
                new SetAssignedClock(d.eventId(h), d.eventTime(h)).applyTo(d);
            }
        }
        return d;
    }

    private static AssignedClocks mine(Diagram d) {
        return AssignedClocks.of(Analysis.of(d));
    }

    private static List<String> steps(Analysis a, List<ClockCondition.Violation> found) {
        return found.stream().map(v -> a.id(v.from()) + ">" + a.id(v.to())).toList();
    }

    @Test
    void clocksLargerThanLamportsKeepTheConditionAndGiveAnotherTotalOrderThatStillExtendsHappenedBefore()
            throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        assertTrue(mine.c1Violations().isEmpty());
        assertTrue(mine.c2Violations().isEmpty());
        assertNull(mine.whyNoOrder());

        TotalOrder order = mine.order();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            ids.add(a.id(order.at(r)));
        }
        // Ties at 0 and 20 broken by process order P, Q, R; q2 (10) now comes before p2 (20).
        assertEquals(List.of("p1", "q1", "r1", "q2", "p2", "q3", "r2", "q4", "p3", "q5", "r3", "q6", "p4", "q7", "r4"),
                ids);
        assertNotEquals(a.totalOrder().rank(a.indexOf("q2")) < a.totalOrder().rank(a.indexOf("p2")),
                order.rank(a.indexOf("q2")) < order.rank(a.indexOf("p2")), "not the Lamport clocks' ⇒");
        for (int x = 0; x < a.eventCount(); x++) {
            for (int y = 0; y < a.eventCount(); y++) {
                if (a.happenedBefore(x, y)) {
                    assertTrue(order.rank(x) < order.rank(y), a.id(x) + " → " + a.id(y));
                }
            }
        }
    }

    @Test
    void aValueOutOfStepAlongAProcessIsAC1FailureOnly() throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        new SetAssignedClock("q3", 5).applyTo(d); // q2 has 10
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        assertEquals(List.of("q2>q3"), steps(a, mine.c1Violations()));
        assertEquals(List.of(), steps(a, mine.c2Violations()));
        assertEquals("C1 fails at q2 → q3", mine.whyNoOrder());
    }

    @Test
    void aReceiveNotAfterItsSendIsAC2FailureOnly() throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        new SetAssignedClock("r3", 25).applyTo(d); // sent by q4 at 30, while r2 has 20 and r4 60
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        assertEquals(List.of(), steps(a, mine.c1Violations()));
        assertEquals(List.of("q4>r3"), steps(a, mine.c2Violations()));
        assertEquals("C2 fails at q4 ⇝ r3", mine.whyNoOrder());
    }

    @Test
    void oneValueCanBreakBothConditionsAndEachIsNamed() throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        new SetAssignedClock("q2", 0).applyTo(d); // q1 before it has 0, and p1 sends it at 0
        Analysis a = Analysis.of(d);
        AssignedClocks mine = AssignedClocks.of(a);
        assertEquals(List.of("q1>q2"), steps(a, mine.c1Violations()));
        assertEquals(List.of("p1>q2"), steps(a, mine.c2Violations()));
    }

    @Test
    void eventsWithoutAValueAreNotYetGivenNeverFailures() throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        new SetAssignedClock("q2", Double.NaN).applyTo(d);
        new SetAssignedClock("r3", Double.NaN).applyTo(d);
        AssignedClocks mine = mine(d);
        assertTrue(mine.c1Violations().isEmpty(), "q1 and q3 are compared across the gap, and keep C1");
        assertTrue(mine.c2Violations().isEmpty(), "p1 ⇝ q2 and q4 ⇝ r3 are not yet checked");
        assertFalse(mine.complete());
        assertEquals("C_mine gives no value yet to q2, r3", mine.whyNoOrder());

        new SetAssignedClock("q3", 40).applyTo(d);
        assertEquals(1, mine(d).c1Violations().size(), "q1 (0) then q3 (40) is fine across the gap, q3 then q4 (30) not");
    }

    @Test
    void aGapDoesNotHideAC1FailureAcrossIt() throws Exception {
        Diagram d = figure1WithTimesAsClocks();
        new SetAssignedClock("q3", Double.NaN).applyTo(d);
        new SetAssignedClock("q4", 10).applyTo(d); // q2 has 10 too
        Analysis a = Analysis.of(d);
        assertEquals(List.of("q2>q4"), steps(a, AssignedClocks.of(a).c1Violations()));
    }
}
