package dev.spacetime.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.testing.Diagrams;
import org.junit.jupiter.api.Test;

public class RelationTextTest {
    private static final Analysis A = Analysis.of(Diagrams.figure1());

    private static String of(String x, String y) {
        return RelationText.of(A, A.indexOf(x), A.indexOf(y));
    }

    @Test
    void happenedBeforeNamesTheClocksAndTheChain() {
        String text = of("r4", "p1");
        assertTrue(text.startsWith("p1 → r4: p1 happened before r4 (C(p1)=1 < C(r4)=6"), text);
        assertTrue(text.endsWith("p1 ⇝ q2 → q4 ⇝ r3 → r4"), text);
    }

    @Test
    void concurrentEventsSayHowTheTotalOrderPlacesThem() {
        String tie = of("q3", "p3");
        assertTrue(tie.startsWith("q3 ‖ p3: concurrent"), tie);
        assertTrue(tie.contains("equal clocks") && tie.endsWith("⇒ puts p3 before q3"), tie);
        String falseOrdering = of("p3", "q4");
        assertTrue(falseOrdering.contains("a false ordering"), falseOrdering);
    }

    @Test
    void oneEventCountsItsCone() {
        assertEquals("q3 on Q: C=3, V=[1,3,0], time 20 — 3 events in its past, 7 in its future, 4 concurrent with it",
                RelationText.of(A, A.indexOf("q3")));
    }
}
