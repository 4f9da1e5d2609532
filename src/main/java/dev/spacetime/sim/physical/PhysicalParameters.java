package dev.spacetime.sim.physical;

import dev.spacetime.model.ReadableNumber;
import dev.spacetime.model.SimulationSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 6's setting: N processes whose clocks run at rates within 1 ± κ (PC1), linked in a
 * strongly connected network of diameter d; every τ seconds a message goes over every arc, taking
 * between μ and μ + ξ; clocks start up to {@code initialSkew} apart.
 */
public record PhysicalParameters(int processes, double kappa, int diameter, double tau, double mu, double xi,
        double duration, double initialSkew, long seed) {
    /** The kind of simulation, as its settings name it. */
    public static final String KIND = "physical";

    public static PhysicalParameters defaults() {
        return new PhysicalParameters(6, 0.01, 3, 1, 0.05, 0.02, 40, 2, 1);
    }

    /** The paper's bound on the clocks' difference, ε ≈ d(2κτ + ξ) (PC2). */
    public double epsilon() {
        return diameter * (2 * kappa * tau + xi);
    }

    /**
     * When PC2 holds from: the theorem's t ≳ t0 + τd (t0 = 0), counting each of the d hops in full —
     * waiting up to τ for the next message over the arc, then its delay of up to μ + ξ.
     */
    public double convergenceTime() {
        return diameter * (tau + mu + xi);
    }

    /** Why these cannot run at all, or null. */
    public String problem() {
        if (processes < 2 || processes > 64) {
            return "the network needs 2 to 64 processes";
        }
        if (diameter < 1 || diameter >= processes) {
            return "a network of " + processes + " processes has a diameter from 1 to " + (processes - 1);
        }
        if (!(kappa >= 0 && kappa < 1) || !(tau > 0) || !(mu >= 0) || !(xi >= 0) || !(duration > 0)
                || !(initialSkew >= 0) || !Double.isFinite(tau + mu + xi + duration + initialSkew)) {
            return "need 0 ≤ κ < 1, τ > 0, μ ≥ 0, ξ ≥ 0, a positive duration and a skew ≥ 0";
        }
        if (duration / tau * processes * processes > 400_000) {
            return "that many messages (duration / τ over every arc) is more than a picture can hold; shorten it";
        }
        return null;
    }

    /** Where the parameters leave the theorem's assumptions, in sentences; empty when they meet them. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (mu + xi > tau / 10) {
            w.add("μ + ξ = " + ReadableNumber.of(mu + xi) + " is not much smaller than τ = " + ReadableNumber.of(tau)
                    + ": the theorem's approximations assume μ + ξ ≪ τ, so ε may be exceeded");
        }
        if (kappa > 0.05) {
            w.add("κ = " + ReadableNumber.of(kappa) + " is not small: real clocks drift by far less (the paper cites κ ≤ 10⁻⁶), "
                    + "and the approximations assume κ ≪ 1");
        }
        if (duration < convergenceTime()) {
            w.add("the run ends at " + ReadableNumber.of(duration) + ", before the clocks can synchronise (d(τ + μ + ξ) = "
                    + ReadableNumber.of(convergenceTime()) + ")");
        }
        return w;
    }

    /** The parameters as plain JSON values, kept with the diagram so a saved run says how it was made. */
    public SimulationSettings settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processes", (long) processes);
        m.put("kappa", kappa);
        m.put("diameter", (long) diameter);
        m.put("tau", tau);
        m.put("mu", mu);
        m.put("xi", xi);
        m.put("duration", duration);
        m.put("initialSkew", initialSkew);
        m.put("seed", seed);
        return new SimulationSettings(KIND, m);
    }
}
