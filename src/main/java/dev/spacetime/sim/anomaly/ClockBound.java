package dev.spacetime.sim.anomaly;

import dev.spacetime.model.ReadableNumber;
import java.util.List;

/**
 * The last result of section 6: with clocks that never differ by more than ε (PC2) and run at rates
 * within 1 ± κ (PC1), anomalous behaviour is impossible when ε/(1 − κ) ≤ μ, μ being the shortest
 * transmission time of any message, the telephone call included. Held here for two ε: the theorem's
 * ε ≈ d(2κτ + ξ), and the largest difference between two clocks the run measured.
 *
 * @param epsilon      the theorem's bound ε ≈ d(2κτ + ξ)
 * @param measuredSkew the largest difference between two clocks the run measured, from the convergence time on
 * @param networkMu    the least delay of a message inside the system
 * @param call         how long the telephone call takes
 * @param warnings     where the clocks' parameters leave the theorem's assumptions
 */
public record ClockBound(double epsilon, double measuredSkew, double kappa, double networkMu, double call,
        List<String> warnings) {
    public ClockBound {
        warnings = List.copyOf(warnings);
    }

    /** μ: the shortest transmission time, the telephone call's or a message's inside the system. */
    public double mu() {
        return Math.min(networkMu, call);
    }

    /** ε/(1 − κ) for the theorem's ε. */
    public double theoremRatio() {
        return epsilon / (1 - kappa);
    }

    /** ε/(1 − κ) for the ε this run measured. */
    public double measuredRatio() {
        return measuredSkew / (1 - kappa);
    }

    /** Whether the theorem's ε meets ε/(1 − κ) ≤ μ. */
    public boolean theoremHolds() {
        return theoremRatio() <= mu();
    }

    /**
     * Whether the clocks as they ran meet ε/(1 − κ) ≤ μ: what the paper's argument needs, so that
     * anomalous behaviour is then impossible in this run.
     */
    public boolean measuredHolds() {
        return measuredRatio() <= mu();
    }

    /** The condition with its numbers, in the paper's words. */
    public String describe() {
        String[] theorem = PhysicalRemedy.apart(theoremRatio(), mu()); // never "0.05 > 0.05"
        String[] measured = PhysicalRemedy.apart(measuredRatio(), mu());
        return "μ, the shortest transmission time, is " + number(mu()) + " (a message inside the system takes at least "
                + number(networkMu) + ", the telephone call " + number(call) + "). With the theorem's ε ≈ d(2κτ + ξ) = "
                + number(epsilon) + " and κ = " + number(kappa) + ", ε/(1 − κ) = " + theorem[0]
                + (theoremHolds() ? " ≤ " : " > ") + "μ = " + theorem[1] + ": the condition "
                + (theoremHolds() ? "holds" : "fails") + ". The clocks as they ran differed by at most "
                + number(measuredSkew) + ", and " + number(measuredSkew) + "/(1 − κ) = " + measured[0]
                + (measuredHolds() ? " ≤ μ" : " > μ") + (measured[1].equals(number(mu())) ? "" : " = " + measured[1])
                + (measuredHolds() ? ": it holds for them" : ": it fails for them") + ".";
    }

    private static String number(double v) {
        return ReadableNumber.of(v);
    }
}
