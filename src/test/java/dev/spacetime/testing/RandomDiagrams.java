package dev.spacetime.testing;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.sim.RandomExecution;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of small random valid diagrams, some with external messages: {@link #small} as the
 * simulated executions give them (an event receives at most one message and a receive sends none), and
 * {@link #general} with everything the paper allows besides (a receive of several messages, a receive that
 * sends).
 */
public final class RandomDiagrams {
    private RandomDiagrams() {
    }

    public static Arbitrary<Diagram> small() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, 36),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.longs())
                .as((procs, events, messageShare, externalShare, seed) -> {
                    int messages = procs < 2 ? 0 : (int) (events / 2 * messageShare);
                    int external = (int) (messages * externalShare * 0.5);
                    return RandomExecution.generate(
                            new RandomExecution.Parameters(procs, events, messages, external, seed));
                });
    }

    /** Small diagrams of either kind: half simulated executions, half with every shape the paper allows. */
    public static Arbitrary<Diagram> general() {
        return Arbitraries.oneOf(small(), unrestricted());
    }

    /**
     * Events at random on random processes, one per global step, and messages between random pairs of events
     * on different processes, always from an earlier step to a later one: so no cycle and no time running
     * backwards, but an event may receive several messages and may receive and send.
     */
    public static Arbitrary<Diagram> unrestricted() {
        return Combinators.combine(
                        Arbitraries.integers().between(2, 6),
                        Arbitraries.integers().between(0, 36),
                        Arbitraries.doubles().between(0, 1.5),
                        Arbitraries.longs())
                .as((procs, events, density, seed) -> {
                    Random rnd = new Random(seed);
                    DiagramBuilder b = new DiagramBuilder(events);
                    b.title("Unrestricted random diagram (seed " + seed + ")");
                    int[] handle = new int[events];
                    int[] process = new int[events];
                    int[] count = new int[procs];
                    for (int p = 0; p < procs; p++) {
                        b.addProcess("P" + (p + 1));
                    }
                    for (int e = 0; e < events; e++) {
                        process[e] = rnd.nextInt(procs);
                        handle[e] = b.addEvent(process[e], "p" + (process[e] + 1) + "." + ++count[process[e]], null, e);
                    }
                    int messages = (int) (events * density);
                    for (int k = 0; k < messages && events >= 2; k++) {
                        int a = rnd.nextInt(events);
                        int c = rnd.nextInt(events);
                        if (process[a] != process[c]) {
                            // The storage refuses a second message between the same two events: that is fine here.
                            b.addMessage(handle[Math.min(a, c)], handle[Math.max(a, c)], null, rnd.nextInt(6) == 0);
                        }
                    }
                    return b.build();
                });
    }
}
