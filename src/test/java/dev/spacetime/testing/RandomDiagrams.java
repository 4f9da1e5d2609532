package dev.spacetime.testing;

import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries of small random valid diagrams, some with external messages. */
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
}
