package dev.spacetime.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.model.MoveProcess;
import dev.spacetime.model.Diagram;
import dev.spacetime.testing.Diagrams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalOrderTest {
    private static List<String> order(Analysis a) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < a.eventCount(); r++) {
            ids.add(a.id(a.totalOrder().at(r)));
        }
        return ids;
    }

    @Test
    void ordersByClockAndBreaksTiesByProcessOrder() {
        Analysis a = Analysis.of(Diagrams.of("P: p1 p2", "Q: q1 q2", "R: r1"));
        assertEquals(List.of("p1", "q1", "r1", "p2", "q2"), order(a));
    }

    @Test
    void reorderingProcessesChangesOnlyTheTieBreak() {
        Diagram d = Diagrams.of("P: p1 p2", "Q: q1 q2", "R: r1");
        new MoveProcess("R", 0).applyTo(d);
        assertEquals(List.of("r1", "p1", "q1", "p2", "q2"), order(Analysis.of(d)));
    }

    @Test
    void figure1TotalOrder() {
        Analysis a = Analysis.of(Diagrams.figure1());
        assertEquals(List.of("p1", "q1", "r1", "p2", "q2", "r2", "p3", "q3", "q4", "q5", "r3",
                "p4", "q6", "r4", "q7"), order(a));
        for (int r = 0; r < a.eventCount(); r++) {
            assertEquals(r, a.totalOrder().rank(a.totalOrder().at(r)));
        }
    }
}
