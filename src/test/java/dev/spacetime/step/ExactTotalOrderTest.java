package dev.spacetime.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.testing.Diagrams;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stepping section 5's anomaly in ⇒ exactly, as the system sees it: the telephone call's receive comes before the call. */
class ExactTotalOrderTest {
    private static Analysis telephone() throws Exception {
        return Analysis.of(DiagramReader.read(Path.of("examples", "anomalous-telephone.json")));
    }

    private static List<String> ids(Analysis a, int[] order) {
        return Arrays.stream(order).mapToObj(a::id).toList();
    }

    @Test
    void stepFourIsRequestBInExactTotalOrder() throws Exception {
        Analysis a = telephone();
        List<String> exact = ids(a, Linearization.exactTotalOrder(a));
        assertEquals(List.of("a1", "b1", "a2", "b2", "a3", "s1", "a4", "a5", "s2"), exact);
        assertEquals("b2", exact.get(3));
        assertEquals("request B", a.graph().diagram().eventLabel(a.graph().handle(a.indexOf("b2"))));
        List<String> waiting = ids(a, Linearization.totalOrder(a));
        assertNotEquals("b2", waiting.get(3), "the order that lets b1 wait for a5 hides the anomaly");
        assertTrue(waiting.indexOf("b1") > waiting.indexOf("a5"));
    }

    @Test
    void exactOrderIsTheRanksOfTotalOrderAndKeepsEveryInternalMessage() throws Exception {
        Analysis a = telephone();
        int[] exact = Linearization.exactTotalOrder(a);
        for (int r = 0; r < exact.length; r++) {
            assertEquals(r, a.totalOrder().rank(exact[r]));
        }
        assertFalse(Linearization.isValidPrefix(a.graph(), exact), "b1 comes before the call a5 that it answers");
        Analysis internal = Analysis.of(Diagrams.figure1());
        assertTrue(Linearization.isValidPrefix(internal.graph(), Linearization.exactTotalOrder(internal)));
        assertEquals(ids(internal, Linearization.totalOrder(internal)),
                ids(internal, Linearization.exactTotalOrder(internal)), "without external messages the two agree");
    }

    @Test
    void theDefaultIsExactOnlyWhenThereAreExternalMessages() throws Exception {
        assertEquals(Linearization.Kind.EXACT_TOTAL_ORDER, Linearization.defaultFor(telephone()));
        assertEquals(Linearization.Kind.TOTAL_ORDER, Linearization.defaultFor(Analysis.of(Diagrams.figure1())));
    }

    @Test
    void theReceiveOfTheCallSaysItsSenderHasNotHappenedYet() throws Exception {
        Analysis a = telephone();
        Replay atB1 = new Replay(a, Linearization.exactTotalOrder(a), 2);
        String text = atB1.explanation(false);
        assertTrue(text.startsWith("Step 2 of 9: b1 receives an external message from a5"), text);
        assertTrue(text.contains("In ⇒ its sender a5 has not happened yet"), text);
        assertTrue(text.contains("anomalous behaviour of section 5"), text);
        String call = atB1.at(8).explanation(false);
        assertTrue(call.startsWith("Step 8 of 9: a5 "), call);
        assertTrue(call.contains("b1 received this external message earlier in ⇒, before it was sent"), call);
        Replay waiting = new Replay(a, Linearization.totalOrder(a), a.eventCount());
        for (int k = 1; k <= a.eventCount(); k++) {
            String plain = waiting.at(k).explanation(false);
            assertFalse(plain.contains("not happened yet") || plain.contains("earlier in ⇒"),
                    "an order that waits for the call has nothing out of order: " + plain);
        }
    }

    @Test
    void theSimulatedAnomalyIsSteppedTheSameWay() {
        AnomalyRun run = AnomalyScenario.run(3, Remedy.NONE);
        Analysis a = Analysis.of(run.diagram());
        List<String> exact = ids(a, Linearization.exactTotalOrder(a));
        assertTrue(exact.indexOf(run.requestB()) < exact.indexOf(run.requestA()),
                "request B before request A, as ⇒ has it: " + exact);
        assertEquals(Linearization.Kind.EXACT_TOTAL_ORDER, Linearization.defaultFor(a));
    }
}
