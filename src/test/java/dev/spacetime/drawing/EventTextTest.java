package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.causality.Analysis;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

class EventTextTest {
    @Test
    void theHoverTitleGivesATimeRoundedForReading() {
        Analysis a = Analysis.of(Diagrams.of("P: p1@8.165224 p2@10"));
        assertEquals("p1 on P: C=1, V=[1], time 8.165", EventText.title(a, a.indexOf("p1")));
        assertEquals("p2 on P: C=2, V=[2], time 10", EventText.title(a, a.indexOf("p2")));
    }
}
