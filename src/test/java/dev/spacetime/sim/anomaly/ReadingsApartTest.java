package dev.spacetime.sim.anomaly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two clock readings or a ratio and μ a hair apart are never written as equal numbers that one says are ordered. */
class ReadingsApartTest {
    @Test
    void roundedAsEverywhereElseUnlessThatWouldShowThemEqual() {
        assertArrayEquals(new String[] {"4.348", "4.335"}, PhysicalRemedy.apart(4.3481, 4.33512));
        assertArrayEquals(new String[] {"0.2561", "0.2559"}, PhysicalRemedy.apart(0.25612, 0.25589));
        assertArrayEquals(new String[] {"4.3480001", "4.348"}, PhysicalRemedy.apart(4.3480001, 4.348));
        assertArrayEquals(new String[] {"1", "1"}, PhysicalRemedy.apart(1, 1));
    }

    @Test
    void theBoundNeverReadsFiveHundredthsAboveFiveHundredths() {
        ClockBound b = new ClockBound(0.0500004, 0.05000004, 0, 0.05, 1, List.of());
        assertTrue(b.describe().contains("ε/(1 − κ) = 0.0500004 > μ = 0.05: the condition fails"), b.describe());
        assertTrue(b.describe().contains("/(1 − κ) = 0.05000004 > μ: it fails for them"), b.describe());
    }
}
