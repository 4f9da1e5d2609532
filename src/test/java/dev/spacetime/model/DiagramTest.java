package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.testing.Diagrams;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagramTest {
    @Test
    void receiversOfAMulticastComeInProcessOrder() {
        Diagram d = Diagrams.of("P: p1", "Q: q1", "R: r1 r2", "p1 -> r2", "p1 -> q1");
        int[] receivers = d.receiversOf(d.findEvent("p1"));
        assertEquals("[q1, r2]", Arrays.toString(Arrays.stream(receivers).mapToObj(d::eventId).toArray()));
        assertEquals(0, d.receiversOf(d.findEvent("r1")).length);
    }

    @Test
    void handlesAreRecycledWithoutConfusingIds() {
        Diagram d = Diagrams.of("P: p1 p2 p3");
        new RemoveEvent("p2").applyTo(d);
        new AddEvent("P", 0, "p0", null, Double.NaN).applyTo(d);
        assertEquals(-1, d.findEvent("p2"));
        assertEquals(0, d.positionOf(d.findEvent("p0")));
        assertEquals(2, d.positionOf(d.findEvent("p3")));
        assertEquals(3, d.eventCount());
    }

    @Test
    void manyIdsSurviveRemovalsAndRehashing() {
        Diagram d = new Diagram();
        new AddProcess(0, "P").applyTo(d);
        for (int i = 0; i < 5000; i++) {
            new AddEvent("P", i, "e" + i, null, Double.NaN).applyTo(d);
        }
        for (int i = 0; i < 5000; i += 2) {
            new RemoveEvent("e" + i).applyTo(d);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i % 2 == 1, d.findEvent("e" + i) >= 0, "e" + i);
        }
        for (int i = 0; i < 5000; i += 2) {
            new AddEvent("P", 0, "e" + i, null, Double.NaN).applyTo(d);
        }
        assertEquals(5000, d.eventCount());
        assertTrue(Rules.check(d).isEmpty());
    }

    @Test
    void theViewIsReadOnly() {
        Diagram d = new DiagramBuilder(1).otherAnnotation("zoom", 2L).build();
        assertThrows(UnsupportedOperationException.class, () -> d.annotations().others().put("zoom", 3L));
        assertEquals(2L, d.annotations().others().get("zoom"));
    }
}
