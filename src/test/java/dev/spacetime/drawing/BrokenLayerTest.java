package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokenLayerTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());
    private static final DiagramLayout LAYOUT = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL);

    @Test
    void ringsTheNamedEventsThatExistAndNothingElse() {
        Drawing base = DrawingBuilder.build(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        assertSame(base, BrokenLayer.apply(base, LAYOUT, List.of()));
        Drawing marked = BrokenLayer.apply(base, LAYOUT, List.of("q2", "gone", "r3"));
        List<Shape.Ring> rings = marked.shapes().stream().filter(s -> s.role() == Role.BROKEN).map(Shape.Ring.class::cast)
                .toList();
        assertEquals(2, rings.size(), "an id the diagram no longer has is skipped");
        int q2 = FIGURE1.indexOf("q2");
        assertEquals(LAYOUT.eventX(q2), rings.get(0).x(), 1e-9);
        assertEquals(LAYOUT.eventY(q2), rings.get(0).y(), 1e-9);
        assertEquals(base.shapes(), marked.shapes().stream().filter(s -> !(s instanceof Shape.Ring)).toList(),
                "the drawing underneath is untouched");
        assertEquals(Style.rgb(Role.FALSE_ORDERING), Style.rgb(Role.BROKEN), "vermilion, as a false ordering");
    }
}
