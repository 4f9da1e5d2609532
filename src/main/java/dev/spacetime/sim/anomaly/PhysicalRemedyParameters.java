package dev.spacetime.sim.anomaly;

import dev.spacetime.model.SimulationSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The second remedy's setting: computers A, B and S keep section 6's physical clocks (rates within
 * 1 ± κ, a message over every link every τ taking μ to μ + ξ, IR2′ on receipt, starting up to
 * {@code initialSkew} apart) in a network of diameter d, and the telephone call takes {@code call}.
 */
public record PhysicalRemedyParameters(int workOnA, double kappa, int diameter, double tau, double mu, double xi,
        double initialSkew, double call, long seed) {
    /**
     * A setting that meets ε/(1 − κ) ≤ μ: ε ≈ 2(2 · 0.001 · 1 + 0.01) = 0.024 against μ = min(0.05, 0.2). The
     * call is short beside τ, so that the clocks' own messages seldom link the two requests inside the system.
     */
    public static PhysicalRemedyParameters defaults() {
        return new PhysicalRemedyParameters(3, 0.001, 2, 1, 0.05, 0.01, 2, 0.2, 1);
    }

    /** Why these cannot run at all, or null. */
    public String problem() {
        if (workOnA < 1 || workOnA > 1000) {
            return "computer A needs 1 to 1000 events of work before request A";
        }
        if (diameter < 1 || diameter > 2) {
            return "computers A, B and S make a network of diameter 1 (each linked to each) or 2 (A and B linked"
                    + " through S), not " + diameter;
        }
        if (!(kappa >= 0 && kappa < 1) || !(tau > 0) || !(mu >= 0) || !(xi >= 0) || !(initialSkew >= 0)
                || !Double.isFinite(tau + mu + xi + initialSkew + call)) {
            return "need 0 ≤ κ < 1, τ > 0, μ ≥ 0, ξ ≥ 0 and an initial skew ≥ 0";
        }
        if (!(call > 0)) {
            return "the telephone call takes some time: its duration must be more than 0";
        }
        if (lastly() / tau > 40_000) {
            return "the run lasts " + Math.round(lastly() / tau) + " periods τ, more messages than a picture can hold;"
                    + " shorten the call or the delays, or lengthen τ";
        }
        return null;
    }

    /** How long the story takes from its start to request B's arrival at S at the latest. */
    double lastly() {
        return workOnA * PhysicalRemedy.gap(this) + 1.2 * call + mu + xi;
    }

    /** The parameters as plain JSON values, kept with the diagram so that the run can be made again. */
    public SimulationSettings settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workOnA", (long) workOnA);
        m.put("remedy", Remedy.PHYSICAL_CLOCKS.name());
        m.put("kappa", kappa);
        m.put("diameter", (long) diameter);
        m.put("tau", tau);
        m.put("mu", mu);
        m.put("xi", xi);
        m.put("initialSkew", initialSkew);
        m.put("call", call);
        m.put("seed", seed);
        return new SimulationSettings(AnomalyScenario.KIND, m);
    }
}
