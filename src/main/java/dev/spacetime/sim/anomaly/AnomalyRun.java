package dev.spacetime.sim.anomaly;

import dev.spacetime.model.Diagram;

/**
 * The anomalous telephone call: the diagram, requests A and B, their timestamps under the clocks in
 * use, and what happened in the paper's words.
 *
 * @param timestampA the timestamp request A carries (a Lamport clock, or a physical clock reading)
 * @param anomalous  whether the system orders B before A although A ➝ B
 * @param bound      with the physical clocks remedy, the condition ε/(1 − κ) ≤ μ with its numbers; else null
 */
public record AnomalyRun(Remedy remedy, Diagram diagram, String requestA, String requestB, double timestampA,
        double timestampB, boolean anomalous, String explanation, ClockBound bound) {
}
