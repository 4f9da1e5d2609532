package dev.spacetime.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

class TickLinesTest {
    @Test
    void inLogicalTimeEveryTickLineIsStraight() {
        DiagramLayout l = DiagramLayout.of(Analysis.of(Diagrams.figure1()), Orientation.TIME_UP, TimeMode.LOGICAL);
        TickLines ticks = TickLines.of(l);
        assertEquals(7, ticks.count(), "q7 has the largest clock, 7");
        for (int k = 1; k <= ticks.count(); k++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(k - 0.5, ticks.time(k, p), 1e-9);
            }
        }
    }

    @Test
    void inPhysicalTimeEachTickLiesBetweenTheEventsWhoseClocksStraddleIt() {
        DiagramLayout l = DiagramLayout.of(Analysis.of(Diagrams.figure1()), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Analysis a = l.analysis();
        EventGraph g = a.graph();
        TickLines ticks = TickLines.of(l);
        for (int e = 0; e < g.eventCount(); e++) {
            int c = a.lamport(e);
            int p = g.process(e);
            // Tick C(e) comes no later than e, and tick C(e)+1 comes after it.
            assertTrue(ticks.time(c, p) < l.time(e), g.id(e) + ": tick " + c + " before the event");
            if (c + 1 <= ticks.count()) {
                assertTrue(ticks.time(c + 1, p) > l.time(e), g.id(e) + ": tick " + (c + 1) + " after the event");
            }
        }
        for (int p = 0; p < g.processCount(); p++) {
            for (int k = 2; k <= ticks.count(); k++) {
                assertTrue(ticks.time(k, p) > ticks.time(k - 1, p), "ticks climb along each process");
            }
        }
    }
}
