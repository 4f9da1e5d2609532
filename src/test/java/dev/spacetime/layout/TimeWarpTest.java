package dev.spacetime.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.sim.RandomExecution;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stretched time axis: room between successive events, order and level kept, and back again. */
class TimeWarpTest {
    @Test
    void successiveEventsOnALineAreAtLeastTheLeastStepApartAndOrderIsKept() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            int events = 5 + random.nextInt(150);
            var d = RandomExecution.generate(new RandomExecution.Parameters(2 + random.nextInt(5), events,
                    random.nextInt(events / 3), 0, round));
            Analysis a = Analysis.of(d);
            for (Orientation o : Orientation.values()) {
                for (TimeMode mode : TimeMode.values()) {
                    double least = 10 + random.nextDouble() * 60;
                    double pass = random.nextBoolean() ? 0 : random.nextDouble() * 30;
                    DiagramLayout l = DiagramLayout.of(a, o, mode, Set.of(), false,
                            new Spacing(200, 0.5 + random.nextDouble() * 5, least, pass));
                    EventGraph g = a.graph();
                    for (int e = 0; e < g.eventCount(); e++) {
                        double along = along(l, e);
                        if (g.position(e) > 0 && l.time(e) > l.time(e - 1)) {
                            assertTrue(along - along(l, e - 1) >= least - 1e-6, "room after " + g.id(e - 1));
                        }
                        for (int f = 0; f < g.eventCount(); f++) {
                            if (l.time(f) < l.time(e)) {
                                assertTrue(along(l, f) < along, "drawn before what happens later");
                            } else if (l.time(f) == l.time(e)) {
                                assertEquals(along, along(l, f), 1e-9, "events at one time stay level");
                            }
                        }
                        // The time read back at an event's place is its own.
                        assertEquals(l.time(e), l.timeAt(l.eventX(e), l.eventY(e)), 1e-6 * Math.max(1, Math.abs(l.time(e))));
                    }
                }
            }
        }
    }

    @Test
    void eventsFarEnoughApartAreDrawnToScale() {
        var d = dev.spacetime.testing.Diagrams.of("P: p1@0 p2@10 p3@20", "Q: q1@5 q2@15");
        DiagramLayout l = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 4, 30));
        for (int e = 0; e < 5; e++) {
            assertEquals(-l.time(e) * 4, l.eventY(e), 1e-9, "40 units apart is room enough: no stretching");
        }
    }

    @Test
    void eventsAHairApartAreSpreadAndTheRestMoveOnAsMuch() {
        var d = dev.spacetime.testing.Diagrams.of("P: p1@2 p2@2.0001 p3@10");
        DiagramLayout l = DiagramLayout.of(Analysis.of(d), Orientation.TIME_RIGHT, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 4, 30));
        assertEquals(30, l.eventX(1) - l.eventX(0), 1e-6);
        assertEquals((10 - 2.0001) * 4, l.eventX(2) - l.eventX(1), 1e-6, "after the stretch, to scale again");
    }

    @Test
    void aStretchMessagesPassIsDrawnAPassStepTallerForEach() {
        // Two messages cross between P and Q from time 0 to 1; nothing passes from 1 to 2.
        var d = dev.spacetime.testing.Diagrams.of("P: p1@0 p2@1 p3@2", "Q: q1@0 q2@1 q3@2", "p1 -> q2", "q1 -> p2");
        Analysis a = Analysis.of(d);
        DiagramLayout l = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 10, 0, 25));
        assertEquals(50, along(l, a.indexOf("p2")) - along(l, a.indexOf("p1")), 1e-9, "two messages: two pass steps");
        assertEquals(10, along(l, a.indexOf("p3")) - along(l, a.indexOf("p2")), 1e-9, "none: to scale");
        assertEquals(along(l, a.indexOf("p2")), along(l, a.indexOf("q2")), 1e-9, "events at one time stay level");
        DiagramLayout plain = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 10, 0, 0));
        assertEquals(10, along(plain, a.indexOf("p2")) - along(plain, a.indexOf("p1")), 1e-9, "no pass step: to scale");
    }

    @Test
    void aMessageCountsOnceInEachStretchItClimbsThroughInTheGapItCrosses() {
        // p1 → r2 crosses the gap P–Q from time 0 to 1 and the gap Q–R from 1 to 2: one pass in each stretch,
        // not two, since the gaps are counted apart and the busiest one sets the room.
        var d = dev.spacetime.testing.Diagrams.of("P: p1@0 p2@2", "Q: q1@1", "R: r1@0 r2@2", "p1 -> r2");
        Analysis a = Analysis.of(d);
        DiagramLayout l = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 10, 0, 25));
        assertEquals(25, l.eventX(a.indexOf("q1")) - l.eventX(a.indexOf("p1")), 1e-9);
        assertEquals(50, l.eventX(a.indexOf("r2")) - l.eventX(a.indexOf("r1")), 1e-9);
        // With Q hidden the message crosses one gap, climbing through both stretches: half a pass in each.
        DiagramLayout hidden = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.PHYSICAL, Set.of(1), false,
                new Spacing(200, 10, 0, 50));
        assertEquals(50, hidden.eventX(a.indexOf("r2")) - hidden.eventX(a.indexOf("r1")), 1e-9);
    }

    @Test
    void aLongMessageSharesItsPassAmongTheStretchesInProportionToTheirTime() {
        // p1 → q4 passes from time 0 to 4: a quarter in 0–1, a half in 1–3, a quarter in 3–4.
        var d = dev.spacetime.testing.Diagrams.of("P: p1@0 p2@4", "Q: q1@0 q2@1 q3@3 q4@4", "p1 -> q4");
        Analysis a = Analysis.of(d);
        DiagramLayout l = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false,
                new Spacing(200, 1, 0, 40));
        assertEquals(10, along(l, a.indexOf("q2")), 1e-9);
        assertEquals(30, along(l, a.indexOf("q3")), 1e-9);
        assertEquals(40, along(l, a.indexOf("q4")), 1e-9);
    }

    private static double along(DiagramLayout l, int e) {
        return l.orientation() == Orientation.TIME_UP ? -l.eventY(e) : l.eventX(e);
    }
}
