package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Rules;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import dev.spacetime.sim.physical.PhysicalRun;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Section 6's theorem, tried: with its assumptions met, the clocks stay within ε ≈ d(2κτ + ξ) after τd. */
class PhysicalClocksProperties {
    @Property(tries = 150)
    void afterTheConvergenceTimeTheSkewStaysWithinTheBound(@ForAll @IntRange(min = 2, max = 10) int processes,
            @ForAll @IntRange(min = 1, max = 4) int diameter, @ForAll @DoubleRange(min = 0, max = 0.02) @Scale(5) double kappa,
            @ForAll @DoubleRange(min = 0.001, max = 0.04) @Scale(4) double mu, @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(4) double xi,
            @ForAll @DoubleRange(min = 0, max = 5) double initialSkew, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        int d = Math.min(diameter, processes - 1);
        PhysicalParameters p = new PhysicalParameters(processes, kappa, d, 1, mu, xi, 30, initialSkew, seed);
        assertTrue(p.warnings().isEmpty(), () -> "assumptions met: " + p.warnings());
        PhysicalRun run = PhysicalClocks.run(p);
        assertTrue(run.maxSkewAfterConvergence() <= p.epsilon() + 1e-9, () -> "skew " + run.maxSkewAfterConvergence()
                + " > ε = " + p.epsilon() + " for " + p);
        assertEquals(List.of(), Rules.check(run.diagram()));
        if (run.skew()[0] > 2 * p.epsilon()) {
            assertTrue(run.maxSkewAfterConvergence() < run.skew()[0] / 2, "clocks that started far apart were brought together");
        }
    }

    @Property(tries = 5)
    void parametersThatBreakTheAssumptionsAreWarnedAbout(@ForAll @LongRange(min = 0, max = 100) long seed) {
        PhysicalParameters slowNetwork = new PhysicalParameters(4, 0.01, 2, 1, 0.5, 0.4, 20, 1, seed);
        assertTrue(slowNetwork.warnings().get(0).startsWith("μ + ξ = 0.9 is not much smaller than τ"));
        PhysicalParameters badClocks = new PhysicalParameters(4, 0.2, 2, 1, 0.01, 0.01, 20, 1, seed);
        assertTrue(badClocks.warnings().get(0).startsWith("κ = 0.2 is not small"));
        PhysicalParameters tooShort = new PhysicalParameters(4, 0.001, 3, 2, 0.01, 0.01, 5, 1, seed);
        assertTrue(tooShort.warnings().get(0).contains("before the clocks can synchronise"));
        assertTrue(new PhysicalParameters(3, 0.01, 3, 1, 0.01, 0.01, 10, 0, seed).problem().contains("diameter"));
    }
}
