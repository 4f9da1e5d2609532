package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Section 6's last result, tried: when the clocks as they ran meet ε/(1 − κ) ≤ μ, no anomaly is possible. */
class PhysicalRemedyProperties {
    @Property(tries = 300, maxDiscardRatio = 10)
    void whenTheMeasuredSkewMeetsTheBoundRequestBsClockReadsLaterThanRequestAs(
            @ForAll @IntRange(min = 1, max = 6) int work, @ForAll @DoubleRange(min = 0, max = 0.1) @Scale(4) double kappa,
            @ForAll @IntRange(min = 1, max = 2) int diameter, @ForAll @DoubleRange(min = 0.2, max = 3) @Scale(3) double tau,
            @ForAll @DoubleRange(min = 0.001, max = 0.3) @Scale(4) double mu,
            @ForAll @DoubleRange(min = 0, max = 0.3) @Scale(4) double xi,
            @ForAll @DoubleRange(min = 0, max = 4) @Scale(3) double initialSkew,
            @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(4) double call,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        AnomalyRun run = PhysicalAnomaly.run(new PhysicalRemedyParameters(work, kappa, diameter, tau, mu, xi,
                initialSkew, call, seed));
        Assume.that(run.bound().measuredHolds());
        assertTrue(run.timestampB() > run.timestampA(), run::explanation);
        Analysis a = Analysis.of(run.diagram());
        AssignedClocks clocks = AssignedClocks.of(a);
        assertTrue(clocks.before(a.indexOf(run.requestA()), a.indexOf(run.requestB())), "⇒ under C_phys: A first");
        // Not only the two requests: every step of ➝, the call and IR2′'s messages included, moves C_phys on.
        assertEquals(List.of(), clocks.strongClockConditionViolations(), run::explanation);
    }
}
