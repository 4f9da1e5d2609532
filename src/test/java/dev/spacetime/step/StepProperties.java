package dev.spacetime.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import dev.spacetime.testing.RandomDiagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * On random diagrams: the enabled events are exactly those whose whole causal past (external
 * messages included) has happened, found by plain graph search; every order offered is a complete
 * order that could have happened; the registers are the clocks of each process's last event.
 */
class StepProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Property(tries = 300)
    void enabledEventsAreExactlyThoseWhosePastHasHappened(@ForAll("diagrams") Diagram d, @ForAll long seed) {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        int n = g.eventCount();
        boolean[][] before = reach(g);
        boolean[] happened = new boolean[n];
        Random rnd = new Random(seed);
        // Walk a random order that could have happened, checking the enabled set at every step.
        for (int step = 0; step <= n; step++) {
            List<Integer> expected = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                boolean ready = !happened[e];
                for (int x = 0; x < n && ready; x++) {
                    ready = !before[x][e] || happened[x];
                }
                if (ready) {
                    expected.add(e);
                }
            }
            List<Integer> enabled = Enabled.of(g, happened);
            assertEquals(expected, enabled);
            if (enabled.isEmpty()) {
                assertEquals(n, step, "only when everything has happened is nothing enabled");
                break;
            }
            happened[enabled.get(rnd.nextInt(enabled.size()))] = true;
        }
    }

    @Property(tries = 300)
    void theTotalOrderAndPhysicalTimeAreCompleteOrdersThatCouldHaveHappened(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        boolean[][] before = reach(g);
        for (int[] order : List.of(Linearization.totalOrder(a), Linearization.physicalTime(a))) {
            assertEquals(g.eventCount(), order.length);
            assertTrue(Linearization.isValidPrefix(g, order));
            int[] place = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                place[order[k]] = k;
            }
            for (int x = 0; x < order.length; x++) {
                for (int y = 0; y < order.length; y++) {
                    assertTrue(!before[x][y] || place[x] < place[y], "an event before everything it depends on");
                }
            }
        }
    }

    @Property(tries = 200)
    void registersAreTheClocksOfEachProcesssLastEventAndStepsUndoExactly(@ForAll("diagrams") Diagram d) {
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        int[] order = Linearization.totalOrder(a);
        for (int k = 0; k <= order.length; k++) {
            Replay r = new Replay(a, order, k);
            for (int p = 0; p < g.processCount(); p++) {
                int last = -1;
                for (int i = 0; i < k; i++) {
                    if (g.process(order[i]) == p) {
                        last = order[i];
                    }
                }
                assertEquals(last < 0 ? 0 : a.lamport(last), r.clock(p));
                assertArrayEquals(last < 0 ? new int[g.processCount()] : a.vector(last), r.vector(p));
            }
            if (k > 0) {
                Replay forwardThenBack = r.at(k - 1).at(k);
                assertEquals(r.explanation(true), forwardThenBack.explanation(true));
            }
        }
    }

    /** before[x][y]: x happens before y counting process order and every message, external ones too. */
    private static boolean[][] reach(EventGraph g) {
        int n = g.eventCount();
        boolean[][] r = new boolean[n][n];
        for (int e = 0; e < n; e++) {
            if (g.position(e) > 0) {
                r[e - 1][e] = true;
            }
            for (int k = 0; k < g.senderCount(e); k++) {
                r[g.sender(e, k)][e] = true;
            }
            for (int k = 0; k < g.externalSenderCount(e); k++) {
                r[g.externalSender(e, k)][e] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (r[i][k]) {
                    for (int j = 0; j < n; j++) {
                        r[i][j] |= r[k][j];
                    }
                }
            }
        }
        return r;
    }
}
