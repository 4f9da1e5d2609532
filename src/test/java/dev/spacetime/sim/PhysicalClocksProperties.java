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
        assertTrue(run.maxSkew() <= p.epsilon() + 1e-9, () -> "skew " + run.maxSkew()
                + " > ε = " + p.epsilon() + " for " + p);
        assertEquals(List.of(), Rules.check(run.diagram()));
        if (run.skew()[0] > 2 * p.epsilon()) {
            assertTrue(run.maxSkew() < run.skew()[0] / 2, "clocks that started far apart were brought together");
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

    @Property(tries = 60)
    void theLargestSkewIsExactNotSampled(@ForAll @IntRange(min = 2, max = 8) int processes,
            @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(4) double kappa,
            @ForAll @DoubleRange(min = 0.001, max = 0.1) @Scale(4) double mu, @ForAll @DoubleRange(min = 0, max = 0.2) @Scale(4) double xi,
            @ForAll @DoubleRange(min = 0, max = 4) double initialSkew, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        // An independent check: sampled very finely, the spread never exceeds the exact maximum, and comes
        // within what the clocks can drift apart in one sample step of it.
        PhysicalParameters p = new PhysicalParameters(processes, kappa, 1, 2, mu, xi, 20, initialSkew, seed);
        double dt = p.tau() / 2000;
        PhysicalRun fine = PhysicalClocks.run(p, dt);
        double sampled = java.util.stream.IntStream.range(0, fine.sampleTimes().length)
                .filter(k -> fine.sampleTimes()[k] >= p.convergenceTime()).mapToDouble(k -> fine.skew()[k]).max().orElse(0);
        assertTrue(sampled <= fine.maxSkew() + 1e-9, () -> "sampled " + sampled + " above the exact " + fine.maxSkew());
        double drift = 2 * (1 + kappa) * dt;
        assertTrue(sampled >= fine.maxSkew() - drift - 1e-9, () -> "sampled " + sampled + " far below the exact " + fine.maxSkew());
        assertEquals(fine.maxSkew(), PhysicalClocks.run(p).maxSkew(), 1e-12, "the exact maximum does not depend on the chart");
    }

    @Property(tries = 1)
    void theIssuesExampleWhereSamplingUnderstatedTheSkew() {
        PhysicalParameters p = new PhysicalParameters(6, 0, 1, 2, 0.0289, 0.0922, 60, 3.74, 41);
        PhysicalRun run = PhysicalClocks.run(p);
        // Sampled every τ/4 this read 0.0513. The issue's 0.0771 was worked out from the clock readings the
        // labels show, rounded to three decimals; checked against a sampling every τ/2000, the maximum is 0.07655.
        assertEquals(0.07655, run.maxSkew(), 0.00001);
    }

    @Property(tries = 1)
    void aRunShorterThanTheConvergenceTimeSaysSoInsteadOfAZero() {
        PhysicalRun run = PhysicalClocks.run(new PhysicalParameters(4, 0.001, 3, 2, 0.01, 0.01, 5, 1, 7));
        assertTrue(!run.converged() && !run.pc2Holds());
        assertTrue(run.verdict().contains("before the convergence time") && run.verdict().contains("run it longer"),
                run.verdict());
    }

    @Property(tries = 1)
    void theTitleShowsItsNumbersRoundedAsEverywhereElse() {
        PhysicalRun run = PhysicalClocks.run(new PhysicalParameters(4, 0.1 + 0.2, 2, 1, 0.1 * 3, 0.0153846, 5, 1, 7));
        assertEquals("Physical clocks (section 6): 4 processes, diameter 2, κ = 0.3, τ = 1, μ = 0.3, ξ = 0.0154",
                run.diagram().title());
    }
}
