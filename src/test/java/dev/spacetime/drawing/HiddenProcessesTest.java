package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.HitTest;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HiddenProcessesTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());
    private static final DiagramLayout WITHOUT_Q = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(1));

    @Test
    void theOtherProcessesCloseUpAndHitTestingFollows() {
        assertEquals(2, WITHOUT_Q.shownProcesses());
        int r1 = FIGURE1.indexOf("r1");
        assertEquals(DiagramLayout.PROCESS_GAP, WITHOUT_Q.eventX(r1), 1e-9, "R moves into Q's place");
        HitTest.Hit hit = HitTest.at(WITHOUT_Q, WITHOUT_Q.eventX(r1), WITHOUT_Q.eventY(r1), 6);
        assertEquals(r1, hit.event());
    }

    @Test
    void causalityThroughTheHiddenProcessIsShownAsImpliedArcs() {
        Drawing d = DrawingBuilder.build(WITHOUT_Q, DrawingOptions.plain(ClockLabels.LAMPORT));
        assertEquals(8, d.count(Shape.Dot.class), "P's and R's events only");
        List<String> implied = d.shapes().stream().filter(s -> s.role() == Role.IMPLIED)
                .map(s -> ((Shape.Wave) s).title()).toList();
        // p1 → q2 … q4 → r3 and p1 → q2 … q5 → p4 run through Q alone.
        assertEquals(List.of("p1 ⇢ p4 (through hidden processes)", "p1 ⇢ r3 (through hidden processes)"),
                implied.stream().sorted().toList());
        assertEquals(0, d.shapes().stream().filter(s -> s.role() == Role.MESSAGE).count(), "every message touches Q");
    }

    @Test
    void selectionAndStepsStillMatchTheirEvents() {
        Drawing base = DrawingBuilder.build(WITHOUT_Q, DrawingOptions.plain(ClockLabels.LAMPORT));
        Drawing selected = SelectionLayer.apply(base, WITHOUT_Q, List.of("r3"));
        Shape.Dot p1 = selected.shapes().stream().filter(s -> s instanceof Shape.Dot x && "p1".equals(x.id()))
                .map(Shape.Dot.class::cast).findFirst().orElseThrow();
        assertEquals(Role.PAST, p1.role(), "p1 → r3, through hidden Q");
        Replay replay = new Replay(FIGURE1, Linearization.totalOrder(FIGURE1), 3);
        Drawing step = StepLayer.apply(base, WITHOUT_Q, replay, false, List.of());
        assertTrue(step.shapes().stream().anyMatch(s -> s instanceof Shape.Dot x && "r1".equals(x.id())
                && x.role() == Role.EVENT), "r1 happened (third in ⇒)");
        assertEquals(2, step.shapes().stream().filter(s -> s.role() == Role.REGISTER).count(), "registers of P and R only");
    }
}
