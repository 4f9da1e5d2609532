package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ring round a dot never covers an arrowhead ending at that dot: every layer that rings events
 * (the selection, a broken condition, practice marks) puts its rings before any message ending
 * there in painting order, so the arrowhead is painted over the ring.
 */
class RingOrderTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());

    @Test
    void aSelectionRingIsPaintedUnderTheArrowheadsEndingAtItsDot() {
        for (Orientation o : Orientation.values()) {
            DiagramLayout layout = DiagramLayout.of(FIGURE1, o, TimeMode.PHYSICAL);
            Drawing base = DrawingBuilder.withoutSelection(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
            // q2, r4 and p4 each receive a message; two selected events make two rings.
            for (List<String> selected : List.of(List.of("q2"), List.of("r4", "p4"))) {
                assertNoRingOverAnArrowhead(SelectionLayer.apply(base, layout, selected), selected.size());
            }
        }
    }

    @Test
    void ringsOfABrokenConditionArePaintedUnderTheArrowheads() {
        DiagramLayout layout = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing base = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        assertNoRingOverAnArrowhead(BrokenLayer.apply(base, layout, List.of("q2", "p2", "r3")), 3);
    }

    @Test
    void practiceRingsArePaintedUnderTheArrowheads() {
        DiagramLayout layout = DiagramLayout.of(FIGURE1, Orientation.TIME_RIGHT, TimeMode.LOGICAL);
        Drawing base = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        int q2 = FIGURE1.indexOf("q2");
        int p2 = FIGURE1.indexOf("p2");
        int r3 = FIGURE1.indexOf("r3");
        PracticeMarks marks = new PracticeMarks(Map.of(), Set.of(q2), Set.of(p2, r3), Map.of(), Set.of(p2), Set.of(r3),
                r3, false);
        assertNoRingOverAnArrowhead(PracticeLayer.apply(base, layout, marks), 4);
    }

    @Test
    void theStepsRingsArePaintedUnderTheArrowheads() {
        DiagramLayout layout = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing base = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        int[] order = dev.spacetime.step.Linearization.totalOrder(FIGURE1);
        int q2 = FIGURE1.indexOf("q2");
        int k = 0;
        while (order[k] != q2) {
            k++;
        }
        // q2, the last step, receives p1's message; p2 (receiving q1's) can happen next.
        Drawing drawn = StepLayer.apply(base, layout, new dev.spacetime.step.Replay(FIGURE1, order, k + 1), false,
                List.of(FIGURE1.indexOf("p2")));
        assertNoRingOverAnArrowhead(drawn, 2);
    }

    /** Fails when a ring comes after a message whose arrowhead ends within the ring's reach. */
    private static void assertNoRingOverAnArrowhead(Drawing drawing, int atLeastRings) {
        List<Shape> shapes = drawing.shapes();
        List<Shape.Wave> painted = new ArrayList<>();
        int rings = 0;
        int arrowheadsAtRings = 0;
        for (Shape s : shapes) {
            if (s instanceof Shape.Wave w) {
                painted.add(w);
            } else if (s instanceof Shape.Ring r) {
                rings++;
                for (Shape.Wave w : painted) {
                    double reach = r.radius() + Style.lineWidth(r.role());
                    assertTrue(Math.hypot(w.x2() - r.x(), w.y2() - r.y()) > reach,
                            r + " is painted over the arrowhead of " + w.message());
                }
            }
        }
        for (Shape s : shapes) {
            if (s instanceof Shape.Ring r) {
                for (Shape t : shapes) {
                    if (t instanceof Shape.Wave w && Math.hypot(w.x2() - r.x(), w.y2() - r.y()) < 1e-6) {
                        arrowheadsAtRings++;
                    }
                }
            }
        }
        assertTrue(rings >= atLeastRings, rings + " rings");
        assertTrue(arrowheadsAtRings > 0, "some ringed event receives a message, so the test can fail");
    }
}
