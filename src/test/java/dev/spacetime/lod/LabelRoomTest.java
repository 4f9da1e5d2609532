package dev.spacetime.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import org.junit.jupiter.api.Test;

/** Where labels go: whole where they fit, cut short to what fits, left out when not even the id does. */
public class LabelRoomTest {
    private static Shape.Text label(double x, double y, String text) {
        return new Shape.Text(x, y, text, Shape.Anchor.LEFT, Role.EVENT_LABEL);
    }

    @Test
    void aLabelWithRoomIsDrawnWhole() {
        LabelRoom room = new LabelRoom(new Viewport(), 800, 400, true, true);
        LabelRoom.Placed placed = room.place(label(10, 100, "p1  C=1  Start"));
        assertEquals("p1  C=1  Start", placed.text());
    }

    @Test
    void aLabelRunningIntoADotIsCutShortBeforeIt() {
        LabelRoom room = new LabelRoom(new Viewport(), 800, 400, true, true);
        room.dot(200, 100, 5); // the next process's event, on the same height
        LabelRoom.Placed placed = room.place(label(10, 100, "leader2  C=2  Broadcast: vote for me in term 2"));
        assertTrue(placed.text().startsWith("leader2  C=2") && placed.text().endsWith("…"), placed.text());
        assertTrue(placed.box()[2] < 195, "the shortened label stops before the dot: " + placed.box()[2]);
        // As long as fits: one more character would reach the cells the dot holds (4-pixel cells).
        double oneCharacter = dev.spacetime.drawing.Style.fontSize(Role.EVENT_LABEL) * 0.6;
        assertTrue(placed.box()[2] + oneCharacter > 195 - 4, placed.box()[2] + " " + placed.text());
    }

    @Test
    void onACrowdedScreenALabelThatDoesNotFitWholeIsLeftOut() {
        LabelRoom room = new LabelRoom(new Viewport(), 800, 400, true, false);
        room.dot(200, 100, 5);
        assertNull(room.place(label(10, 100, "leader2  C=2  Broadcast: vote for me in term 2")));
        assertEquals("leader3  C=5", room.place(label(10, 200, "leader3  C=5")).text());
    }

    @Test
    void aLabelWhoseIdDoesNotFitIsLeftOut() {
        LabelRoom room = new LabelRoom(new Viewport(), 800, 400, true, true);
        room.dot(30, 100, 5);
        assertNull(room.place(label(10, 100, "leader2  C=2  Broadcast")));
        assertNull(room.place(label(10, 100, "leader2")), "a bare id is not cut");
    }

    @Test
    void labelsNeverOverlapAndTheScreenDrawsAtMostItsBudget() {
        LabelRoom room = new LabelRoom(new Viewport(), 4000, 4000, true, true);
        assertEquals("first  C=1", room.place(label(10, 100, "first  C=1")).text());
        assertNull(room.place(label(10, 100, "second  C=1")), "the same place is taken");
        int drawn = 1;
        for (int i = 0; i < 1000; i++) {
            if (room.place(label(10 + (i % 20) * 190, 200 + (i / 20) * 20, "e" + i + "  C=1")) != null) {
                drawn++;
            }
        }
        assertEquals(300, drawn);
        LabelRoom export = new LabelRoom(new Viewport(), 4000, 4000, false, true);
        int all = 0;
        for (int i = 0; i < 1000; i++) {
            all += export.place(label(10 + (i % 20) * 190, 200 + (i / 20) * 20, "e" + i + "  C=1")) != null ? 1 : 0;
        }
        assertEquals(1000, all, "an export has no budget");
    }
}
