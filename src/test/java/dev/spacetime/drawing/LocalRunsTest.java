package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalRunsTest {
    private static final Analysis A = Analysis.of(Diagrams.of("P: p1 p2 p3 p4 p5 p6", "Q: q1 q2 q3", "p1 -> q1",
            "p5 -> q3"));
    private static final DiagramLayout COLLAPSED = DiagramLayout.of(A, Orientation.TIME_UP, TimeMode.LOGICAL, Set.of(), true);

    @Test
    void aRunOfThreeOrMoreLocalEventsIsDrawnAsItsFirst() {
        assertEquals(3, COLLAPSED.runLength(A.indexOf("p2")), "p2, p3, p4 are local, one after another");
        assertEquals(0, COLLAPSED.runLength(A.indexOf("p3")));
        assertEquals(1, COLLAPSED.runLength(A.indexOf("q2")), "a single local event is left alone");
        Drawing d = DrawingBuilder.build(COLLAPSED, DrawingOptions.plain(ClockLabels.LAMPORT));
        List<String> dots = d.shapes().stream().filter(Shape.Dot.class::isInstance).map(s -> ((Shape.Dot) s).id()).toList();
        assertEquals(List.of("p1", "p2", "p5", "p6", "q1", "q2", "q3"), dots);
        assertTrue(d.shapes().stream().anyMatch(s -> s instanceof Shape.Text t && t.text().equals("p2  C=2  … p4 (3 local events)")));
        assertEquals(1, d.shapes().stream().filter(s -> s.role() == Role.RUN).count());
    }

    @Test
    void selectingAndHittingAFoldedEventFindTheRunsFirst() {
        int p3 = A.indexOf("p3");
        HitTest.Hit hit = HitTest.at(COLLAPSED, COLLAPSED.eventX(p3), COLLAPSED.eventY(p3), 4);
        assertEquals(HitTest.Kind.PROCESS, hit.kind(), "no dot is drawn where a folded event is: that is the line");
        int p2 = A.indexOf("p2");
        assertEquals(p2, HitTest.at(COLLAPSED, COLLAPSED.eventX(p2), COLLAPSED.eventY(p2), 4).event());
        Drawing selected = SelectionLayer.apply(DrawingBuilder.build(COLLAPSED, DrawingOptions.plain(ClockLabels.NONE)),
                COLLAPSED, List.of("q3"));
        assertTrue(selected.shapes().stream().anyMatch(s -> s instanceof Shape.Dot x && "p2".equals(x.id())
                && x.role() == Role.PAST), "the run's first stands in the past of q3");
    }
}
