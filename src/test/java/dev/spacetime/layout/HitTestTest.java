package dev.spacetime.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.causality.Analysis;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HitTestTest {
    private static DiagramLayout figure1(Orientation o) {
        return DiagramLayout.of(Analysis.of(Diagrams.figure1()), o, TimeMode.PHYSICAL);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void everyEventIsFoundAtItsDotAndANearbyPoint(Orientation o) {
        DiagramLayout l = figure1(o);
        for (int e = 0; e < l.analysis().eventCount(); e++) {
            HitTest.Hit hit = HitTest.at(l, l.eventX(e) + 3, l.eventY(e) - 2, 6);
            assertEquals(HitTest.Kind.EVENT, hit.kind());
            assertEquals(e, hit.event(), l.analysis().id(e));
        }
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void aPointOnALineBetweenEventsIsTheLineWithItsTimeAndPlace(Orientation o) {
        DiagramLayout l = figure1(o);
        // P at time 30: between p2 (20) and p3 (40), so a new event goes at place 2.
        HitTest.Hit hit = HitTest.at(l, l.x(0, 30), l.y(0, 30), 6);
        assertEquals(HitTest.Kind.PROCESS, hit.kind());
        assertEquals(0, hit.process());
        assertEquals(30, hit.time(), 1e-9);
        assertEquals(2, hit.position());
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void aPointOnAMessageAwayFromEventsIsTheMessage(Orientation o) {
        DiagramLayout l = figure1(o);
        int p1 = l.analysis().indexOf("p1");
        int q2 = l.analysis().indexOf("q2");
        double x = (l.eventX(p1) + l.eventX(q2)) / 2;
        double y = (l.eventY(p1) + l.eventY(q2)) / 2;
        HitTest.Hit hit = HitTest.at(l, x, y, 6);
        assertEquals(HitTest.Kind.MESSAGE, hit.kind());
        assertEquals(q2, hit.event(), "a message is named by its receive event");
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void emptySpaceIsNothingAndBeforeTheLineIsItsName(Orientation o) {
        DiagramLayout l = figure1(o);
        assertEquals(HitTest.Kind.NONE, HitTest.at(l, l.x(0, 35) + DiagramLayout.PROCESS_GAP * 0.2 * (o == Orientation.TIME_UP ? 1 : 0),
                l.y(0, 35) + DiagramLayout.PROCESS_GAP * 0.2 * (o == Orientation.TIME_UP ? 0 : 1), 6).kind());
        double before = l.startTime() - 12 / l.timeScale();
        HitTest.Hit name = HitTest.at(l, l.x(1, before), l.y(1, before), 6);
        assertEquals(HitTest.Kind.PROCESS_NAME, name.kind());
        assertEquals(1, name.process());
    }
}
