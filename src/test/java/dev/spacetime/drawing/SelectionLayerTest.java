package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.MessageRef;
import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A selected process or message laid over a drawing, as the screen paints it and an export writes it. */
class SelectionLayerTest {
    private final DiagramLayout layout = DiagramLayout.of(Analysis.of(Diagrams.figure1()), Orientation.TIME_UP,
            TimeMode.PHYSICAL);
    private final Drawing base = DrawingBuilder.withoutSelection(layout, DrawingOptions.plain(ClockLabels.LAMPORT));

    @Test
    void aSelectedProcessHasItsLineAndNameInTheSelectionsRoles() {
        Drawing d = SelectionLayer.apply(base, layout, List.of(), "Q", null);
        assertEquals(1, of(d, Role.SELECTED_PROCESS).size());
        assertEquals(2, of(d, Role.PROCESS_LINE).size(), "P's and R's lines stay as they were");
        List<Shape> names = of(d, Role.SELECTED_NAME);
        assertEquals(1, names.size());
        assertEquals("Q", ((Shape.Text) names.get(0)).text());
        assertEquals(base.shapes().size(), d.shapes().size(), "shapes are replaced, none added");
    }

    @Test
    void aRestyledNameIsFoundWhereItsPlainSelfWasPlaced() {
        Shape.Text name = (Shape.Text) of(base, Role.PROCESS_NAME).get(0);
        Shape.Text selected = name.restyled(Role.SELECTED_NAME);
        assertEquals(name, selected.placedAs());
        assertEquals(name, selected.restyled(Role.PROCESS_NAME).placedAs(), "restyled twice, still placed as the first");
        Placements placed = LabelPlacement.place(base, 1, 1);
        assertEquals(placed.spot(name), placed.spot(selected), "the screen paints it where the plain name was placed");
        org.junit.jupiter.api.Assertions.assertNotNull(placed.spot(selected));
    }

    @Test
    void aSelectedMessageHasItsWaveInTheSelectionsRole() {
        Drawing d = SelectionLayer.apply(base, layout, List.of(), null, new MessageRef("q4", "r3"));
        List<Shape> waves = of(d, Role.SELECTED_MESSAGE);
        assertEquals(1, waves.size());
        assertEquals(new MessageRef("q4", "r3"), ((Shape.Wave) waves.get(0)).message());
        assertEquals(5, of(d, Role.MESSAGE).size());
    }

    @Test
    void aSelectedMessageIsDrawnAfterEveryOtherMessageSoNoneCrossesOverIt() {
        // p1 → q2 is the first message in the drawing's order; r2 → q7 crosses two messages drawn after it.
        for (MessageRef m : List.of(new MessageRef("p1", "q2"), new MessageRef("r2", "q7"))) {
            List<Shape> shapes = SelectionLayer.apply(base, layout, List.of(), null, m).shapes();
            int selected = -1;
            int lastPlain = -1;
            for (int k = 0; k < shapes.size(); k++) {
                if (shapes.get(k).role() == Role.SELECTED_MESSAGE) {
                    selected = k;
                } else if (shapes.get(k) instanceof Shape.Wave) {
                    lastPlain = k;
                }
            }
            assertTrue(selected > lastPlain, m + " is drawn after the other messages");
            assertEquals(base.shapes().size(), shapes.size(), "moved, not added");
        }
    }

    @Test
    void nothingThatExistsSelectedLaysNothing() {
        assertNull(SelectionLayer.emphasis(layout, List.of(), "X", new MessageRef("q4", "nope")));
    }

    private static List<Shape> of(Drawing d, Role role) {
        return d.shapes().stream().filter(s -> s.role() == role).toList();
    }
}
