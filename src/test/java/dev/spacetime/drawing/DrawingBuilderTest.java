package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawingBuilderTest {
    private static Drawing draw(Analysis a, ClockLabels clocks) {
        return DrawingBuilder.build(DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL), clocks);
    }

    @Test
    void aDotPerEventAWavePerMessageALinePerProcess() {
        Drawing d = draw(Analysis.of(Diagrams.figure1()), ClockLabels.LAMPORT);
        assertEquals(15, d.count(Shape.Dot.class));
        assertEquals(6, d.count(Shape.Wave.class));
        assertEquals(3, d.count(Shape.Line.class));
    }

    @Test
    void externalMessagesAreDashedAndOthersAreNot() {
        Drawing d = draw(Analysis.of(Diagrams.of("A: a1 a2", "B: b1 b2", "a1 -> b1", "a2 ~> b2")), ClockLabels.NONE);
        List<Shape.Wave> waves = d.shapes().stream().filter(Shape.Wave.class::isInstance)
                .map(Shape.Wave.class::cast).toList();
        assertEquals(List.of(false, true), waves.stream().map(Shape.Wave::dashed).toList());
        assertEquals(Role.EXTERNAL_MESSAGE, waves.get(1).role());
    }

    @Test
    void labelsCarryIdsAndTheChosenClock() {
        Analysis a = Analysis.of(Diagrams.figure1());
        List<String> lamport = texts(draw(a, ClockLabels.LAMPORT), Role.EVENT_LABEL);
        assertTrue(lamport.contains("r3  C=5"), lamport::toString);
        List<String> vector = texts(draw(a, ClockLabels.VECTOR), Role.EVENT_LABEL);
        assertTrue(vector.contains("r4  [1,4,4]"), vector::toString);
        assertEquals(List.of("P", "Q", "R"), texts(draw(a, ClockLabels.NONE), Role.PROCESS_NAME));
    }

    @Test
    void wavesStartAtTheSendAndEndAtTheReceive() {
        double[] pts = WavePath.points(0, 0, 0, -100, 4, 18);
        assertEquals(0, pts[0], 1e-9);
        assertEquals(0, pts[1], 1e-9);
        assertEquals(0, pts[pts.length - 2], 1e-9);
        assertEquals(-100, pts[pts.length - 1], 1e-9);
        double widest = 0;
        for (int i = 0; i < pts.length; i += 2) {
            widest = Math.max(widest, Math.abs(pts[i]));
        }
        assertEquals(4, widest, 0.2, "the wave swings by its amplitude either side");
    }

    private static List<String> texts(Drawing d, Role role) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == role)
                .map(s -> ((Shape.Text) s).text()).toList();
    }
}
