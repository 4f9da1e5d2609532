package dev.spacetime.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
    private final Analysis fig1 = Analysis.of(Diagrams.figure1());

    @Test
    void timeGoesUpAlongEveryProcessAndProcessesStandLeftToRight() {
        DiagramLayout l = DiagramLayout.of(fig1, Orientation.TIME_UP, TimeMode.PHYSICAL);
        for (int e = 1; e < fig1.eventCount(); e++) {
            if (fig1.graph().position(e) > 0) {
                assertTrue(l.eventY(e) < l.eventY(e - 1), "later is higher on the page");
                assertEquals(l.eventX(e), l.eventX(e - 1));
            }
        }
        assertTrue(l.eventX(fig1.indexOf("p1")) < l.eventX(fig1.indexOf("q1")));
        assertTrue(l.eventX(fig1.indexOf("q1")) < l.eventX(fig1.indexOf("r1")));
        assertEquals(l.eventY(fig1.indexOf("p2")), l.eventY(fig1.indexOf("q3")), "equal times line up");
    }

    @Test
    void timeGoingRightIsTheSamePictureTurned() {
        DiagramLayout up = DiagramLayout.of(fig1, Orientation.TIME_UP, TimeMode.PHYSICAL);
        DiagramLayout right = DiagramLayout.of(fig1, Orientation.TIME_RIGHT, TimeMode.PHYSICAL);
        for (int e = 0; e < fig1.eventCount(); e++) {
            assertEquals(up.eventX(e), right.eventY(e), 1e-9);
            assertEquals(-up.eventY(e), right.eventX(e), 1e-9);
        }
    }

    @Test
    void withoutASpacingTheLayoutIsSpacedNaturally() {
        for (Orientation o : Orientation.values()) {
            for (TimeMode m : TimeMode.values()) {
                DiagramLayout natural = DiagramLayout.of(fig1, o, m);
                DiagramLayout same = DiagramLayout.of(fig1, o, m, java.util.Set.of(), false, null);
                assertEquals(DiagramLayout.PROCESS_GAP, natural.processGap());
                assertEquals(new Spacing(DiagramLayout.PROCESS_GAP, natural.timeScale()), natural.spacing());
                assertEquals(java.util.Arrays.toString(natural.bounds()), java.util.Arrays.toString(same.bounds()));
                for (int e = 0; e < fig1.eventCount(); e++) {
                    assertEquals(natural.eventX(e), same.eventX(e));
                    assertEquals(natural.eventY(e), same.eventY(e));
                }
            }
        }
    }

    @Test
    void aGivenSpacingSetsTheGapBetweenLinesAndTheLengthOfATimeUnit() {
        DiagramLayout l = DiagramLayout.of(fig1, Orientation.TIME_RIGHT, TimeMode.LOGICAL, java.util.Set.of(), false,
                new Spacing(100, 30));
        int q2 = fig1.indexOf("q2");
        assertEquals(100, l.eventY(q2), 1e-9, "Q is the second line");
        assertEquals((l.time(q2) - l.firstTime()) * 30, l.eventX(q2), 1e-9);
        assertEquals(1.0, l.acrossAt(0, 100), 1e-9);
        assertEquals(l.time(q2), l.timeAt(l.eventX(q2), 0), 1e-9);
        assertEquals(200, l.bounds()[3], 1e-9, "three lines, two gaps");
    }

    @Test
    void logicalModePutsLikeNumberedTicksOnOneLine() {
        DiagramLayout l = DiagramLayout.of(fig1, Orientation.TIME_UP, TimeMode.LOGICAL);
        // q5 and r3 both have C = 5
        assertEquals(l.eventY(fig1.indexOf("q5")), l.eventY(fig1.indexOf("r3")));
        assertEquals(5, l.time(fig1.indexOf("r3")));
    }

    @Test
    void eventsWithoutTimeAreSpacedEvenlyBetweenTimedNeighbours() {
        Analysis a = Analysis.of(Diagrams.of("P: p1@0 p2 p3 p4@30 p5", "Q: q1 q2"));
        DiagramLayout l = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL);
        assertEquals(10, l.time(a.indexOf("p2")), 1e-9);
        assertEquals(20, l.time(a.indexOf("p3")), 1e-9);
        assertEquals(40, l.time(a.indexOf("p5")), 1e-9, "one typical step after the last");
        assertTrue(l.time(a.indexOf("q1")) < l.time(a.indexOf("q2")));
    }

    @Test
    void boundsHoldEveryEvent() {
        DiagramLayout l = DiagramLayout.of(fig1, Orientation.TIME_RIGHT, TimeMode.PHYSICAL);
        double[] b = l.bounds();
        for (int e = 0; e < fig1.eventCount(); e++) {
            assertTrue(l.eventX(e) >= b[0] && l.eventX(e) <= b[2]);
            assertTrue(l.eventY(e) >= b[1] && l.eventY(e) <= b[3]);
        }
    }

    @Test
    void withAReachTheLinesAndTheEventsOnThemStayPutWhenAnEventIsAdded() {
        var reach = new TimeSpan(0, 10);
        var spacing = new Spacing(100, 20, 30); // a least step: the time axis may be stretched
        var before = Analysis.of(Diagrams.of("P: p1@2 p2@6", "Q: q1@3"));
        var after = Analysis.of(Diagrams.of("P: p1@2 p3@4 p2@6", "Q: q1@3"));
        DiagramLayout a = DiagramLayout.of(before, Orientation.TIME_UP, TimeMode.PHYSICAL, java.util.Set.of(), false, spacing, reach);
        DiagramLayout b = DiagramLayout.of(after, Orientation.TIME_UP, TimeMode.PHYSICAL, java.util.Set.of(), false, spacing, reach);
        assertEquals(a.startTime(), b.startTime(), 1e-9);
        assertEquals(a.endTime(), b.endTime(), 1e-9);
        assertTrue(a.endTime() > 10 && a.startTime() < 0, "the lines reach over the whole span, not just the events");
        for (String id : new String[] {"p1", "p2", "q1"}) {
            assertEquals(a.eventY(before.indexOf(id)), b.eventY(after.indexOf(id)), 1e-9, id + " stays put");
        }
        assertEquals(a.y(0, 4), b.eventY(after.indexOf("p3")), 1e-9, "and the new one goes where time 4 was drawn");
    }
}
