package dev.spacetime.sim.physical;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;
import java.util.List;

/**
 * A run of the physical clocks: the diagram (every send and receive at its physical time, labelled
 * with the clock reading), the largest difference between any two clocks sampled over time (for a
 * chart), its exact maximum from the convergence time on, and the theorem's bound to hold it against.
 *
 * @param maxSkew the exact largest difference between two clocks from the convergence time to the end,
 *                or NaN when the run ends before the convergence time
 */
public record PhysicalRun(PhysicalParameters parameters, Diagram diagram, double[] sampleTimes, double[] skew,
        double maxSkew, List<String> warnings) {
    /** Whether the run lasts past the theorem's convergence time, so that PC2 can be judged at all. */
    public boolean converged() {
        return !Double.isNaN(maxSkew);
    }

    /** Whether PC2 holds: from the convergence time on, no two clocks differ by more than ε. */
    public boolean pc2Holds() {
        return converged() && maxSkew <= parameters.epsilon();
    }

    /** The verdict in a sentence, with rounded numbers. */
    public String verdict() {
        PhysicalParameters p = parameters;
        if (!converged()) {
            return "The run ends at t = " + ReadableNumber.of(p.duration()) + ", before the convergence time d(τ + μ + ξ) = "
                    + ReadableNumber.of(p.convergenceTime()) + ": run it longer to see whether PC2 holds.";
        }
        return "From t = " + ReadableNumber.of(p.convergenceTime()) + " (the convergence time d(τ + μ + ξ)) on, the clocks "
                + "differ by at most " + ReadableNumber.of(maxSkew) + " (exact: checked on both sides of every clock reset); "
                + (pc2Holds() ? "PC2 holds with ε ≈ d(2κτ + ξ) = " + ReadableNumber.of(p.epsilon()) + "."
                        : "PC2 does not hold: that is more than ε ≈ d(2κτ + ξ) = " + ReadableNumber.of(p.epsilon()) + ".");
    }
}
