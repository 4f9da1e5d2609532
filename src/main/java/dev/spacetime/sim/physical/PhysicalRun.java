package dev.spacetime.sim.physical;

import dev.spacetime.model.Diagram;
import java.util.List;

/**
 * A run of the physical clocks: the diagram (every send and receive at its physical time, labelled
 * with the clock reading), the largest difference between any two clocks sampled over time, and
 * the theorem's bound and convergence time to hold it against.
 */
public record PhysicalRun(PhysicalParameters parameters, Diagram diagram, double[] sampleTimes, double[] skew,
        List<String> warnings) {
    /** The largest difference between two clocks from the theorem's convergence time on. */
    public double maxSkewAfterConvergence() {
        double max = 0;
        for (int k = 0; k < sampleTimes.length; k++) {
            if (sampleTimes[k] >= parameters.convergenceTime()) {
                max = Math.max(max, skew[k]);
            }
        }
        return max;
    }
}
