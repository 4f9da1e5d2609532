package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step laid over Figure 1, with and without the clocks of events still to come. */
class StepLayerTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());
    private static final DiagramLayout LAYOUT = DiagramLayout.of(FIGURE1, Orientation.TIME_UP, TimeMode.PHYSICAL);
    private static final Replay AFTER_FOUR = new Replay(FIGURE1, Linearization.totalOrder(FIGURE1), 4);

    private static List<Shape.Text> texts(Drawing d, Role role) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == role)
                .map(Shape.Text.class::cast).toList();
    }

    @Test
    void hiddenClocksLeaveTheLabelsOfEventsStillToComeWithTheirIdsAlone() {
        for (ClockLabels clocks : List.of(ClockLabels.LAMPORT, ClockLabels.VECTOR)) {
            Drawing base = DrawingBuilder.build(LAYOUT, DrawingOptions.plain(clocks));
            Drawing shown = StepLayer.apply(base, LAYOUT, AFTER_FOUR, clocks == ClockLabels.VECTOR, List.of());
            Drawing hidden = StepLayer.apply(base, LAYOUT, AFTER_FOUR, clocks == ClockLabels.VECTOR, List.of(), true);

            List<Shape.Text> fadedShown = texts(shown, Role.FADED);
            List<Shape.Text> fadedHidden = texts(hidden, Role.FADED);
            assertEquals(11, fadedHidden.size(), "the 11 events still to come");
            assertTrue(fadedShown.stream().allMatch(t -> t.text().contains("C=") || t.text().contains("[")),
                    "by default their clocks show: " + fadedShown.stream().map(Shape.Text::text).toList());
            for (Shape.Text t : fadedHidden) {
                assertTrue(t.text().matches("[pqr]\\d+"), "the id alone, no clock: \"" + t.text() + "\"");
            }
            assertTrue(fadedHidden.stream().anyMatch(t -> t.text().equals("q2")));
            assertEquals(texts(shown, Role.EVENT_LABEL).stream().map(Shape.Text::text).toList(),
                    texts(hidden, Role.EVENT_LABEL).stream().map(Shape.Text::text).toList(),
                    "the events that happened keep their clocks");
            assertEquals(texts(shown, Role.REGISTER).stream().map(Shape.Text::text).toList(),
                    texts(hidden, Role.REGISTER).stream().map(Shape.Text::text).toList(), "the registers are unchanged");
            List<String> titles = hidden.shapes().stream().filter(s -> s instanceof Shape.Dot x && x.role() == Role.FADED)
                    .map(s -> ((Shape.Dot) s).title()).toList();
            assertEquals(11, titles.size());
            assertTrue(titles.stream().noneMatch(t -> t.contains("C=")), "nor does hovering tell: " + titles);
        }
    }
}
