package dev.spacetime.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import dev.spacetime.testing.RandomDiagrams;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random diagrams, some with external messages: ⇒ exactly lists every event once, in ⇒, keeping
 * every → pair in order; it breaks a ➝ pair only where ⇒ does (an anomaly), and the text of a step
 * says so exactly at the receives whose external sender has not yet happened.
 */
class ExactOrderProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Property(tries = 300)
    void exactOrderIsTotalOrderAndKeepsHappenedBefore(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        int[] order = Linearization.exactTotalOrder(a);
        int n = a.eventCount();
        assertEquals(n, order.length);
        int[] place = new int[n];
        Arrays.fill(place, -1);
        for (int k = 0; k < n; k++) {
            assertEquals(-1, place[order[k]], "each event once");
            place[order[k]] = k;
        }
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (a.happenedBefore(x, y)) {
                    assertTrue(place[x] < place[y], "→ kept");
                }
                if (a.happenedBeforeWithExternal(x, y) && place[y] < place[x]) {
                    assertTrue(a.lamport(x) >= a.lamport(y), "only an anomaly puts a ➝ pair out of order");
                }
            }
        }
        if (!a.hasExternalMessages()) {
            assertTrue(Arrays.equals(order, Linearization.totalOrder(a)), "without external messages ⇒ is exact anyway");
        }
    }

    @Property(tries = 200)
    void aStepSaysTheCallerHasNotHappenedExactlyWhenItHasNot(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        int[] order = Linearization.exactTotalOrder(a);
        Replay replay = new Replay(a, order, 0);
        for (int k = 1; k <= order.length; k++) {
            Replay at = replay.at(k);
            int e = at.lastEvent();
            boolean early = false;
            for (int i = 0; i < a.graph().externalSenderCount(e); i++) {
                early |= !at.happened(a.graph().externalSender(e, i));
            }
            assertEquals(early, at.explanation(false).contains("has not happened yet")
                    || at.explanation(false).contains("have not happened yet"), at.explanation(false));
        }
    }
}
