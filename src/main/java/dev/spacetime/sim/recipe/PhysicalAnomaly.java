package dev.spacetime.sim.recipe;

import dev.spacetime.sim.Script;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.ClockBound;
import dev.spacetime.sim.anomaly.PhysicalRemedy;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import dev.spacetime.sim.physical.PhysicalRun;

/**
 * Sections 5 and 6 joined: the telephone call of the second remedy played on the physical clocks'
 * simulation (its processes computers A, B and S), judged against ε/(1 − κ) ≤ μ. Lives here, where
 * the simulations may meet, since neither's package may see the other's.
 */
public final class PhysicalAnomaly {
    private PhysicalAnomaly() {
    }

    /** The second remedy run on section 6's clocks; throws IllegalArgumentException saying why it cannot run. */
    public static AnomalyRun run(PhysicalRemedyParameters q) {
        String problem = q.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        // The story starts at the convergence time, which does not depend on how long the run lasts.
        double start = clocks(q, 1).convergenceTime();
        Script script = PhysicalRemedy.script(q, start);
        PhysicalParameters p = clocks(q, script.duration());
        PhysicalRun run = PhysicalClocks.run(p, script);
        return PhysicalRemedy.judge(run.diagram(),
                new ClockBound(p.epsilon(), run.maxSkew(), q.kappa(), q.mu(), q.call(), p.warnings()));
    }

    /** The theorem's ε ≈ d(2κτ + ξ) for these parameters, as the physical clocks give it. */
    public static double epsilon(PhysicalRemedyParameters q) {
        return clocks(q, 1).epsilon();
    }

    private static PhysicalParameters clocks(PhysicalRemedyParameters q, double duration) {
        return new PhysicalParameters(3, q.kappa(), q.diameter(), q.tau(), q.mu(), q.xi(), duration, q.initialSkew(),
                q.seed());
    }
}
