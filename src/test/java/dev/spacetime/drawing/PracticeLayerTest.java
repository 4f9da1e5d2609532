package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An exercise laid over Figure 1: no clock value left in a label or a hover text, the answer and marks drawn. */
class PracticeLayerTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());
    private static final DiagramLayout LAYOUT = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL);

    private static PracticeMarks marks(Map<Integer, String> labels, Set<Integer> right, Set<Integer> wrong,
            Map<Integer, Integer> numbers) {
        return new PracticeMarks(labels, Set.of(1), Set.of(), numbers, right, wrong, -1, false);
    }

    @Test
    void noClockValueIsLeftInALabelOrAHoverText() {
        for (ClockLabels clocks : List.of(ClockLabels.LAMPORT, ClockLabels.VECTOR)) {
            Drawing base = DrawingBuilder.build(LAYOUT, DrawingOptions.plain(clocks));
            Drawing laid = PracticeLayer.apply(base, LAYOUT, marks(Map.of(0, "p1  C=7"), Set.of(), Set.of(), Map.of()));
            List<String> labels = laid.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL)
                    .map(s -> ((Shape.Text) s).text()).toList();
            assertEquals(FIGURE1.eventCount(), labels.size());
            assertEquals("p1  C=7", labels.get(0), "the student's own answer");
            for (String l : labels.subList(1, labels.size())) {
                assertTrue(l.matches("[pqr]\\d+"), "the id alone: \"" + l + "\"");
            }
            for (Shape s : laid.shapes()) {
                if (s instanceof Shape.Dot d && d.title() != null) {
                    assertFalse(d.title().contains("C=") || d.title().contains("V="), d.title());
                }
            }
        }
    }

    @Test
    void rightAndWrongAreRingedInTheirOwnColoursAndAnOrderIsNumbered() {
        Drawing base = DrawingBuilder.build(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        Drawing laid = PracticeLayer.apply(base, LAYOUT, marks(Map.of(), Set.of(0, 2), Set.of(3), Map.of(4, 1, 5, 2)));
        long right = laid.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.ENABLED).count();
        long wrong = laid.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.BROKEN).count();
        long marked = laid.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.SELECTED).count();
        assertEquals(2, right);
        assertEquals(1, wrong);
        assertEquals(1, marked, "the question's event");
        List<String> numbers = laid.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.CURRENT)
                .map(s -> ((Shape.Text) s).text()).sorted().toList();
        assertEquals(List.of("1", "2"), numbers);
    }

    @Test
    void everyRingStaysInsideTheRoomLabelsLeaveRoundADotAndAClickedEventCheckedHasOneRing() {
        Drawing base = DrawingBuilder.build(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        // Events 0 and 2 clicked and checked right, 3 clicked and checked wrong and being read, 1 the question's.
        PracticeMarks marks = new PracticeMarks(Map.of(), Set.of(1), Set.of(0, 2, 3), Map.of(), Set.of(0, 2), Set.of(3),
                3, false);
        Drawing laid = PracticeLayer.apply(base, LAYOUT, marks);
        List<Shape.Ring> rings = laid.shapes().stream().filter(s -> s instanceof Shape.Ring).map(s -> (Shape.Ring) s)
                .toList();
        // A label beside its dot starts 7 units past the dot's rim (LabelPlacement's room for a selection ring).
        double room = DrawingBuilder.DOT_RADIUS + 7;
        for (Shape.Ring r : rings) {
            assertTrue(r.radius() + Style.lineWidth(r.role()) / 2 <= room, r + " reaches past " + room);
        }
        assertEquals(0, rings.stream().filter(r -> r.role() == Role.CURRENT).count(), "checked: right or wrong, not clicked");
        assertEquals(5, rings.size(), "two right, one wrong, one inside it for the item read, one for the question");
    }
}
