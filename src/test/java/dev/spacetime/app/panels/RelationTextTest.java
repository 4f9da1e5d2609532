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

    @Test
    void bothClocksStandSideBySide() {
        String falseOrdering = of("p2", "q3");
        assertTrue(falseOrdering.contains("C(p2)=2, C(q3)=3") && falseOrdering.contains(
                "V(p2)=[2,1,0] and V(q3)=[1,3,0] are incomparable"), falseOrdering);
        assertTrue(of("p1", "r4").contains("V(p1)=[1,0,0] < V(r4)=[1,4,4]"), of("p1", "r4"));
    }

    @Test
    void eventsOrderedOnlyThroughAnExternalMessageNameTheArrowOfSection5() {
        Analysis phone = Analysis.of(Diagrams.of("A: a1 a2 a3 a4 a5", "B: b1 b2", "a5 ~> b1"));
        String text = RelationText.of(phone, phone.indexOf("a4"), phone.indexOf("b2"));
        assertTrue(text.startsWith("a4 ‖ b2 inside the system"), text);
        assertTrue(text.contains("but a4 ➝ b2 through an external message: C(a4)=4 ≥ C(b2)=2, so ⇒ puts b2 before a4:"
                + " the anomalous behaviour of section 5"), text);
        String agreeing = RelationText.of(phone, phone.indexOf("a1"), phone.indexOf("b2"));
        assertTrue(agreeing.contains("C(a1)=1 < C(b2)=2") && agreeing.contains("as ➝ does"), agreeing);
    }
}
