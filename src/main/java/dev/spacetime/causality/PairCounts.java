package dev.spacetime.causality;

/**
 * How many unordered pairs of events are concurrent, how many are false orderings (C(a) < C(b) yet
 * a ‖ b, section 4), and how many are anomalies (a ➝ b through an external message yet
 * C(a) ≥ C(b), each a violation of the Strong Clock Condition of section 5).
 */
public record PairCounts(long concurrent, long falseOrderings, long anomalies) {
}
